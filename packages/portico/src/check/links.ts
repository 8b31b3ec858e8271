/**
 * Links: the table of the site's addresses (built from the section registry and the entries, the
 * way the routes make them), unique addresses per collection and language, and every internal
 * link and #anchor of a body resolving to a page that will be published.
 */
import { LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import { NAV_SECTIONS, SECTIONS, localeOfPath, pathOf, sectionPath, type SectionKey } from '../frame/routing.ts';
import { SECTION_SPECS } from '../sections/index.ts';
import type { CollectionName } from '../collections/index.ts';
import { PAGE_SEGMENT } from '../lib/paginate.ts';
import { BODY, type CheckContext, type Group, type Item } from './context.ts';
import { lineOf } from './reading.ts';
import { closest, levenshtein, listNames, safeDecode, vietnamTime } from './text.ts';

/**
 * Where the entries of each prose collection live in the URL space, from the section registry
 * (each section's `entryCollections`): a link `/<locale>/<section>/…/<segment>/` is accepted when
 * <segment> is the address of an entry of one of that section's collections. `pages` are exact:
 * their routes come from src/frame/routes.ts (top level or under their `section`).
 */
export const LINKED_SECTIONS: Partial<Record<CollectionName, SectionKey>> = Object.fromEntries(
  SECTION_SPECS.flatMap((section) => section.entryCollections.map((collection) => [collection, section.key])),
);

interface UrlTarget {
  /** The file that makes the page, or the page's own address for built-in pages. */
  owner: string;
  item?: Item;
}

export interface UrlTable {
  live: Map<string, UrlTarget>;
  all: Map<string, UrlTarget>;
  segments: Record<'live' | 'all', Map<SectionKey, Map<string, { key: string; target: UrlTarget }>>>;
}

/**
 * Build the address table (reporting addresses used twice), then check every link of the prose
 * entries. Returns the file that makes a page, by address (for messages about a page).
 */
export function checkAddressesAndLinks(
  ctx: CheckContext,
  groups: Group[],
  prose: Item[],
): (path: string) => string | undefined {
  const links = new LinkCheck(ctx);
  const table = links.urlTable(groups);
  links.checkLinks(prose, table);
  return (path) => links.ownerOf(path, table);
}

class LinkCheck {
  private readonly ctx: CheckContext;

  constructor(ctx: CheckContext) {
    this.ctx = ctx;
  }

  /**
   * The site's addresses, as src/data/routes.ts and src/data/content.ts make them: home and
   * section pages, `pages` entries, and the entries of LINKED_SECTIONS by segment. Built twice:
   * from published entries (what the build makes now) and from all entries (to tell a link to a
   * draft or a scheduled entry from a broken one).
   */
  urlTable(groups: Group[]): UrlTable {
    const table: UrlTable = { live: new Map(), all: new Map(), segments: { live: new Map(), all: new Map() } };
    for (const kind of ['all', 'live'] as const) {
      const urls = table[kind];
      for (const locale of LOCALE_CODES) {
        urls.set(pathOf(locale), { owner: pathOf(locale) });
        urls.set(pathOf(locale, ['404']), { owner: pathOf(locale, ['404']) });
        for (const section of NAV_SECTIONS)
          urls.set(sectionPath(locale, section), { owner: sectionPath(locale, section) });
        // Every section's own pages (lists, filters, kinds): a page with the same address would
        // take the list's place (or the build would stop on two pages wanting one URL).
        for (const section of SECTION_SPECS) {
          const builtIn = (url: string) => urls.has(url) || urls.set(url, { owner: url });
          builtIn(sectionPath(locale, section.key as SectionKey));
          if (!section.hostsPages) continue;
          for (const segments of section.pageSegments)
            builtIn(sectionPath(locale, section.key as SectionKey, segments[locale]));
        }
      }
      for (const group of groups) {
        const members = Object.fromEntries(
          LOCALE_CODES.map((l) => [l, group.byLocale[l]]).filter(
            ([, item]) => item && (kind === 'all' || (item as Item).visibility.visible),
          ),
        ) as Partial<Record<Locale, Item>>;
        const available = LOCALE_CODES.filter((l) => members[l]);
        if (!available.length) continue;
        const source = members[group.sourceLocale];
        const origin = source ?? members[available[0]!]!;
        for (const locale of LOCALE_CODES) {
          const shown = members[locale] ?? origin;
          const ownSlug = members[locale]?.raw?.slug;
          const sourceSlug = source?.raw?.slug;
          const segment = String(
            (typeof ownSlug === 'string' && ownSlug) || (typeof sourceSlug === 'string' && sourceSlug) || group.name,
          );
          const target: UrlTarget = { owner: shown.file, item: shown };
          if (group.collection === 'pages') {
            // routes.ts gives the press-release boilerplate no page of its own.
            if ((origin.data?.role ?? origin.raw?.role) === 'boilerplate') continue;
            const section = (shown.data?.section ?? shown.raw?.section ?? 'none') as string;
            const url =
              section !== 'none' && Object.hasOwn(SECTIONS, section)
                ? sectionPath(locale, section as SectionKey, segment)
                : pathOf(locale, [segment]);
            if (
              kind === 'all' &&
              section !== 'none' &&
              Object.hasOwn(SECTIONS, section) &&
              /^\d+$|-\d+$/.test(segment) &&
              this.reserved(section as SectionKey, locale, segment)
            )
              this.duplicate(members[locale] ?? shown, url, url, segment);
            else this.claim(urls, url, target, kind, members[locale] ?? shown, segment);
          } else {
            const section = LINKED_SECTIONS[group.collection];
            if (!section) continue;
            const key = `${group.collection}|${locale}`;
            const segments = table.segments[kind];
            if (!segments.has(section)) segments.set(section, new Map());
            const bySegment = segments.get(section)!;
            const seen = bySegment.get(`${locale}/${segment}`);
            if (kind === 'all' && this.reserved(section, locale, segment)) {
              const url = `${sectionPath(locale, section)}…/${segment}/`;
              this.duplicate(members[locale] ?? shown, url, url, segment);
            } else if (kind === 'all' && seen && seen.key === key) {
              const item = members[locale] ?? shown;
              this.duplicate(item, `${sectionPath(locale, section)}…/${segment}/`, seen.target.owner, segment);
            }
            if (!seen) bySegment.set(`${locale}/${segment}`, { key, target });
          }
        }
      }
    }
    return table;
  }

  /** A segment a section uses for its own pages: a list, a filter, a year, page n of a list. */
  private reserved(section: SectionKey, locale: Locale, segment: string): boolean {
    const paged = new RegExp(`^${PAGE_SEGMENT[locale]}-\\d+$`);
    return (
      this.staticSegments().get(section)?.[locale].has(segment) === true || /^\d+$/.test(segment) || paged.test(segment)
    );
  }

  private claim(
    urls: Map<string, UrlTarget>,
    url: string,
    target: UrlTarget,
    kind: 'all' | 'live',
    item: Item,
    segment: string,
  ): void {
    const previous = urls.get(url);
    if (!previous) {
      urls.set(url, target);
      return;
    }
    if (kind === 'all' && previous.owner !== target.owner) this.duplicate(item, url, previous.owner, segment);
  }

  private duplicate(item: Item, url: string, other: string, segment: string): void {
    if (
      this.ctx.problems.some((p) => p.file === item.file && p.field === 'slug' && p.found === JSON.stringify(segment))
    )
      return;
    const line = lineOf(item.yamlLines, ['slug']);
    this.ctx.rule(
      'slug.duplicate',
      { file: item.file, field: 'slug', line: line && item.yamlStart + line - 1, found: segment },
      { url, other: other.startsWith('/') ? `${other} (trang có sẵn / a built-in page)` : other, name: segment },
    );
  }

  checkLinks(prose: Item[], table: UrlTable): void {
    for (const item of prose) {
      const own = this.ownUrl(item, table);
      for (const { url, line } of item.links) {
        if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
        const hashAt = url.indexOf('#');
        const rawPath = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0] ?? '';
        const anchor = hashAt >= 0 ? safeDecode(url.slice(hashAt + 1)) : undefined;
        const where = { file: item.file, field: BODY, line, found: url };
        if (!rawPath) {
          if (anchor && !item.anchors.has(anchor)) this.badAnchor(where, anchor, item.anchors, item.file);
          continue;
        }
        let path: string;
        if (rawPath.startsWith('/')) path = rawPath;
        else if (own) path = new URL(rawPath, `https://site.invalid${own}`).pathname;
        else continue; // the entry's own address is not known yet: relative links cannot be resolved
        path = safeDecode(path);
        if (/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')) continue; // a file (press kit, picture…), not a page
        const found = this.resolve(path, table);
        if (found.status === 'ok') {
          if (anchor && found.target.item && !found.target.item.anchors.has(anchor)) {
            this.badAnchor(where, anchor, found.target.item.anchors, `${path} (${found.target.item.file})`);
          }
          continue;
        }
        if (found.status === 'unpublished') {
          if (!item.visibility.visible) continue; // a draft may link to another draft
          const target = found.target.item!;
          const why =
            target.visibility.visible === false && target.visibility.reason === 'scheduled'
              ? `${target.file}: publishAt ${vietnamTime(target.visibility.until)}`
              : `${target.file}: draft`;
          this.ctx.rule('link.unpublished', where, { why, suggestion: `${pathOf(localeOfPath(path))}` });
          continue;
        }
        if (!path.endsWith('/') && this.resolve(`${path}/`, table).status !== 'missing') {
          this.ctx.rule('link.slash', where, { suggestion: `${path}/${anchor ? `#${anchor}` : ''}` });
          continue;
        }
        this.ctx.rule('link.broken', where, { url, suggestion: this.suggestUrl(path, table) });
      }
    }
  }

  /** The address an editor probably meant: the closest entry under the same section, else the nearest known page. */
  private suggestUrl(path: string, table: UrlTable): string {
    const locale = localeOfPath(path);
    const parts = path.split('/').filter(Boolean);
    if (locale !== 'vi') parts.shift();
    const section = (Object.keys(SECTIONS) as SectionKey[]).find((s) => SECTIONS[s][locale] === parts[0]);
    const last = parts.at(-1);
    if (section && last && parts.length > 1) {
      const segments = [...(table.segments.all.get(section)?.keys() ?? [])]
        .filter((k) => k.startsWith(`${locale}/`))
        .map((k) => k.slice(locale.length + 1));
      const guess = closest(last, segments);
      if (guess && levenshtein(guess, last) <= Math.max(3, last.length / 3))
        return `${path.slice(0, path.lastIndexOf(last))}${guess}/`;
    }
    const segs = path.split('/').filter(Boolean);
    let best = pathOf(locale);
    let score = [-1, Infinity];
    for (const url of table.live.keys()) {
      if (localeOfPath(url) !== locale || url.endsWith('/404/')) continue;
      const other = url.split('/').filter(Boolean);
      let common = 0;
      while (common < Math.min(segs.length, other.length) && segs[common] === other[common]) common++;
      const distance = levenshtein(path, url);
      if (common > score[0]! || (common === score[0] && distance < score[1]!)) {
        best = url;
        score = [common, distance];
      }
    }
    return best;
  }

  private badAnchor(
    where: { file: string; field: string; line?: number; found: string },
    anchor: string,
    anchors: Set<string>,
    target: string,
  ): void {
    this.ctx.rule('anchor.broken', where, {
      anchor,
      target,
      known: listNames([...anchors].map((a) => `#${a}`)),
      first: `#${closest(anchor, anchors) ?? ''}`,
    });
  }

  /** The content file that makes the page at `path`, if one does. */
  ownerOf(path: string, table: UrlTable): string | undefined {
    const found = this.resolve(safeDecode(path.split(/[?#]/)[0] ?? path), table);
    return found.status !== 'missing' ? found.target.item?.file : undefined;
  }

  /** An entry's own address in its language, when routes.ts makes it (pages). */
  private ownUrl(item: Item, table: UrlTable): string | undefined {
    for (const kind of ['live', 'all'] as const) {
      for (const [url, target] of table[kind])
        if (target.item === item && item.locale && localeOfPath(url) === item.locale) return url;
    }
    return undefined;
  }

  private resolve(
    path: string,
    table: UrlTable,
  ): { status: 'ok' | 'unpublished'; target: UrlTarget } | { status: 'missing' } {
    const live = table.live.get(path);
    if (live) return { status: 'ok', target: live };
    const all = table.all.get(path);
    if (all) return { status: 'unpublished', target: all };
    // /<prefix>/<section>/…/<segment>/ for the collections of LINKED_SECTIONS.
    const locale = localeOfPath(path);
    const parts = path.split('/').filter(Boolean);
    if (locale !== 'vi') parts.shift();
    if (parts.length < 2 || !path.endsWith('/')) return { status: 'missing' };
    const section = (Object.keys(SECTIONS) as SectionKey[]).find((s) => SECTIONS[s][locale] === parts[0]);
    if (!section) return { status: 'missing' };
    const statics = this.staticSegments().get(section)?.[locale] ?? new Set<string>();
    const entryAt = (kind: 'live' | 'all', segment: string) =>
      table.segments[kind].get(section)?.get(`${locale}/${segment}`);
    const rest = parts.slice(1);
    // Every segment must be known: a list page's own segment, a number (year, page) or an entry's.
    const paged = new RegExp(`^${PAGE_SEGMENT[locale]}-\\d+$`);
    const fixed = (segment: string) => statics.has(segment) || /^\d+$/.test(segment) || paged.test(segment);
    const known = (segment: string) => fixed(segment) || !!entryAt('all', segment);
    if (!rest.every(known)) return { status: 'missing' };
    const last = rest.at(-1)!;
    const liveHit = entryAt('live', last);
    if (liveHit) return { status: 'ok', target: liveHit.target };
    if (fixed(last)) return { status: 'ok', target: { owner: path } };
    const allHit = entryAt('all', last);
    if (allHit) return { status: 'unpublished', target: allHit.target };
    return { status: 'missing' };
  }

  private statics?: Map<SectionKey, Record<Locale, Set<string>>>;

  /**
   * The fixed URL segments of each section's own pages (lists, filters, kinds, page n of a list),
   * per language, from the section registry: links to section pages are checked without Astro.
   */
  private staticSegments(): Map<SectionKey, Record<Locale, Set<string>>> {
    if (this.statics) return this.statics;
    const result = new Map<SectionKey, Record<Locale, Set<string>>>();
    for (const section of SECTION_SPECS) {
      const sets = { vi: new Set<string>(), en: new Set<string>(), zh: new Set<string>() };
      for (const segments of section.pageSegments)
        for (const locale of LOCALE_CODES) sets[locale].add(segments[locale]);
      result.set(section.key, sets);
    }
    this.statics = result;
    return result;
  }
}
