/** The search page, one per language. */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { sectionPath, type RouteGroup } from '../../frame/routing.ts';

export type SearchViewProps = { view: 'search' };

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

export async function searchRoutes(): Promise<RouteGroup<SearchViewProps>[]> {
  return [
    {
      id: 'section:search',
      view: 'search',
      paths: each((l) => sectionPath(l, 'search')),
      titles: each((l) => useTranslations(l)('nav.search')),
      props: each(() => ({ view: 'search' as const })),
    },
  ];
}
