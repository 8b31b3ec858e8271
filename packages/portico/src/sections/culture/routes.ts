/**
 * The Culture section's pages: the section home (articles by kind) and a page for every article
 * (communities, heritage, crafts, cuisine, customs, performing arts).
 */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { sectionPath, type RouteGroup } from '../../frame/routing.ts';
import { CARD_PAGE_SIZE, paginate, type Paging } from '../../lib/paginate.ts';
import { cultureByKind, cultureEntries, type CultureEntry } from '../visit/data.ts';
import { pagedGroups } from '../../frame/paged.ts';

/** What each page of the section's home (the articles, paginated) receives. */

/** What the section's views receive. */
export type CultureViewProps = CultureIndexProps | { view: 'culture-entry'; entry: CultureEntry };

export interface CultureIndexProps {
  view: 'culture-index';
  paging: Paging;
  items: CultureEntry[];
}

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

export async function cultureRoutes(): Promise<RouteGroup<CultureViewProps>[]> {
  const t = (l: Locale) => useTranslations(l);
  const articles = await cultureEntries();
  // Communities first, then heritage, arts, crafts, food and customs: the articles' own order.
  const ordered = Object.fromEntries(
    await Promise.all(
      LOCALES.map(async ({ code }) => [
        code,
        (await cultureByKind(code))
          .flatMap((g) => g.items)
          .sort((a, b) => a.variants[code].entry.data.order - b.variants[code].entry.data.order),
      ]),
    ),
  ) as Localized<CultureEntry[]>;
  return [
    ...pagedGroups<CultureEntry, CultureViewProps>({
      id: 'section:culture',
      view: 'culture-index',
      first: each((l) => sectionPath(l, 'culture')),
      title: each((l) => t(l)('nav.culture')),
      pages: each((l) => paginate(ordered[l], CARD_PAGE_SIZE)),
      props: (_l, items, paging) => ({ view: 'culture-index', paging, items }),
    }),
    ...articles.map((entry) => ({
      id: `culture:${entry.name}`,
      view: 'culture-entry',
      paths: each((l) => sectionPath(l, 'culture', entry.segments[l])),
      titles: each((l) => entry.variants[l].entry.data.title),
      props: each(() => ({ view: 'culture-entry' as const, entry })),
      indexable: each((l) => !entry.variants[l].fallback),
      entry,
    })),
  ];
}
