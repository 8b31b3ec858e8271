import { describe, expect, it } from 'vitest';
import { citesSources, figuresToSource, sourcesDifferences, unsourcedEntries } from './sources.ts';

const file = (front: string, body: string) => `---\ntitle: T\n${front}---\n\n${body}\n`;

describe('figures that want a source', () => {
  it('are amounts, percentages, lengths, areas, money and document numbers, not dates, years, days or roads', () => {
    const text = file(
      '',
      'Năm 2025, ngày 1/7/2025, lúc 7:00, 2 ngày, quốc lộ 1B: 65 xã, 10%, 231 km, 8.310 km², 6.361 tỷ đồng, Nghị định 31/2021/NĐ-CP.',
    );
    expect(figuresToSource(text, 'vi').map((f) => f.text)).toEqual([
      '65',
      '10%',
      '231 km',
      '8.310 km²',
      '6.361 tỷ đồng',
      '31/2021/NĐ-CP',
    ]);
  });
});

describe('an entry cites its sources', () => {
  it('with the sources field, a source or legal basis field, or footnotes with their notes', () => {
    expect(citesSources(file('sources:\n  - title: Niên giám thống kê 2024\n', 'Dân số 782.000.'))).toBe(true);
    expect(citesSources(file('source: Quyết định 1/QĐ-UBND\n', 'Diện tích 30 ha.'))).toBe(true);
    expect(citesSources(file('legalBasis:\n  title: Nghị định\n', 'Giảm 50%.'))).toBe(true);
    expect(citesSources(file('', 'Dân số 782.000.[^1]\n\n[^1]: Niên giám thống kê 2024.'))).toBe(true);
    expect(citesSources(file('sources: []\n', 'Dân số 782.000.[^1]'))).toBe(false);
  });

  it('is listed when it states figures and cites nothing', () => {
    const entries = [
      { file: 'a/vi/x.md', locale: 'vi' as const, text: file('', 'Dân số 782.000 người.') },
      { file: 'a/en/x.md', locale: 'en' as const, text: file('', 'Population: 782,000.[^1]\n\n[^1]: Yearbook.') },
      { file: 'a/zh/x.md', locale: 'zh' as const, text: file('', '2025年的节日。') },
    ];
    expect(unsourcedEntries(entries).map((u) => [u.file, u.figures.map((f) => f.text)])).toEqual([
      ['a/vi/x.md', ['782.000']],
    ]);
  });
});

describe('a translation’s sources', () => {
  const a = { title: 'Luật số 1/2025/QH15', date: '2025-06-14' };
  const b = { title: 'Báo cáo', url: 'https://example.org/r', date: '2024' };

  it('are the source’s: as many, with the same dates and links, whatever their titles', () => {
    expect(
      sourcesDifferences(
        [a, b],
        [
          { ...a, title: 'Law No. 1/2025/QH15' },
          { ...b, title: 'Report' },
        ],
      ),
    ).toEqual([]);
    expect(sourcesDifferences(undefined, [])).toEqual([]);
  });

  it('report a missing or extra source by count, and a changed date or link by its place', () => {
    expect(sourcesDifferences([a, b], [a])).toEqual([{ kind: 'count', source: 2, translation: 1 }]);
    expect(sourcesDifferences([a], undefined)).toEqual([{ kind: 'count', source: 1, translation: 0 }]);
    expect(sourcesDifferences([a, b], [a, { ...b, date: '2023', url: undefined }])).toEqual([
      { kind: 'date', index: 1, source: '2024', translation: '2023' },
      { kind: 'url', index: 1, source: 'https://example.org/r', translation: '' },
    ]);
  });
});
