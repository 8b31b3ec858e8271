/**
 * Sources are part of a fact (issue 17): every prose entry may list where its figures and legal
 * citations come from, and illustrative content carries no verification date.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkContent } from '../check/index.ts';
import { OpportunitySchema } from '../sections/invest/schema.ts';
import { COLLECTIONS, PROSE_COLLECTIONS, type CollectionName, type CollectionSpec } from './index.ts';
import { fieldSchema } from './schema-walk.ts';
import { NOW, tree } from '../../test/helpers/content.ts';

const helpers = { image: () => z.string() };
/** A collection's schema, built as the site's content config builds it. */
const schemaOf = (name: CollectionName) => (COLLECTIONS[name].schema as CollectionSpec['schema'])(helpers);
const GOOD = [
  { title: 'Decision 1/QĐ-UBND', url: 'https://example.gov.vn/qd-1', date: '2025-01-15', accessed: '2026-11-02' },
  { title: 'Statistical yearbook', date: 2024 },
  { title: 'Provincial report', date: '2023-07' },
];

describe('the sources field', () => {
  it('exists on every prose collection and keeps each date with its precision', () => {
    expect(PROSE_COLLECTIONS.length).toBeGreaterThan(5);
    for (const name of PROSE_COLLECTIONS) {
      const field = fieldSchema(schemaOf(name), ['sources']);
      expect(field, name).toBeDefined();
      const parsed = field!.parse(GOOD) as { date?: string }[];
      expect(parsed.map((s) => s.date)).toEqual(['2025-01-15', '2024', '2023-07']);
      expect(field!.parse(undefined), name).toEqual([]);
    }
  });

  it('refuses a source without a title, with an unknown key, a link that is not one, or a date that does not exist', () => {
    const field = fieldSchema(schemaOf('news'), ['sources'])!;
    const issues = (value: unknown) =>
      field.safeParse([value]).error?.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? i.message : i.code]);
    expect(issues({ url: 'https://example.org/' })).toEqual([['0.title', 'invalid_type']]);
    expect(issues({ title: 'Report', link: 'https://example.org/' })).toEqual([['0', 'unrecognized_keys']]);
    expect(issues({ title: 'Report', url: 'example.org/report' })).toEqual([['0.url', 'invalid_format']]);
    expect(issues({ title: 'Report', date: '2025-13' })).toEqual([['0.date', 'date.unreal']]);
    expect(issues({ title: 'Report', date: '15/01/2025' })).toEqual([['0.date', 'partialDate.invalid']]);
    expect(issues({ title: 'Report', accessed: '2025-02-30' })).toEqual([['0.accessed', 'date.invalid']]);
  });

  it('is checked by portico check, naming the file, the field and its line', () => {
    const problems = checkContent(
      tree({
        'sectors/vi/logistics.md': (old) =>
          old.replace('order: 1\n', 'order: 1\nsources:\n  - title: Báo cáo\n    url: example.org/bao-cao\n'),
      }),
      { now: NOW },
    );
    expect(problems.map((p) => [p.file, p.field, p.line])).toEqual([
      ['src/content/sectors/vi/logistics.md', 'sources.0.url', 7],
    ]);
  });
});

describe('the sources of a translation', () => {
  const withSources = (sources: string) => (old: string) =>
    old.replace('type: story\n', `type: story\nsources:\n${sources}`);
  const LAW = '  - title: Luật số 1/2025/QH15\n    date: "2025-06-14"\n';
  const REPORT = '  - title: Báo cáo\n    url: https://example.org/r\n    date: "2024"\n';
  const check = (vi: string, en: string) =>
    checkContent(tree({ 'news/vi/tet-2026.mdx': withSources(vi), 'news/en/tet-2026.mdx': withSources(en) }), {
      now: NOW,
    });

  it('are the source’s, titles translated', () => {
    expect(check(LAW + REPORT, LAW.replace('Luật số', 'Law No.') + REPORT.replace('Báo cáo', 'Report'))).toEqual([]);
  });

  it('are reported when one is missing, with both counts, and when a date or link changed, at its line', () => {
    const missing = check(LAW + REPORT, LAW);
    expect(missing.map((p) => [p.file, p.field, p.line])).toEqual([['src/content/news/en/tet-2026.mdx', 'sources', 5]]);
    expect(missing[0]!.en).toContain('lists 1 source(s), its source (src/content/news/vi/tet-2026.mdx) 2');
    const changed = check(LAW + REPORT, LAW + REPORT.replace('"2024"', '"2023"'));
    expect(changed.map((p) => [p.field, p.line, p.found])).toEqual([['sources.1.date', 10, '"2023"']]);
    expect(changed[0]!.vi).toContain('Nguồn thứ 2');
  });
});

describe('illustrative content', () => {
  const base = {
    title: 'A sample factory',
    description: 'An illustrative project for the sample site.',
    sector: 'a-sector',
    location: { commune: 'South of the province' },
    form: 'open',
    status: 'calling',
    contact: 'investment-promotion',
    source: 'Sample entry, illustrative',
  };
  const issues = (value: object) =>
    OpportunitySchema()
      .safeParse(value)
      .error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('carries no verification date: neither verifiedOn nor the day a source was read', () => {
    expect(issues({ ...base, illustrative: true, verifiedOn: '2026-11-22' })).toEqual([
      ['verifiedOn', 'illustrative.verifiedOn'],
    ]);
    expect(issues({ ...base, illustrative: true, sources: [GOOD[1], GOOD[0]] })).toEqual([
      ['sources.1.accessed', 'illustrative.accessed'],
    ]);
    expect(issues({ ...base, illustrative: true, sources: [GOOD[1]] })).toEqual([]);
  });

  it('may cite sources; real content may also say when they were checked', () => {
    expect(issues({ ...base, verifiedOn: '2026-11-22', sources: GOOD })).toEqual([]);
  });
});
