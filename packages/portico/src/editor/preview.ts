/**
 * The map behind the editor's "view on the site" link (/admin/pages.json): for each entry
 * (`<collection>/<file name>`), its page in each language, from the route table. Pure.
 */
export interface EntryRoute {
  locale: string;
  path: string;
  entry?: { collection: string; name: string };
}

/**
 * The entries of the translation status that have a page on the site: what the published
 * /admin/status/ may list (a draft's or a scheduled entry's name must not appear before it is out).
 */
export function publishedOnly<E extends { collection: string; name: string }>(
  entries: readonly E[],
  pages: Readonly<Record<string, unknown>>,
): E[] {
  return entries.filter((e) => Object.hasOwn(pages, `${e.collection}/${e.name}`));
}

export function entryPages(routes: Iterable<EntryRoute>): Record<string, Record<string, string>> {
  const pages: Record<string, Record<string, string>> = {};
  for (const route of routes) {
    if (!route.entry) continue;
    const byLocale = (pages[`${route.entry.collection}/${route.entry.name}`] ??= {});
    // A paginated entry's first page is its page.
    byLocale[route.locale] ??= route.path;
  }
  return pages;
}
