import { describe, expect, it } from 'vitest';
import {
  FILTER_SEGMENTS,
  FORM_SEGMENTS,
  INVEST_SEGMENTS,
  SCALE_SEGMENTS,
  compareValues,
  facetCounts,
  facetValue,
  filterRows,
  scaleBucket,
  sortRows,
  comparableCapitalVnd,
  type OpportunityFacts,
} from './logic.ts';
import { INVESTMENT_FORMS } from './schema.ts';

const row = (over: Partial<OpportunityFacts> & { name: string }): OpportunityFacts => ({
  title: over.name,
  sector: 'logistics',
  sectorOrder: 1,
  form: 'open',
  status: 'calling',
  verifiedOn: '2026-11-22',
  ...over,
});

const rows: OpportunityFacts[] = [
  row({
    name: 'a',
    title: 'Cold store',
    sector: 'agro',
    sectorOrder: 2,
    zone: 'tan-thanh',
    areaHa: 8,
    capitalVnd: 3e11,
  }),
  row({
    name: 'b',
    title: 'Bonded warehouse',
    zone: 'huu-nghi',
    areaHa: 60,
    capitalVnd: 1.2e12,
    form: 'joint-venture',
  }),
  row({
    name: 'c',
    title: 'Wind farm',
    sector: 'energy',
    sectorOrder: 4,
    areaHa: 250,
    status: 'preparing',
    verifiedOn: '2026-10-01',
  }),
  row({
    name: 'd',
    title: 'Data services',
    sector: 'digital',
    sectorOrder: 5,
    capitalUsd: 12.5e6,
    form: 'wholly-owned',
  }),
];

describe('scaleBucket', () => {
  it('puts areas in half-open classes', () => {
    expect(scaleBucket(0)).toBe('small');
    expect(scaleBucket(9.99)).toBe('small');
    expect(scaleBucket(10)).toBe('medium');
    expect(scaleBucket(49.9)).toBe('medium');
    expect(scaleBucket(50)).toBe('large');
    expect(scaleBucket(200)).toBe('very-large');
    expect(scaleBucket(39400)).toBe('very-large');
  });
  it('has no class for unknown or impossible areas', () => {
    expect(scaleBucket(undefined)).toBeUndefined();
    expect(scaleBucket(-1)).toBeUndefined();
    expect(scaleBucket(Number.NaN)).toBeUndefined();
  });
});

describe('filters', () => {
  it('reads each dimension', () => {
    expect(facetValue(rows[0]!, 'sector')).toBe('agro');
    expect(facetValue(rows[0]!, 'zone')).toBe('tan-thanh');
    expect(facetValue(rows[1]!, 'form')).toBe('joint-venture');
    expect(facetValue(rows[2]!, 'scale')).toBe('very-large');
    expect(facetValue(rows[3]!, 'scale')).toBeUndefined();
  });
  it('keeps rows matching every given dimension', () => {
    expect(filterRows(rows, {}).map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterRows(rows, { sector: 'logistics' }).map((r) => r.name)).toEqual(['b']);
    expect(filterRows(rows, { scale: 'small', sector: 'agro' }).map((r) => r.name)).toEqual(['a']);
    expect(filterRows(rows, { scale: 'small', sector: 'energy' })).toEqual([]);
    expect(filterRows(rows, { zone: '' }).length).toBe(4);
  });
  it('counts values, leaving out rows without one', () => {
    expect(Object.fromEntries(facetCounts(rows, 'zone'))).toEqual({ 'tan-thanh': 1, 'huu-nghi': 1 });
    expect(Object.fromEntries(facetCounts(rows, 'form'))).toEqual({ open: 2, 'joint-venture': 1, 'wholly-owned': 1 });
  });
});

describe('sorting', () => {
  it('defaults to open calls first, then sector order, then title', () => {
    expect(sortRows(rows, 'default', 'en').map((r) => r.name)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('sorts sizes largest first with unknown values last', () => {
    expect(sortRows(rows, 'area', 'en').map((r) => r.name)).toEqual(['c', 'b', 'a', 'd']);
    expect(sortRows(rows, 'capital', 'en').map((r) => r.name)).toEqual(['b', 'a', 'd', 'c']); // both unknown: by title
  });
  it('sorts capital by its value in đồng, dollar amounts converted at the stated rate', () => {
    const money = [
      row({
        name: 'vnd',
        title: 'A',
        capitalVnd: 1.2e12,
        capitalSortVnd: comparableCapitalVnd({ vnd: 1.2e12 }, 25_000),
      }),
      row({ name: 'usd', title: 'B', capitalUsd: 150e6, capitalSortVnd: comparableCapitalVnd({ usd: 150e6 }, 25_000) }),
      row({
        name: 'small-usd',
        title: 'C',
        capitalUsd: 2e6,
        capitalSortVnd: comparableCapitalVnd({ usd: 2e6 }, 25_000),
      }),
      row({ name: 'none', title: 'D' }),
    ];
    // USD 150 million is 3,750 billion đồng: first, not last as raw numbers would put it.
    expect(sortRows(money, 'capital', 'en').map((r) => r.name)).toEqual(['usd', 'vnd', 'small-usd', 'none']);
  });
  it('takes the đồng amount where the source gives both, and nothing when neither is given', () => {
    expect(comparableCapitalVnd({ vnd: 5e11, usd: 1 }, 25_000)).toBe(5e11);
    expect(comparableCapitalVnd({ usd: 12.5e6 }, 26_000)).toBe(325e9);
    expect(comparableCapitalVnd({}, 25_000)).toBeUndefined();
    expect(comparableCapitalVnd({ usd: 1 }, 0)).toBeUndefined();
  });
  it('sorts titles with the reader’s collation and dates newest first', () => {
    expect(sortRows(rows, 'title', 'en').map((r) => r.title)).toEqual([
      'Bonded warehouse',
      'Cold store',
      'Data services',
      'Wind farm',
    ]);
    expect(sortRows(rows, 'verified', 'en').at(-1)!.name).toBe('c');
  });
  it('does not change the input', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, 'title', 'vi');
    expect(rows.map((r) => r.name)).toEqual(before);
  });
  it('compares with missing values last in both directions', () => {
    expect(compareValues(undefined, 1, 'asc')).toBeGreaterThan(0);
    expect(compareValues(undefined, 1, 'desc')).toBeGreaterThan(0);
    expect(compareValues(2, 1, 'desc')).toBeLessThan(0);
    expect(compareValues('', '', 'asc')).toBe(0);
    const vi = new Intl.Collator('vi');
    expect(['Đồng Đăng', 'Chi Ma', 'Ải'].sort((a, b) => compareValues(a, b, 'asc', vi))).toEqual([
      'Ải',
      'Chi Ma',
      'Đồng Đăng',
    ]);
  });
});

describe('URL segments', () => {
  const segmentRule = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const tables = [
    INVEST_SEGMENTS.sectors,
    INVEST_SEGMENTS.zones,
    INVEST_SEGMENTS.opportunities,
    INVEST_SEGMENTS.incentives,
    INVEST_SEGMENTS.glance,
    ...Object.values(FILTER_SEGMENTS),
    ...Object.values(FORM_SEGMENTS),
    ...Object.values(SCALE_SEGMENTS),
  ];
  it('are lower-case Latin words in every language', () => {
    for (const table of tables) for (const segment of Object.values(table)) expect(segment).toMatch(segmentRule);
  });
  it('name every investment form and are unique per language', () => {
    expect(Object.keys(FORM_SEGMENTS).sort()).toEqual([...INVESTMENT_FORMS].sort());
    for (const locale of ['vi', 'en', 'zh'] as const) {
      const forms = Object.values(FORM_SEGMENTS).map((s) => s[locale]);
      expect(new Set(forms).size).toBe(forms.length);
      const subpages = Object.values(INVEST_SEGMENTS).map((s) => s[locale]);
      expect(new Set(subpages).size).toBe(subpages.length);
    }
  });
});

describe('preview images', () => {
  it('mirror the page path', async () => {
    const { ogImagePath, hasOwnOgImage } = await import('./logic.ts');
    expect(ogImagePath('/en/invest/zones/chi-ma/')).toBe('/og/en/invest/zones/chi-ma.png');
    expect(ogImagePath('/dau-tu/')).toBe('/og/dau-tu.png');
    expect(hasOwnOgImage('section:invest')).toBe(true);
    expect(hasOwnOgImage('invest:opportunity:x')).toBe(true);
    expect(hasOwnOgImage('invest:opportunities:sector:x')).toBe(false);
    expect(hasOwnOgImage('press:kits')).toBe(false);
  });
});
