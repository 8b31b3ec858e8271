/**
 * Lists that grow with the content (the newsroom, destinations, festivals, culture articles, the
 * site map) are split into pages so that every page stays within the page-weight budget however
 * many entries a province publishes. Page 1 is the list's own URL; page n is `<list>/trang-n/`,
 * `/en/<list>/page-n/`, `/zh/<list>/ye-n/`. No Astro, no file system: inputs in, values out.
 */
import type { Locale, Localized } from '../i18n/locales.ts';

/** The URL segment of page 2 and later, per language. */
export const PAGE_SEGMENT = { vi: 'trang', en: 'page', zh: 'ye' } as const satisfies Localized;

/**
 * Cards with a picture per list page (destinations, festivals, culture). About 0.9 KB of HTML a
 * card before compression: 24 keep a list page near 5 KB gzip, well under the 15 KB budget.
 */
export const CARD_PAGE_SIZE = 24;

/** Table rows per page of the opportunity list (about 70 bytes gzip a row). */
export const ROW_PAGE_SIZE = 40;

/** Plain links per site-map page (about 25 bytes gzip a link, so about 2.5 KB of a page). */
export const LINK_PAGE_SIZE = 100;

/** Split a list into pages of at most `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error('page size must be a whole number, at least 1');
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * Split a list into exactly `pages` pages as evenly as possible, earlier pages taking the extra
 * item. Used when the same list has different lengths per language but must have the same pages
 * in every language (each page has its translations).
 */
export function splitEvenly<T>(items: readonly T[], pages: number): T[][] {
  if (!Number.isInteger(pages) || pages < 1) throw new Error('a list has at least one page');
  const base = Math.floor(items.length / pages);
  const extra = items.length % pages;
  const out: T[][] = [];
  let at = 0;
  for (let p = 0; p < pages; p++) {
    const n = base + (p < extra ? 1 : 0);
    out.push(items.slice(at, at + n));
    at += n;
  }
  return out;
}

/** How many pages lists of these lengths need so that no page holds more than `size`. */
export const pageCount = (lengths: readonly number[], size: number): number =>
  Math.max(1, ...lengths.map((n) => Math.ceil(n / size)));

/** The URL of page `page` of the list whose first page is `first` (a path ending in `/`). */
export function pagedPath(first: string, locale: Locale, page: number): string {
  if (!first.endsWith('/')) throw new Error(`a list's URL ends with "/": ${first}`);
  return page > 1 ? `${first}${PAGE_SEGMENT[locale]}-${page}/` : first;
}

/** Where a page sits in its list: what a paginated view receives. */
export interface Paging {
  /** 1-based. */
  page: number;
  pages: number;
  /** The URL of the list's first page, in the page's language. */
  first: string;
}

export type PageLink = { page: number; path: string; current: boolean } | { gap: true };

export interface PageLinks {
  previous: string | undefined;
  next: string | undefined;
  /** The first and last pages, and the current one with `around` pages each side; `{ gap }` between. */
  pages: PageLink[];
}

/**
 * Previous, next and a window of page numbers, the current one marked: a list of 200 pages links
 * to 1 … 48 49 [50] 51 52 … 200, not to every page (that would make every list page heavy).
 */
export function pageLinks(paging: Paging, locale: Locale, around = 2): PageLinks {
  const { page, pages, first } = paging;
  const at = (n: number) => pagedPath(first, locale, n);
  const shown = [...new Set([1, pages, ...Array.from({ length: 2 * around + 1 }, (_, i) => page - around + i)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  shown.forEach((n, i) => {
    const before = shown[i - 1];
    // A gap of a single page shows the page instead of "…".
    if (before !== undefined && n - before === 2) links.push({ page: n - 1, path: at(n - 1), current: false });
    else if (before !== undefined && n - before > 2) links.push({ gap: true });
    links.push({ page: n, path: at(n), current: n === page });
  });
  return { previous: page > 1 ? at(page - 1) : undefined, next: page < pages ? at(page + 1) : undefined, pages: links };
}

/**
 * For a list sorted by group (destinations by kind), the page on which each group starts, so a
 * "jump to kind" menu can link to `<page>#<kind>` from any page.
 */
export function firstPageOfGroup<T, K extends string>(
  pages: readonly (readonly T[])[],
  groupOf: (item: T) => K,
): Map<K, number> {
  const first = new Map<K, number>();
  pages.forEach((items, i) => {
    for (const item of items) if (!first.has(groupOf(item))) first.set(groupOf(item), i + 1);
  });
  return first;
}
