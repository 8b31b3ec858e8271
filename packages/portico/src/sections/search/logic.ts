/**
 * Site search (Pagefind), the pure parts: which built pages go into the index and under which
 * URL, the attributes a view puts on its indexable region (filters and result metadata), and
 * what the search page's script needs to read URLs, build filters and show excerpts.
 * No DOM, no file system, no clock.
 */

/** The filters results can be narrowed by, in the order the search page shows them. */
export const SEARCH_FILTERS = ['section', 'type', 'sector', 'kind'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * What a page tells the index about itself. Every value is the text readers see, in the page's
 * language (filter values are shown as they are on the search page of that language).
 */
export interface SearchFacets {
  /** The section's name, e.g. "Đầu tư". */
  section: string;
  /** The kind of content, e.g. "Khu kinh tế và cửa khẩu". */
  type: string;
  /** For investment opportunities: the sector's name. */
  sector?: string;
  /** For calendar entries (and other typed entries): the kind's name, e.g. "Lễ hội". */
  kind?: string;
  /** The date shown with the result, YYYY-MM-DD (publication, event or last update). */
  date?: string;
  /** The result's picture: a site-relative URL of a built image. */
  image?: string;
  /** Its text alternative; leave empty for a decorative picture. */
  imageAlt?: string;
}

const FACET_ATTRIBUTE: Record<keyof SearchFacets, string> = {
  section: 'data-search-section',
  type: 'data-search-type',
  sector: 'data-search-sector',
  kind: 'data-search-kind',
  date: 'data-search-date',
  image: 'data-search-image',
  imageAlt: 'data-search-image-alt',
};

/** Pagefind's metadata names for the facets shown with each result. */
const META_NAME: Partial<Record<keyof SearchFacets, string>> = {
  type: 'type',
  date: 'date',
  image: 'image',
  imageAlt: 'image_alt',
};

/**
 * The attributes of a page's indexable region (spread them on the element that holds the
 * entry: `<article {...pagefindAttributes(facets)}>`). `undefined` facets (a fallback page shown
 * in another language, a list page) give no attributes at all: the page stays out of the index.
 *
 * Values sit in their own data attributes and Pagefind reads them with its `name[attribute]`
 * syntax, so a value may contain commas and colons.
 */
export function pagefindAttributes(facets: SearchFacets | undefined): Record<string, string> {
  if (!facets) return {};
  const attrs: Record<string, string> = { 'data-pagefind-body': '' };
  const filters: string[] = [];
  const meta: string[] = [];
  for (const key of Object.keys(FACET_ATTRIBUTE) as (keyof SearchFacets)[]) {
    const value = facets[key]?.trim();
    if (!value && !(key === 'imageAlt' && facets.image)) continue;
    const attribute = FACET_ATTRIBUTE[key];
    attrs[attribute] = value ?? '';
    if ((SEARCH_FILTERS as readonly string[]).includes(key)) filters.push(`${key}[${attribute}]`);
    const metaName = META_NAME[key];
    if (metaName) meta.push(`${metaName}[${attribute}]`);
  }
  if (filters.length) attrs['data-pagefind-filter'] = filters.join(', ');
  if (meta.length) attrs['data-pagefind-meta'] = meta.join(', ');
  return attrs;
}

const REGION = /data-pagefind-body/gi;

/**
 * Whether a tag of the page has the data-pagefind-body attribute (what
 * /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i says, in a fifth of its time: the attribute's name is
 * found first, then the tag it is in).
 */
function hasIndexRegion(html: string): boolean {
  REGION.lastIndex = 0;
  for (let found = REGION.exec(html); found; found = REGION.exec(html)) {
    const at = found.index;
    if (!/\s/.test(html[at - 1] ?? '') || !/[\s=>]/.test(html[at + found[0].length] ?? '')) continue;
    const open = html.lastIndexOf('<', at);
    if (open > html.lastIndexOf('>', at) && /[a-z]/i.test(html[open + 1] ?? '')) return true;
  }
  return false;
}

/**
 * Whether a built page goes into the index: it has an indexable region and is not marked
 * noindex. Fallback pages, 404 pages, the search pages and list pages have no region.
 */
export function isIndexablePage(html: string): boolean {
  if (!hasIndexRegion(html)) return false;
  const robots = /<meta\s+name="robots"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return !/\bnoindex\b/i.test(robots);
}

/** The URL a built file is served at: `en/about/index.html` → `/en/about/`, `404.html` → `/404.html`. */
export function urlOfBuiltFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** What the search page reads from its address: `?q=dong+dang`. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/**
 * A language switcher link for the search page that carries the query over: the other
 * language's search page with `?q=…` (filters are not carried: their values are in the language).
 */
export function switcherHref(href: string, query: string): string {
  const [path = ''] = href.split(/[?#]/);
  return `${path}${searchWithQuery('', query)}`;
}

/** The search page's address for a query (other parameters kept). */
export function searchWithQuery(search: string, query: string): string {
  const params = new URLSearchParams(search);
  if (query.trim()) params.set('q', query.trim());
  else params.delete('q');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Chosen filter values → Pagefind's `filters` option (any of the chosen values per filter). */
export function pagefindFilters(chosen: Partial<Record<string, readonly string[]>>): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(chosen)) if (values?.length) out[name] = { any: [...values] };
  return out;
}

/**
 * The values of one filter to offer, with their counts: the values present in the current
 * results, plus any chosen value (so it can be unchosen), sorted by count then by name.
 */
export function filterOptions(
  counts: Record<string, number> | undefined,
  chosen: readonly string[],
  collator: Intl.Collator,
): { value: string; count: number; checked: boolean }[] {
  const values = new Set([
    ...Object.entries(counts ?? {})
      .filter(([, n]) => n > 0)
      .map(([v]) => v),
    ...chosen,
  ]);
  return [...values]
    .map((value) => ({ value, count: counts?.[value] ?? 0, checked: chosen.includes(value) }))
    .sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

/** A ". " (Pagefind's join of heading and text) after a Chinese character. */
const CJK_JOIN = /(\p{Script=Han}|[）」』”])(<\/mark>)?\. ?/gu;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpt ("… gần <mark>Đồng</mark> …", with < and > of the page text escaped) as
 * plain-text parts, so the page can build it with text nodes (never innerHTML).
 */
export function excerptParts(excerpt: string, lang = ''): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  // In Chinese the join reads as a Latin ". " between two Chinese sentences: write "。" instead.
  const source = /^zh\b/i.test(lang) ? excerpt.replace(CJK_JOIN, '$1$2。') : excerpt;
  for (const piece of source.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const previous = parts[parts.length - 1];
      if (previous && previous.mark === mark) previous.text += text;
      else parts.push({ text, mark });
    }
  }
  // Pagefind joins a heading to the text after it with ". "; an excerpt may start there.
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.replace(/^[\s.,;:，。、；：]+/, '');
  return parts.filter((part) => part.text);
}

/** `{{name}}` placeholders filled in (the search page's strings use i18next's syntax). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A YYYY-MM-DD date read as a calendar day (no time zone shift), or undefined. */
export function calendarDay(value: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}
