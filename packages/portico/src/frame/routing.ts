/**
 * URLs: one place decides every path of the site, in every language, so links, the language
 * switcher, hreflang, the sitemap and the server configuration all agree.
 */
import { LOCALES, DEFAULT_LOCALE, type Locale, type Localized } from '../i18n/locales.ts';
import { SECTION_SPECS, type SectionSpecs } from '../sections/index.ts';
import { ContentProblemError } from '../lib/editor-error.ts';
import { problemFromRule } from '../lib/problems.ts';

export type SectionKey = SectionSpecs[number]['key'];

/** Top-level sections with their URL segment per language, from the registry (src/sections/index.ts). */
export const SECTIONS = Object.fromEntries(SECTION_SPECS.map((s) => [s.key, s.path])) as Record<SectionKey, Localized>;

/** The sections in the order of the primary navigation. */
export const NAV_SECTIONS: readonly SectionKey[] = SECTION_SPECS.filter((s) => s.nav).map((s) => s.key);

const prefixOf = (locale: Locale): string => LOCALES.find((l) => l.code === locale)?.prefix ?? '';

/**
 * The route key of a page (what Astro's `[...path]` param receives): segments joined by '/',
 * without leading or trailing slash; '' is the Vietnamese home.
 */
export function routeKey(locale: Locale, segments: readonly string[]): string {
  return [prefixOf(locale), ...segments].filter(Boolean).join('/');
}

/** The site-relative URL of a page, always with a trailing slash: `/en/invest/`. */
export function pathOf(locale: Locale, segments: readonly string[] = []): string {
  const key = routeKey(locale, segments);
  return key ? `/${key}/` : '/';
}

export function sectionPath(locale: Locale, section: SectionKey, ...rest: string[]): string {
  return pathOf(locale, [SECTIONS[section][locale], ...rest]);
}

export function homePath(locale: Locale): string {
  return pathOf(locale);
}

/** Which language a site-relative path belongs to, from its first segment. */
export function localeOfPath(path: string): Locale {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return LOCALES.find((l) => l.prefix && l.prefix === first)?.code ?? DEFAULT_LOCALE;
}

/** An absolute URL on the production site. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * Turn a title into a URL segment: lower case, Vietnamese letters folded (đ → d),
 * anything else to hyphens. Chinese titles have no Latin form, so callers pass an explicit slug.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The content entry a page shows, as far as the frame needs it (a LocalizedEntry satisfies it):
 * each language's variant, whether it is a fallback, and the entry's own `redirectFrom`.
 */
export interface EntryRef {
  collection: string;
  name: string;
  variants: Localized<{ fallback: boolean; contentLocale: Locale; entry: { data: { redirectFrom?: string[] } } }>;
}

/** A page that exists in every language, with its URL in each. */
export interface RouteGroup<P = unknown> {
  /** Stable identity, e.g. `page:about` or `news:tet-2026`. */
  id: string;
  /** Which view renders it. */
  view: string;
  /** Site-relative URL per language. */
  paths: Localized;
  /** The page's title per language, for lists such as the site map. */
  titles: Localized;
  /** What the view needs, per language. */
  props: Localized<P>;
  /** false for pages that must not be indexed (e.g. fallback or 404 pages), per language. */
  indexable?: Localized<boolean>;
  /** The entry the page shows, when it shows one (its redirects and translations follow it). */
  entry?: EntryRef;
  /**
   * The section whose page module renders it (its key), or none for the frame's own pages. Each
   * section's pages are a page module of their own, so a page links only the frame's styles and
   * its section's.
   */
  section?: string;
}

/** One built page: a group seen from one language. */
export interface Route<P = unknown> {
  id: string;
  view: string;
  locale: Locale;
  path: string;
  title: string;
  /** The same page in every language, for the switcher, hreflang and the sitemap. */
  alternates: Localized;
  indexable: boolean;
  props: P;
  entry?: EntryRef;
  section?: string;
}

export function expandGroups<P>(groups: readonly RouteGroup<P>[]): Route<P>[] {
  const routes: Route<P>[] = [];
  const seen = new Map<string, string>();
  for (const group of groups) {
    for (const { code } of LOCALES) {
      const path = group.paths[code];
      const clash = seen.get(path);
      if (clash)
        throw new ContentProblemError([
          problemFromRule(
            'slug.duplicate',
            { file: path, field: 'slug', found: path },
            { url: path, other: `${clash} / ${group.id}`, name: path.split('/').filter(Boolean).at(-1) ?? 'trang' },
          ),
        ]);
      seen.set(path, group.id);
      routes.push({
        id: group.id,
        view: group.view,
        locale: code,
        path,
        title: group.titles[code],
        alternates: group.paths,
        indexable: group.indexable?.[code] ?? true,
        props: group.props[code],
        ...(group.entry ? { entry: group.entry } : {}),
        ...(group.section ? { section: group.section } : {}),
      });
    }
  }
  return routes;
}

/** Astro's rest param for a path: undefined for the site root. */
export function restParam(path: string): string | undefined {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? undefined : trimmed;
}
