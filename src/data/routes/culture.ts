/**
 * The Culture section's pages: the section home (articles by kind) and a page for every article
 * (communities, heritage, crafts, cuisine, customs, performing arts).
 */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { sectionPath, type RouteGroup } from '../../lib/routing.ts';
import { cultureEntries } from '../visit.ts';
import type { ViewProps } from '../routes.ts';

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

export async function cultureRoutes(): Promise<RouteGroup<ViewProps>[]> {
  const t = (l: Locale) => useTranslations(l);
  const articles = await cultureEntries();
  return [
    {
      id: 'section:culture',
      view: 'culture-index',
      paths: each((l) => sectionPath(l, 'culture')),
      titles: each((l) => t(l)('nav.culture')),
      props: each(() => ({ view: 'culture-index' as const })),
    },
    ...articles.map((entry) => ({
      id: `culture:${entry.name}`,
      view: 'culture-entry',
      paths: each((l) => sectionPath(l, 'culture', entry.segments[l])),
      titles: each((l) => entry.variants[l].entry.data.title),
      props: each(() => ({ view: 'culture-entry' as const, entry })),
      indexable: each((l) => !entry.variants[l].fallback),
    })),
  ];
}
