// The sample site's content before its editorial correction (kept in tests/fixtures/editorial):
// the engine's figure and glossary checks must report its real mistakes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFigures, proseOf } from '../../packages/portico/src/check/figures.ts';
import { checkGlossary, type GlossaryTerm, type SiteText } from '../../packages/portico/src/check/glossary-drift.ts';

type Locale = 'vi' | 'en' | 'zh';
const FIXTURES = join(import.meta.dirname, '../fixtures/editorial');
const text = (file: string, locale: Locale, body: string): SiteText => ({ file, locale, text: body });

describe('the original Huu Lung zone page, before its correction', () => {
  it('catches the real error kept as a fixture: 6.361 tỷ đồng rendered as 6361亿越南盾 (ten times too small)', () => {
    const dir = join(FIXTURES, 'zones');
    const [name] = readdirSync(join(dir, 'vi'));
    const read = (l: Locale) => proseOf(readFileSync(join(dir, l, name!), 'utf8'));
    const findings = compareFigures({ text: read('vi'), locale: 'vi' }, { text: read('zh'), locale: 'zh' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      problem: 'different',
      source: { text: '6.361 tỷ đồng', line: 17, value: 6_361_000_000_000, currency: 'VND' },
      translation: { text: '6361亿越南盾', line: 18, value: 636_100_000_000, currency: 'VND' },
    });
    // The English translation of the same file is right.
    expect(compareFigures({ text: read('vi'), locale: 'vi' }, { text: read('en'), locale: 'en' })).toEqual([]);
  });
});

describe('the original press kit of the sample site, before its correction', () => {
  it('is reported: 苗族 for Mông, 乡 for xã, Vietnamese diacritics in English', () => {
    const fixtures = FIXTURES;
    const terms = (JSON.parse(readFileSync(join(fixtures, 'glossary.json'), 'utf8')) as { terms: GlossaryTerm[] })
      .terms;
    const [name] = readdirSync(join(fixtures, 'press-kits', 'vi'));
    const read = (l: Locale) =>
      text(`press-kits/${l}/${name}`, l, readFileSync(join(fixtures, 'press-kits', l, name!), 'utf8'));
    const [vi, en, zh] = [read('vi'), read('en'), read('zh')];
    const { errors } = checkGlossary(
      terms,
      [vi, en, zh],
      [
        { source: vi, translation: en },
        { source: vi, translation: zh },
      ],
    );
    expect(errors.map((f) => `${f.kind} ${f.term} ${f.locale} ${f.found}`)).toEqual(
      expect.arrayContaining([
        'translation mong zh 苗族',
        'translation xa zh 个乡',
        'translation xa zh 省、乡',
        'diacritics mong en Mông',
        `diacritics province-name en ${terms.find((t) => t.id === 'province-name')!.vi}`,
      ]),
    );
  });
});
