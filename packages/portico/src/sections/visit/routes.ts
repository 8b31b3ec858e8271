/**
 * The Visit section's pages: the section home (map, festivals, practical information), the
 * destinations by kind and the festivals, and a page for every destination and festival.
 * Practical pages and itineraries are `pages` entries with section: visit (the generic pages
 * provider in src/data/routes.ts puts them under the section's URL).
 */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { sectionPath, type RouteGroup } from '../../frame/routing.ts';
import { CARD_PAGE_SIZE, firstPageOfGroup, paginate, type Paging } from '../../lib/paginate.ts';
import { pagedGroups } from '../../frame/paged.ts';
import {
  destinationEntries,
  destinationsByKind,
  festivalEntries,
  festivalsWithDates,
  type DestinationEntry,
  type DestinationKind,
  type FestivalWithDates,
  type FestivalEntry,
} from './data.ts';
import { VISIT_SEGMENTS } from './urls.ts';

/** What the section's views receive. */
export type VisitViewProps =
  VisitListProps | { view: 'destination'; entry: DestinationEntry } | { view: 'festival'; entry: FestivalEntry };

export { VISIT_SEGMENTS };

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

/** What the paginated lists of the section receive. */
export type VisitListProps =
  | { view: 'visit-list'; list: 'index' }
  | {
      view: 'visit-list';
      list: 'destinations';
      paging: Paging;
      items: DestinationEntry[];
      /** The page each kind starts on, for the "jump to kind" menu. */
      kindPages: [DestinationKind, number][];
    }
  | { view: 'visit-list'; list: 'festivals'; paging: Paging; items: FestivalWithDates[] };

export async function visitRoutes(): Promise<RouteGroup<VisitViewProps>[]> {
  const t = (l: Locale) => useTranslations(l);
  const destinations = await destinationEntries();
  // Destinations by kind, then by name in each language; festivals in the order they fall this year.
  const byKind = Object.fromEntries(
    await Promise.all(LOCALES.map(async ({ code }) => [code, await destinationsByKind(code)] as const)),
  ) as Localized<Awaited<ReturnType<typeof destinationsByKind>>>;
  const destinationPages = each((l) =>
    paginate(
      byKind[l].flatMap((g) => g.items),
      CARD_PAGE_SIZE,
    ),
  );
  const kindPages = each((l) => firstPageOfGroup(destinationPages[l], (e) => e.variants[l].entry.data.kind));
  const festivals = await festivalsWithDates();
  const festivalList = await festivalEntries();
  return [
    {
      id: 'section:visit',
      view: 'visit-list',
      paths: each((l) => sectionPath(l, 'visit')),
      titles: each((l) => t(l)('nav.visit')),
      props: each(() => ({ view: 'visit-list' as const, list: 'index' as const })),
    },
    ...pagedGroups<DestinationEntry, VisitViewProps>({
      id: 'visit:destinations',
      view: 'visit-list',
      first: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.destinations[l])),
      title: each((l) => t(l)('visit.destinations.title')),
      pages: destinationPages,
      props: (l, items, paging) => ({
        view: 'visit-list',
        list: 'destinations',
        paging,
        items,
        kindPages: [...kindPages[l]],
      }),
    }),
    ...pagedGroups<FestivalWithDates, VisitViewProps>({
      id: 'visit:festivals',
      view: 'visit-list',
      first: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.festivals[l])),
      title: each((l) => t(l)('visit.festivals.title')),
      pages: each(() => paginate(festivals, CARD_PAGE_SIZE)),
      props: (_l, items, paging) => ({ view: 'visit-list', list: 'festivals', paging, items }),
    }),
    ...destinations.map((entry) => ({
      id: `destinations:${entry.name}`,
      view: 'destination',
      paths: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.destinations[l], entry.segments[l])),
      titles: each((l) => entry.variants[l].entry.data.title),
      props: each(() => ({ view: 'destination' as const, entry })),
      indexable: each((l) => !entry.variants[l].fallback),
      entry,
    })),
    ...festivalList.map((entry) => ({
      id: `festivals:${entry.name}`,
      view: 'festival',
      paths: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.festivals[l], entry.segments[l])),
      titles: each((l) => entry.variants[l].entry.data.title),
      props: each(() => ({ view: 'festival' as const, entry })),
      indexable: each((l) => !entry.variants[l].fallback),
      entry,
    })),
  ];
}
