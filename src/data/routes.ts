/**
 * Every page of the site, in every language, from one table. The catch-all route, the language
 * switcher, hreflang, the sitemap page and the server configuration all read it.
 */
import { LOCALES, type Locale, type Localized } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translator.ts';
import { expandGroups, homePath, pathOf, sectionPath, NAV_SECTIONS, SECTIONS, type Route, type RouteGroup, type SectionKey } from '../lib/routing.ts';
import { localizedEntries, type LocalizedEntry } from './content.ts';
import { province } from './province.ts';

/**
 * What a view receives. Each section adds its own variants here; RouteView.astro picks the
 * component by `view`.
 */
export type ViewProps =
  | { view: 'home' }
  | { view: 'notfound' }
  | { view: 'section'; section: SectionKey }
  | { view: 'search' }
  | { view: 'entry'; entry: LocalizedEntry };
// Sections add their own variants to the union above, one line each.

/** A section's contribution to the route table. */
export type RouteProvider = () => Promise<RouteGroup<ViewProps>[]>;

export const perLocale = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

/**
 * The sections' route providers, each in src/data/routes/<section>.ts.
 * A new section adds one import and one entry here.
 */
const PROVIDERS: RouteProvider[] = [];

const t = (locale: Locale) => useTranslations(locale);

function staticGroups(): RouteGroup<ViewProps>[] {
  const groups: RouteGroup<ViewProps>[] = [
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
  for (const section of NAV_SECTIONS) {
    groups.push({
      id: `section:${section}`,
      view: section === 'search' ? 'search' : 'section',
      paths: perLocale((l) => sectionPath(l, section)),
      titles: perLocale((l) => t(l)(`nav.${section}`)),
      props: perLocale(() => (section === 'search' ? { view: 'search' as const } : { view: 'section' as const, section })),
    });
  }
  return groups;
}

function pageGroups(pages: LocalizedEntry<'pages'>[]): RouteGroup<ViewProps>[] {
  return pages.map((entry) => ({
    id: `pages:${entry.name}`,
    view: 'entry',
    paths: perLocale((l) => {
      const section = entry.variants[l].entry.data.section;
      return section === 'none' ? pathOf(l, [entry.segments[l]]) : sectionPath(l, section, entry.segments[l]);
    }),
    titles: perLocale((l) => entry.variants[l].entry.data.title),
    props: perLocale(() => ({ view: 'entry' as const, entry })),
    indexable: perLocale((l) => !entry.variants[l].fallback),
  }));
}

let memo: Promise<Route<ViewProps>[]> | undefined;

/** All pages of the site. */
export function getRoutes(): Promise<Route<ViewProps>[]> {
  memo ??= (async () => {
    const pages = await localizedEntries('pages');
    const provided = (await Promise.all(PROVIDERS.map((provide) => provide()))).flat();
    return expandGroups([...staticGroups(), ...pageGroups(pages), ...provided]);
  })();
  return memo;
}

/** The URL of a page with a given role (about, contact...) in a language, if the site has one. */
export async function pathOfRole(role: string, locale: Locale): Promise<string | undefined> {
  const pages = await localizedEntries('pages');
  const page = pages.find((p) => p.variants.vi.entry.data.role === role || p.variants[locale].entry.data.role === role);
  if (!page) return undefined;
  const routes = await getRoutes();
  return routes.find((r) => r.id === `pages:${page.name}` && r.locale === locale)?.path;
}

export { SECTIONS };
