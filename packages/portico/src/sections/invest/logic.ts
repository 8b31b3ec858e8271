/**
 * The Invest section's pure logic: its URL segments, the facets an opportunity is filtered by
 * (sector, zone, form, scale), filtering, counting and sorting. No Astro, no file system, no
 * clock, so the build, the tests and the browser's filter element share it.
 */
import type { Locale, Localized } from '../../i18n/locales.ts';
import type { INVESTMENT_FORMS, OPPORTUNITY_STATUSES } from './schema.ts';

export type InvestmentForm = (typeof INVESTMENT_FORMS)[number];
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** The section's sub-pages, with their URL segment per language (after /dau-tu/, /en/invest/, /zh/touzi/). */
export const INVEST_SEGMENTS = {
  sectors: { vi: 'linh-vuc', en: 'sectors', zh: 'hangye' },
  zones: { vi: 'khu-vuc', en: 'zones', zh: 'quyu' },
  opportunities: { vi: 'co-hoi', en: 'opportunities', zh: 'jihui' },
  incentives: { vi: 'uu-dai', en: 'incentives', zh: 'youhui' },
  glance: { vi: 'tong-quan', en: 'at-a-glance', zh: 'gaikuang' },
} as const satisfies Record<string, Localized>;

/** What the opportunity list can be filtered by. */
export const FILTER_DIMENSIONS = ['sector', 'zone', 'form', 'scale'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The URL segment of each filter: /en/invest/opportunities/<dimension>/<value>/. */
export const FILTER_SEGMENTS: Record<FilterDimension, Localized> = {
  sector: { vi: 'linh-vuc', en: 'sector', zh: 'hangye' },
  zone: { vi: 'khu-vuc', en: 'zone', zh: 'quyu' },
  form: { vi: 'hinh-thuc', en: 'form', zh: 'xingshi' },
  scale: { vi: 'quy-mo', en: 'scale', zh: 'guimo' },
};

/** The URL segment of each investment form. */
export const FORM_SEGMENTS: Record<InvestmentForm, Localized> = {
  'wholly-owned': { vi: '100-von-nha-dau-tu', en: 'wholly-owned', zh: 'duzi' },
  'joint-venture': { vi: 'lien-doanh', en: 'joint-venture', zh: 'hezi' },
  bcc: { vi: 'hop-dong-bcc', en: 'bcc', zh: 'bcc-hetong' },
  ppp: { vi: 'ppp', en: 'ppp', zh: 'ppp' },
  'capital-contribution': { vi: 'gop-von', en: 'capital-contribution', zh: 'chuzi' },
  open: { vi: 'linh-hoat', en: 'open', zh: 'buxian' },
};

/** Scale classes by land area, in hectares: [from, below). */
export const SCALE_BUCKETS = [
  { id: 'small', from: 0, below: 10 },
  { id: 'medium', from: 10, below: 50 },
  { id: 'large', from: 50, below: 200 },
  { id: 'very-large', from: 200, below: Number.POSITIVE_INFINITY },
] as const;
export type ScaleBucket = (typeof SCALE_BUCKETS)[number]['id'];

export const SCALE_SEGMENTS: Record<ScaleBucket, Localized> = {
  small: { vi: 'duoi-10-ha', en: 'under-10-ha', zh: '10-gongqing-yixia' },
  medium: { vi: '10-50-ha', en: '10-50-ha', zh: '10-50-gongqing' },
  large: { vi: '50-200-ha', en: '50-200-ha', zh: '50-200-gongqing' },
  'very-large': { vi: 'tu-200-ha', en: '200-ha-and-over', zh: '200-gongqing-yishang' },
};

/** The scale class of an area; undefined when the area is unknown. */
export function scaleBucket(areaHa: number | undefined): ScaleBucket | undefined {
  if (areaHa === undefined || !Number.isFinite(areaHa) || areaHa < 0) return undefined;
  return SCALE_BUCKETS.find((b) => areaHa >= b.from && areaHa < b.below)?.id;
}

/** What filtering and sorting need of an opportunity. */
export interface OpportunityFacts {
  /** Entry name (stable across languages). */
  name: string;
  /** Title in the reader's language. */
  title: string;
  /** Sector entry name. */
  sector: string;
  /** The sector's position in lists. */
  sectorOrder: number;
  /** Zone entry name, if any. */
  zone?: string | undefined;
  form: InvestmentForm;
  status: OpportunityStatus;
  areaHa?: number | undefined;
  capitalVnd?: number | undefined;
  capitalUsd?: number | undefined;
  /** The capital in đồng for sorting (see comparableCapitalVnd). */
  capitalSortVnd?: number | undefined;
  /** Absent on illustrative entries. */
  verifiedOn?: string | undefined;
}

/** The value an opportunity has on a filter dimension (entry names, form codes, scale classes). */
export function facetValue(row: OpportunityFacts, dimension: FilterDimension): string | undefined {
  switch (dimension) {
    case 'sector':
      return row.sector;
    case 'zone':
      return row.zone;
    case 'form':
      return row.form;
    case 'scale':
      return scaleBucket(row.areaHa);
  }
}

export type Filter = Partial<Record<FilterDimension, string>>;

/** The rows matching every given dimension (an empty filter keeps all). */
export function filterRows<R extends OpportunityFacts>(rows: readonly R[], filter: Filter): R[] {
  const active = FILTER_DIMENSIONS.filter((d) => filter[d] !== undefined && filter[d] !== '');
  return rows.filter((row) => active.every((d) => facetValue(row, d) === filter[d]));
}

/** How many rows have each value of a dimension; rows without a value are not counted. */
export function facetCounts(rows: readonly OpportunityFacts[], dimension: FilterDimension): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = facetValue(row, dimension);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Where an opportunity stands, most actionable first. */
export const STATUS_ORDER: readonly OpportunityStatus[] = ['calling', 'preparing', 'awarded', 'closed'];

/**
 * A capital's value in đồng, for sorting only: the đồng amount where the source gives one,
 * otherwise the dollar amount at the stated rate; undefined when neither is given.
 */
export function comparableCapitalVnd(
  capital: { vnd?: number | undefined; usd?: number | undefined },
  vndPerUsd: number,
): number | undefined {
  if (capital.vnd !== undefined) return capital.vnd;
  if (capital.usd !== undefined && Number.isFinite(vndPerUsd) && vndPerUsd > 0)
    return Math.round(capital.usd * vndPerUsd);
  return undefined;
}

export const SORT_KEYS = ['default', 'title', 'area', 'capital', 'verified'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Compare two sort values. Numbers and strings compare naturally (strings with the reader's
 * collation); a missing value always sorts last, whichever the direction.
 */
export function compareValues(
  a: string | number | undefined | null,
  b: string | number | undefined | null,
  direction: 'asc' | 'desc' = 'asc',
  collator: Intl.Collator = new Intl.Collator(),
): number {
  const missingA = a === undefined || a === null || a === '';
  const missingB = b === undefined || b === null || b === '';
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return direction === 'asc' ? order : -order;
}

/** The direction a column sorts in first: names A→Z, sizes and dates largest/newest first. */
export const SORT_DIRECTION: Record<Exclude<SortKey, 'default'>, 'asc' | 'desc'> = {
  title: 'asc',
  area: 'desc',
  capital: 'desc',
  verified: 'desc',
};

/**
 * A new array in the given order. `default`: open calls first, then by sector order, then by
 * title — the order of the list without JavaScript.
 */
export function sortRows<R extends OpportunityFacts>(rows: readonly R[], key: SortKey, locale: Locale): R[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : locale);
  const byTitle = (a: R, b: R) => collator.compare(a.title, b.title);
  const sorted = [...rows];
  if (key === 'default') {
    return sorted.sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        a.sectorOrder - b.sectorOrder ||
        byTitle(a, b),
    );
  }
  const value = (r: R): string | number | undefined =>
    key === 'title'
      ? r.title
      : key === 'area'
        ? r.areaHa
        : key === 'capital'
          ? (r.capitalSortVnd ?? r.capitalVnd)
          : r.verifiedOn;
  return sorted.sort((a, b) => compareValues(value(a), value(b), SORT_DIRECTION[key], collator) || byTitle(a, b));
}

/** The link-preview image of a page: /en/invest/zones/chi-ma/ → /og/en/invest/zones/chi-ma.png. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}

/** Whether a route of the section gets its own preview image (filtered lists share the list's). */
export function hasOwnOgImage(routeId: string): boolean {
  return (
    routeId === 'section:invest' || (routeId.startsWith('invest:') && !routeId.startsWith('invest:opportunities:'))
  );
}
