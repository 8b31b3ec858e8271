/**
 * The map behind the editor's "view on the site" link (/admin/pages.json): for each entry
 * (`<collection>/<file name>`), its page in each language, from the route table. Pure.
 */
export interface EntryRoute {
  locale: string;
  path: string;
  entry?: { collection: string; name: string };
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
