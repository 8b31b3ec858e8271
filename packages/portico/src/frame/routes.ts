/**
 * Every page of the site, in every language, from one table. The catch-all route, the language
 * switcher, hreflang, the sitemap page and the server configuration all read it.
 */
import { LOCALES, type Locale, type Localized } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translator.ts';
import { expandGroups, homePath, pathOf, restParam, sectionPath, type Route, type RouteGroup } from './routing.ts';
import { localizedEntries, type LocalizedEntry } from './content.ts';
import { province } from './province.ts';
import { LINK_PAGE_SIZE, pageCount, splitEvenly, type Paging } from '../lib/paginate.ts';
import { pagedGroups } from './paged.ts';
import { remember, withCacheKeys } from '../lib/incremental/track.ts';
import { SECTION_SPECS, type SectionSpecs } from '../sections/index.ts';

/** What the frame's own views receive. */
export type FrameViewProps =
  { view: 'home' } | { view: 'notfound' } | { view: 'entry'; entry: LocalizedEntry; sitemap?: SitemapPage };

/** What the sections' views receive: derived from each section's route provider in the registry. */
type SectionViewProps = {
  [I in keyof SectionSpecs]: SectionSpecs[I] extends { routes?: () => Promise<RouteGroup<infer P>[]> } ? P : never;
}[number];

/** What a view receives; RouteView.astro picks the component by `view`. */
export type ViewProps = FrameViewProps | SectionViewProps;

/** One page of the site map: its share of the language's indexable pages. */
export interface SitemapPage {
  paging: Paging;
  links: { path: string; title: string }[];
}

export const perLocale = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

const t = (locale: Locale) => useTranslations(locale);

function staticGroups(): RouteGroup<ViewProps>[] {
  return [
    {
      id: 'home',
      view: 'home',
      paths: perLocale(homePath),
      titles: perLocale((l) => t(l)('home.title', { name: province.name[l] })),
      props: perLocale(() => ({ view: 'home' as const })),
    },
    {
      id: 'notfound',
      view: 'notfound',
      // The root 404 must be /404.html, the file static servers look for.
      paths: perLocale((l) => (l === 'vi' ? '/404.html' : pathOf(l, ['404']))),
      titles: perLocale((l) => t(l)('notFound.title')),
      props: perLocale(() => ({ view: 'notfound' as const })),
      indexable: perLocale(() => false),
    },
  ];
}

/** A `pages` entry's URL: under its section, or at the top level. */
const pagePath = (entry: LocalizedEntry<'pages'>, l: Locale): string => {
  const section = entry.variants[l].entry.data.section;
  return section === 'none' ? pathOf(l, [entry.segments[l]]) : sectionPath(l, section, entry.segments[l]);
};

const isSitemap = (entry: LocalizedEntry<'pages'>) => entry.variants.vi.entry.data.role === 'sitemap';

function pageGroups(pages: LocalizedEntry<'pages'>[]): RouteGroup<ViewProps>[] {
  // The release boilerplate is printed inside press releases, not a page of its own; the site
  // map is paginated over every other page (sitemapGroups).
  return pages
    .filter((entry) => entry.variants.vi.entry.data.role !== 'boilerplate' && !isSitemap(entry))
    .map((entry) => ({
      id: `pages:${entry.name}`,
      view: 'entry',
      paths: perLocale((l) => pagePath(entry, l)),
      titles: perLocale((l) => entry.variants[l].entry.data.title),
      props: perLocale(() => ({ view: 'entry' as const, entry })),
      indexable: perLocale((l) => !entry.variants[l].fallback),
      entry,
    }));
}

/**
 * The site map (the `pages` entry with role: sitemap): every indexable page of the reader's
 * language, sorted by URL, split into pages of at most LINK_PAGE_SIZE links so that it stays light
 * however large the site grows. Page 1 lists itself; later pages are for people (noindex: the
 * XML sitemap is what search engines read).
 */
function sitemapGroups(
  entry: LocalizedEntry<'pages'>,
  others: readonly RouteGroup<ViewProps>[],
): RouteGroup<ViewProps>[] {
  const first = perLocale((l) => pagePath(entry, l));
  const title = perLocale((l) => entry.variants[l].entry.data.title);
  const links = perLocale((l) =>
    [
      ...others.filter((g) => g.indexable?.[l] ?? true).map((g) => ({ path: g.paths[l], title: g.titles[l] })),
      ...(entry.variants[l].fallback ? [] : [{ path: first[l], title: title[l] }]),
    ].sort((a, b) => a.path.localeCompare(b.path)),
  );
  const count = pageCount(
    LOCALES.map(({ code }) => links[code].length),
    LINK_PAGE_SIZE,
  );
  return pagedGroups<{ path: string; title: string }, ViewProps>({
    id: `pages:${entry.name}`,
    view: 'entry',
    first,
    title,
    pages: perLocale((l) => splitEvenly(links[l], count)),
    props: (_l, items, paging) => ({ view: 'entry', entry, sitemap: { paging, links: items } }),
    indexable: (l, page) => page === 1 && !entry.variants[l].fallback,
    entry,
  });
}

/** All pages of the site (a page that asks for all of them depends on all of them). */
export const getRoutes = remember('routes', async (): Promise<Route<ViewProps>[]> => {
  const pages = await localizedEntries('pages');
  const provided = (
    await Promise.all(
      SECTION_SPECS.map(async (section) =>
        ((await section.routes?.()) ?? []).map((group) => ({ ...group, section: section.key })),
      ),
    )
  ).flat() as RouteGroup<ViewProps>[];
  const groups = [...staticGroups(), ...pageGroups(pages), ...provided];
  const sitemap = pages.find(isSitemap);
  return expandGroups(sitemap ? [...groups, ...sitemapGroups(sitemap, groups)] : groups);
});

/**
 * The static paths of one page module: the frame's (`section` undefined) or one section's. The
 * root 404 has its own module.
 */
export async function staticPathsOf(
  section: string | undefined,
  keep: (route: Route<ViewProps>) => boolean = () => true,
) {
  const paths = (await getRoutes())
    .filter((route) => route.section === section && route.path !== '/404.html' && keep(route))
    .map((route) => ({ params: { path: restParam(route.path) }, props: { route } }));
  return withCacheKeys(paths);
}

let byId: Promise<Map<string, Route<ViewProps>>> | undefined;

/**
 * A page by its id in a language (`pages:gioi-thieu`, `destinations:mau-son`), from an index built
 * once: use it instead of `(await getRoutes()).find(...)`, which costs a pass over every page of
 * the site for each lookup (quadratic when every page looks something up).
 */
export const routeById = remember(
  'route-by-id',
  async (id: string, locale: Locale): Promise<Route<ViewProps> | undefined> => {
    byId ??= getRoutes().then((routes) => {
      const map = new Map<string, Route<ViewProps>>();
      for (const r of routes) if (!map.has(`${r.locale}|${r.id}`)) map.set(`${r.locale}|${r.id}`, r);
      return map;
    });
    return (await byId).get(`${locale}|${id}`);
  },
);

let byPath: Promise<Map<string, Route<ViewProps>>> | undefined;

/** A page by its site-relative URL (`/en/press/`), from an index built once (see routeById). */
export const routeByPath = remember('route-by-path', async (path: string): Promise<Route<ViewProps> | undefined> => {
  byPath ??= getRoutes().then((routes) => new Map(routes.map((r) => [r.path, r])));
  return (await byPath).get(path);
});

/** The URL of a page with a given role (about, contact...) in a language, if the site has one. Every page's footer asks, so answers are kept. */
export const pathOfRole = remember(
  'path-of-role',
  async (role: string, locale: Locale): Promise<string | undefined> => {
    const pages = await localizedEntries('pages');
    const page = pages.find(
      (p) => p.variants.vi.entry.data.role === role || p.variants[locale].entry.data.role === role,
    );
    return page ? (await routeById(`pages:${page.name}`, locale))?.path : undefined;
  },
);
