/**
 * What a section is: one folder under src/sections/ with a `section.ts` that exports a
 * SectionSpec, listed once in src/sections/index.ts. Navigation, the URL table, the collection
 * table, the route table, the view lookup, the endpoints and the content check's URL vocabulary
 * are all derived from these specs.
 *
 * A spec is plain data plus a lazy loader: `routes` is only called inside the Astro build (it
 * reads astro:content), so the CLI can import the registry on plain Node. A section's views are
 * in its views/index.ts (`export const views = { '<view name>': Component }`); a section with
 * routes also has a page.astro (a copy of any other section's), the page module that renders its
 * routes, so its pages link the frame's stylesheet and its own, not every section's.
 */
import type { Localized } from '../i18n/locales.ts';
import type { CollectionSpec } from '../collections/spec.ts';
import type { RouteGroup } from '../frame/routing.ts';

export interface SectionSpec<
  K extends string = string,
  P = unknown,
  C extends Record<string, CollectionSpec> = Record<string, CollectionSpec>,
> {
  /** The section's key: invest, visit… Also the key of its UI strings (`nav.<key>`). */
  key: K;
  /** Its URL segment in each language: /dau-tu/, /en/invest/, /zh/touzi/. */
  path: Localized;
  /** Whether it appears in the primary navigation (in registry order). */
  nav: boolean;
  /** Whether `pages` entries may set `section: <key>` to live under its URL. */
  hostsPages: boolean;
  /** The collections this section owns: name → layout and schema. */
  collections: C;
  /** Prose collections whose entries are pages under this section's URL (for the link check). */
  entryCollections: readonly (keyof C & string)[];
  /** Fixed URL segments of its own pages (lists, filters, kinds), for the link check. */
  pageSegments: readonly Localized[];
  /** Its pages. Astro build only. */
  routes?: () => Promise<RouteGroup<P>[]>;
  /**
   * Page modules besides page.astro, each rendering some of its views (page.astro leaves those
   * out): a view with many pages and few styles, such as a news story, gets its own, so that its
   * pages link only the styles they use.
   */
  pageModules?: readonly URL[];
  /** Endpoints it adds (feeds, downloads): a URL pattern and a file of this package. */
  endpoints?: readonly { pattern: string; entrypoint: URL }[];
}

/** Typed helper so each section.ts keeps its literal key and collections. */
export const defineSection = <K extends string, P, C extends Record<string, CollectionSpec>>(
  spec: SectionSpec<K, P, C>,
) => spec;
