import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { checkEditorial, dataTexts, fieldAt, glossaryTerms, type EntryFiles } from './editorial.ts';
import { formatReport, type Problem } from '../lib/problems.ts';
import { NOW, tree } from '../../test/helpers/content.ts';

const C = 'src/content/';
const check = (root: string) => checkContent(root, { now: NOW });

/** The problems of a fixture tree that the editorial rules raise (their messages name them). */
function editorial(root: string): Problem[] {
  return check(root).filter((p) =>
    /^(The translation lacks|The figure differs|The glossary|English drops|"[^"]+" is written several ways|The footnote)/.test(
      p.en,
    ),
  );
}

const VI_THEN = 'culture/vi/hat-then.md';
const EN_THEN = 'culture/en/hat-then.md';

describe('portico check: figures across languages', () => {
  it('reports a figure a translation changed, with file, line, both values, in Vietnamese and English', () => {
    const root = tree({
      [VI_THEN]: (t) => `${t}\nKinh phí bảo tồn 6.361 tỷ đồng.\n`,
      [EN_THEN]: (t) => `${t}\nConservation funding of VND 636.1 billion.\n`,
    });
    const problems = editorial(root);
    expect(problems, formatReport(problems)).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file: `${C}${EN_THEN}`, field: '(body)', line: 10, found: '"VND 636.1 billion"' });
    expect(p!.vi).toContain('6.361 tỷ đồng');
    expect(p!.vi).toContain('6,361,000,000,000 VND');
    expect(p!.vi).toContain('636,100,000,000 VND');
    expect(p!.vi).toContain(`dòng 13 của ${C}${VI_THEN}`);
    expect(p!.en).toMatch(/^The figure differs from the source: the source has 6\.361 tỷ đồng \(line 13 of /);
    expect(p!.en).toContain('the translation VND 636.1 billion (line 10; value 636,100,000,000 VND)');
  });

  it('accepts the same value written the translation’s way', () => {
    const root = tree({
      [VI_THEN]: (t) => `${t}\nKinh phí bảo tồn 6.361 tỷ đồng, 1,5 ha.\n`,
      [EN_THEN]: (t) => `${t}\nConservation funding of VND 6,361 billion for 1.5 hectares.\n`,
    });
    expect(editorial(root)).toEqual([]);
  });

  it('reports a figure a translation lacks, in the field where the source has it', () => {
    const root = tree({
      [VI_THEN]: (t) => t.replace(/^description: .*$/m, 'description: Hát Then có 11 tỉnh cùng đề cử năm 2019.'),
    });
    const problems = editorial(root);
    expect(problems.map((p) => [p.file, p.field, p.line, p.found])).toEqual([
      [`${C}${EN_THEN}`, 'description', 3, undefined],
      [`${C}${EN_THEN}`, 'description', 3, undefined],
    ]);
    expect(problems[0]!.en).toBe(
      `The translation lacks the figure 11 (line 3 of the source ${C}${VI_THEN}; value 11). Keep the value; numbers, units and currency may be written differently.`,
    );
    expect(problems[0]!.vi).toMatch(/^Bản dịch thiếu số liệu 11 \(dòng 3 của bản gốc /);
    expect(problems[1]!.en).toContain('lacks the figure 2019');
  });

  it('does not compare a draft translation', () => {
    const root = tree({
      [VI_THEN]: (t) => `${t}\nKinh phí 6.361 tỷ đồng.\n`,
      [EN_THEN]: (t) => `${t.replace('kind: arts', 'kind: arts\ndraft: true')}\nFunding of VND 636.1 billion.\n`,
    });
    expect(editorial(root)).toEqual([]);
  });
});

describe('portico check: the glossary', () => {
  it('reports a Chinese translation that leaves a term in Vietnamese, with where the source uses it', () => {
    const root = tree({ 'pages/zh/gioi-thieu.md': (t) => t.replaceAll('谅山', 'Lạng Sơn') });
    const problems = editorial(root);
    expect(problems.map((p) => [p.file, p.field, p.line, p.found, p.example])).toEqual([
      [`${C}pages/zh/gioi-thieu.md`, 'title', 2, '"Lạng Sơn"', '谅山'],
    ]);
    expect(problems[0]!.vi).toMatch(
      /^Theo glossary.yaml \(lang-son\), "Lạng Sơn" viết là "谅山", không phải "Lạng Sơn" \(bản gốc dùng thuật ngữ ở src\/content\/pages\/vi\/gioi-thieu.md:\d+\)\.$/,
    );
  });

  it('does not take the Vietnamese name beside the Chinese one for a mistake (a gloss)', () => {
    const root = tree({ 'pages/zh/gioi-thieu.md': (t) => t.replace('谅山是越南', '谅山（Lạng Sơn）是越南') });
    expect(editorial(root)).toEqual([]);
  });

  it('reports a known wrong variant, and a term written two ways across the site', () => {
    const root = tree({
      'glossary.yaml': (t) => t.replace('  zh: 谅山\n', '  zh: 谅山\n  variants:\n    zh: [凉山]\n'),
      'pages/zh/gioi-thieu.md': (t) => t.replace('谅山是越南东北部的山区', '凉山是越南东北部的山区'),
    });
    const problems = editorial(root);
    // One problem for the place: the translation's mistake says more than the site-wide one.
    expect(problems.map((p) => [p.file, p.field, p.line, p.found])).toEqual([
      [`${C}pages/zh/gioi-thieu.md`, 'description', 3, '"凉山"'],
    ]);
    expect(problems[0]!.en).toContain('renders "Lạng Sơn" as "谅山", not "凉山"');
  });

  it('reports a term written two ways in one language even where no source names it', () => {
    const root = tree({
      'glossary.yaml': (t) => t.replace('  zh: 谅山\n', '  zh: 谅山\n  variants:\n    zh: [凉山]\n'),
      'media/huu-nghi-gate.yaml': (t) => t.replace('  zh: 友谊关口岸大门', '  zh: 凉山友谊关口岸大门'),
    });
    const problems = editorial(root);
    expect(problems.map((p) => [p.file, p.field, p.line, p.found])).toEqual([
      [`${C}media/huu-nghi-gate.yaml`, 'caption.zh', 6, '"凉山"'],
    ]);
    expect(problems[0]!.en).toBe(
      `"谅山" is written several ways: "谅山" ${C}pages/zh/gioi-thieu.md:2; "凉山" ${C}media/huu-nghi-gate.yaml:6. Use the glossary's one (lang-son).`,
    );
    expect(problems[0]!.vi).toMatch(/^"谅山" đang được viết theo nhiều cách: /);
  });

  it('reports Vietnamese diacritics in English, in prose and in data files, with the YAML field', () => {
    const root = tree({
      [EN_THEN]: (t) => t.replace('in Lang Son.', 'in Lạng Sơn.'),
      'media/huu-nghi-gate.yaml': (t) => t.replace(/^( {2}en: ).*$/m, '$1The gate at Lạng Sơn'),
    });
    const problems = editorial(root);
    expect(problems.map((p) => [p.file, p.field, p.found, p.example])).toEqual([
      [`${C}${EN_THEN}`, 'description', '"Lạng Sơn"', 'Lang Son'],
      [`${C}media/huu-nghi-gate.yaml`, 'caption.en', '"Lạng Sơn"', 'Lang Son'],
    ]);
  });

  it('keeps a quoted Vietnamese title as it is written', () => {
    const root = tree({ [EN_THEN]: (t) => `${t}\nSee the article “Hát Then ở Lạng Sơn” (in Vietnamese).\n` });
    expect(editorial(root)).toEqual([]);
  });

  it('raises no error for an unconfirmed term: a translator decides (portico status)', () => {
    const root = tree({
      'glossary.yaml': (t) => t.replace('  zh: 谅山\n', '  zh: 谅山\n  unconfirmed: true\n'),
      'pages/zh/gioi-thieu.md': (t) => t.replace('谅山是越南', 'Lạng Sơn是越南'),
    });
    expect(editorial(root)).toEqual([]);
  });
});

describe('portico check: footnotes', () => {
  it('reports a footnote marker without its note, and accepts one with it', () => {
    const root = tree({
      [VI_THEN]: (t) =>
        `${t}\nHát Then được UNESCO ghi danh năm 2019.[^unesco] Đàn tính[^2].\n\n[^unesco]: Quyết định 14.COM.\n`,
      [EN_THEN]: (t) => `${t}\nThen was inscribed by UNESCO in 2019.[^1]\n\n[^1]: Decision 14.COM.\n`,
    });
    const problems = editorial(root);
    expect(problems.map((p) => [p.file, p.line, p.found])).toEqual([[`${C}${VI_THEN}`, 13, '"[^2]"']]);
    expect(problems[0]!.example).toBe('[^2]: …');
  });
});

describe('reading for the editorial check', () => {
  it('takes the glossary’s terms, flags and variants', () => {
    expect(
      glossaryTerms({
        a: { vi: 'Mông', en: 'Mong', zh: '赫蒙族', unconfirmed: true, variants: { zh: ['苗族'] }, note: 'x' },
        broken: { vi: 'x' },
      }),
    ).toEqual([{ id: 'a', vi: 'Mông', en: 'Mong', zh: '赫蒙族', unconfirmed: true, variants: { zh: ['苗族'] } }]);
  });

  it('keeps each language’s strings of a data file on their lines, block scalars included', () => {
    const text =
      'gate:\n  name:\n    vi: "Cửa khẩu"\n    en: Border gate # a note\n    zh: >-\n      口岸\n      大门\n  kind: x';
    const [vi, en, zh] = dataTexts({ file: 'f.yaml', text });
    expect(vi!.text.split('\n')).toEqual(['', '', 'Cửa khẩu', '', '', '', '', '']);
    expect(en!.text.split('\n')[3]).toBe('Border gate');
    expect(zh!.text.split('\n').slice(4, 7)).toEqual(['', '口岸', '大门']);
    expect(fieldAt(text, 6, true)).toBe('gate.name.zh');
  });

  it('names the frontmatter field or the body of a line', () => {
    const text = '---\ntitle: A\nlocation:\n  commune: B\n---\n\nBody.';
    expect([2, 4, 7].map((line) => fieldAt(text, line))).toEqual(['title', 'location.commune', '(body)']);
  });
});

// ------------------------------------------------------------------------ generated cases

const viNumber = (n: number) => {
  const [int, dec] = String(n).split('.');
  return int!.replace(/\B(?=(\d{3})+$)/g, '.') + (dec ? `,${dec}` : '');
};
const enNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** A Vietnamese way of writing a figure, and the English ways of writing the same. */
const UNITS: readonly { vi: (n: string) => string; en: (n: string) => string }[] = [
  { vi: (n) => `${n} tỷ đồng`, en: (n) => `VND ${n} billion` },
  { vi: (n) => `${n} triệu USD`, en: (n) => `US$${n} million` },
  { vi: (n) => `${n} ha`, en: (n) => `${n} hectares` },
  { vi: (n) => `${n} km`, en: (n) => `${n} km` },
  { vi: (n) => `${n}%`, en: (n) => `${n} per cent` },
];

describe('a spelled-out number beside a wrong amount', () => {
  it('does not hide the wrong amount: found by fast-check (10 tỷ đồng written VND 1 billion after "Một dòng")', () => {
    const vi = '---\ntitle: T\n---\nMột dòng.\nGiá trị là 10 tỷ đồng.\n';
    const en = '---\ntitle: T\n---\n\nA line.\nThe value is VND 1 billion.\n';
    const { problems } = checkEditorial({
      entries: [
        {
          sourceLocale: 'vi',
          byLocale: {
            vi: { file: 'src/content/a/vi/x.md', locale: 'vi', text: vi },
            en: { file: 'src/content/a/en/x.md', locale: 'en', text: en },
          },
        },
      ],
      glossary: [],
    });
    expect(problems.map((p) => [p.line, p.found])).toEqual([[6, JSON.stringify('VND 1 billion')]]);
  });
});

describe('the editorial check on generated entries', () => {
  const entry = (vi: string, en: string): EntryFiles => ({
    sourceLocale: 'vi',
    byLocale: {
      vi: { file: 'src/content/a/vi/x.md', locale: 'vi', text: vi },
      en: { file: 'src/content/a/en/x.md', locale: 'en', text: en },
    },
  });
  const arb = fc.record({
    amount: fc.oneof(
      fc.integer({ min: 1, max: 999_999 }),
      fc.integer({ min: 1, max: 9_999 }).map((n) => n / 10),
    ),
    unit: fc.nat(UNITS.length - 1),
    before: fc.nat(6),
    wrong: fc.constantFrom(1, 10, 0.1, 1000),
  });

  it('reports a figure exactly when the translation changes its value, on the translation’s line', () => {
    fc.assert(
      fc.property(arb, ({ amount, unit, before, wrong }) => {
        const u = UNITS[unit]!;
        const front = '---\ntitle: T\n---\n';
        const vi = `${front}${'Một dòng.\n'.repeat(before)}Giá trị là ${u.vi(viNumber(amount))}.\n`;
        const written = Number((amount * wrong).toPrecision(12));
        const en = `${front}\n${'A line.\n'.repeat(before)}The value is ${u.en(enNumber(written))}.\n`;
        const { problems, toDecide } = checkEditorial({ entries: [entry(vi, en)], glossary: [] });
        expect(toDecide).toEqual([]);
        if (wrong === 1) {
          expect(problems).toEqual([]);
          return;
        }
        expect(problems).toHaveLength(1);
        const [p] = problems;
        expect(p).toMatchObject({ file: 'src/content/a/en/x.md', field: '(body)', line: 5 + before });
        expect(p!.vi).toContain(u.vi(viNumber(amount)));
        expect(p!.en).toContain(`(line ${4 + before} of src/content/a/vi/x.md`);
        expect(p!.found).toBe(JSON.stringify(u.en(enNumber(written))));
      }),
      { numRuns: 150 },
    );
  });
});
