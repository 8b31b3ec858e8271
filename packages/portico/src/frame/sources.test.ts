import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json' with { type: 'json' };
import vi from '../i18n/vi.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import { LOCALE_CODES } from '../i18n/locales.ts';
import { backReference, contentLocaleOf, footnoteWords, formatPartialDate, sourceNotes } from './sources.ts';

describe('sourceNotes: the Sources block of a page', () => {
  const sources = [
    { title: 'Decision 1/QĐ-UBND', url: 'https://example.gov.vn/qd-1', date: '2025-01-15', accessed: '2026-11-02' },
    { title: 'Statistical yearbook', date: '2024' },
    { title: 'Provincial report', date: '2023-07' },
  ];

  it('numbers the sources from 1, in the order the entry lists them, keeping title and link', () => {
    const notes = sourceNotes(sources, 'en');
    expect(notes.map((n) => [n.n, n.title, n.url])).toEqual([
      [1, 'Decision 1/QĐ-UBND', 'https://example.gov.vn/qd-1'],
      [2, 'Statistical yearbook', undefined],
      [3, 'Provincial report', undefined],
    ]);
    expect('url' in notes[1]!).toBe(false);
  });

  it('writes the issue date with its own precision and the day it was read, in the reader’s language', () => {
    const [first, year, month] = sourceNotes(sources, 'en');
    expect(first).toMatchObject({ published: '15 January 2025', accessed: '2 November 2026' });
    expect(year!.published).toBe('2024');
    expect(year!.accessed).toBeUndefined();
    expect(month!.published).toBe('July 2023');
    expect(sourceNotes(sources, 'vi')[0]!.published).toMatch(/15 tháng 1,? 2025/);
    expect(sourceNotes(sources, 'zh')[0]!.accessed).toBe('2026年11月2日');
    expect(formatPartialDate('2023-07', 'zh')).toBe('2023年7月');
  });

  it('gives nothing for an entry without sources', () => {
    expect(sourceNotes(undefined, 'vi')).toEqual([]);
    expect(sourceNotes([], 'en')).toEqual([]);
  });
});

describe('footnotes in the language of their file', () => {
  it('reads the language from the content path, and nothing outside the prose collections', () => {
    expect(contentLocaleOf('/site/src/content/zones/zh/a-zone.md', LOCALE_CODES)).toBe('zh');
    expect(contentLocaleOf('C:\\site\\src\\content\\news\\en\\a.mdx', LOCALE_CODES)).toBe('en');
    expect(contentLocaleOf('/site/src/content/news/fr/a.md', LOCALE_CODES)).toBeUndefined();
    expect(contentLocaleOf('/site/src/pages/about.md', LOCALE_CODES)).toBeUndefined();
    expect(contentLocaleOf('/site/src/content/media/a.yaml', LOCALE_CODES)).toBeUndefined();
  });

  it('finds the reference a way back leads to, the second use of a note included', () => {
    expect(backReference('Back to reference 1')).toBe('1');
    expect(backReference('Back to reference 12-2')).toBe('12-2');
    expect(backReference('Back to content')).toBeUndefined();
  });

  it('words the heading and the ways back from each language’s interface strings', () => {
    for (const [strings, label] of [
      [vi, 'Chú thích'],
      [en, 'Notes'],
      [zh, '注释'],
    ] as const) {
      const words = footnoteWords(strings);
      expect(words.label).toBe(label);
      expect(words.backLabel('2-3')).toContain('2-3');
      expect(words.backLabel('2-3')).not.toContain('{{');
    }
    expect(footnoteWords({ sources: { notes: 'Ghi chú', backToReference: 'Về {{reference}}' } }).backLabel('1')).toBe(
      'Về 1',
    );
  });
});
