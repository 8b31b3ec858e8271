/**
 * Route groups for a list that is split into pages (src/lib/paginate.ts): one group per page,
 * with the same number of pages in every language, page 1 at the list's own URL and the later
 * ones titled "<title> – page n".
 */
import { LOCALES, type Locale, type Localized } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translator.ts';
import { pagedPath, type Paging } from '../lib/paginate.ts';
import type { EntryRef, RouteGroup } from './routing.ts';

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

export interface PagedList<T, P> {
  /** The id of page 1 (`visit:destinations`); page n is `<id>:<n>`. */
  id: string;
  view: string;
  /** The list's own URL per language. */
  first: Localized;
  title: Localized;
  /** The list split into pages, per language; a language with fewer pages gets empty ones. */
  pages: Localized<T[][]>;
  props: (locale: Locale, items: T[], paging: Paging) => P;
  indexable?: (locale: Locale, page: number) => boolean;
  /** The entry the list is (the site map page): page 1 carries it, for its redirects. */
  entry?: EntryRef;
}

export function pagedGroups<T, P>(list: PagedList<T, P>): RouteGroup<P>[] {
  const count = Math.max(1, ...LOCALES.map(({ code }) => list.pages[code].length));
  return Array.from({ length: count }, (_, i) => {
    const page = i + 1;
    return {
      id: page === 1 ? list.id : `${list.id}:${page}`,
      view: list.view,
      paths: each((l) => pagedPath(list.first[l], l, page)),
      titles: each((l) =>
        page === 1 ? list.title[l] : useTranslations(l)('pagination.pageTitle', { title: list.title[l], page }),
      ),
      props: each((l) => list.props(l, list.pages[l][i] ?? [], { page, pages: count, first: list.first[l] })),
      ...(list.indexable ? { indexable: each((l) => list.indexable!(l, page)) } : {}),
      ...(list.entry && page === 1 ? { entry: list.entry } : {}),
    };
  });
}
