/**
 * The Visit section's pages: the section home (map, festivals, practical information), the
 * destinations by kind and the festivals, and a page for every destination and festival.
 * Practical pages and itineraries are `pages` entries with section: visit (the generic pages
 * provider in src/data/routes.ts puts them under the section's URL).
 */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { sectionPath, type RouteGroup } from '../../lib/routing.ts';
import { destinationEntries, festivalEntries } from '../visit.ts';
import type { ViewProps } from '../routes.ts';

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

/** URL segments of the section's lists, per language. */
export const VISIT_SEGMENTS = {
  destinations: { vi: 'diem-den', en: 'destinations', zh: 'jingdian' },
  festivals: { vi: 'le-hoi', en: 'festivals', zh: 'jieqing' },
} as const satisfies Record<string, Localized>;

export async function visitRoutes(): Promise<RouteGroup<ViewProps>[]> {
  const t = (l: Locale) => useTranslations(l);
  const destinations = await destinationEntries();
  const festivals = await festivalEntries();
  return [
    {
      id: 'section:visit',
      view: 'visit-list',
      paths: each((l) => sectionPath(l, 'visit')),
      titles: each((l) => t(l)('nav.visit')),
      props: each(() => ({ view: 'visit-list' as const, list: 'index' as const })),
    },
    {
      id: 'visit:destinations',
      view: 'visit-list',
      paths: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.destinations[l])),
      titles: each((l) => t(l)('visit.destinations.title')),
      props: each(() => ({ view: 'visit-list' as const, list: 'destinations' as const })),
    },
    {
      id: 'visit:festivals',
      view: 'visit-list',
      paths: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.festivals[l])),
      titles: each((l) => t(l)('visit.festivals.title')),
      props: each(() => ({ view: 'visit-list' as const, list: 'festivals' as const })),
    },
    ...destinations.map((entry) => ({
      id: `destinations:${entry.name}`,
      view: 'destination',
      paths: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.destinations[l], entry.segments[l])),
      titles: each((l) => entry.variants[l].entry.data.title),
      props: each(() => ({ view: 'destination' as const, entry })),
      indexable: each((l) => !entry.variants[l].fallback),
    })),
    ...festivals.map((entry) => ({
      id: `festivals:${entry.name}`,
      view: 'festival',
      paths: each((l) => sectionPath(l, 'visit', VISIT_SEGMENTS.festivals[l], entry.segments[l])),
      titles: each((l) => entry.variants[l].entry.data.title),
      props: each(() => ({ view: 'festival' as const, entry })),
      indexable: each((l) => !entry.variants[l].fallback),
    })),
  ];
}
