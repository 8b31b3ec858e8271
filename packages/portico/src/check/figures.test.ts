import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFigures,
  extractFigures,
  parseChineseNumeral,
  parseDigits,
  proseOf,
  type Figure,
  type Locale,
} from './figures.ts';

/** The figures written in digits, as kind:value[currency]. */
const digits = (text: string, locale: Locale) =>
  extractFigures(text, locale)
    .filter((f) => f.written === 'digits' && !f.ordinal)
    .map(
      (f) => `${f.kind}:${typeof f.value === 'number' ? Number(f.value.toPrecision(12)) : f.value}${f.currency ?? ''}`,
    );

const compare = (vi: string, text: string, locale: Locale) =>
  compareFigures({ text: vi, locale: 'vi' }, { text, locale });

describe('reading numbers in each language', () => {
  it('reads Vietnamese punctuation: dots group thousands, a comma is the decimal mark', () => {
    expect(parseDigits('6.361', 'vi')).toBe(6361);
    expect(parseDigits('1,5', 'vi')).toBe(1.5);
    expect(parseDigits('1.000.000', 'vi')).toBe(1_000_000);
    expect(parseDigits('8.310', 'vi')).toBe(8310);
    // Not Vietnamese grouping: a machine-written decimal.
    expect(parseDigits('21.63', 'vi')).toBe(21.63);
  });

  it('reads English and Chinese punctuation: commas group thousands, a dot is the decimal mark', () => {
    expect(parseDigits('6,361', 'en')).toBe(6361);
    expect(parseDigits('1.5', 'en')).toBe(1.5);
    expect(parseDigits('6361', 'zh')).toBe(6361);
    expect(parseDigits('78.2', 'zh')).toBe(78.2);
  });

  it('reads Chinese numerals', () => {
    expect(parseChineseNumeral('二十二')).toBe(22);
    expect(parseChineseNumeral('十七')).toBe(17);
    expect(parseChineseNumeral('三百')).toBe(300);
    expect(parseChineseNumeral('七十八万')).toBe(780_000);
    expect(parseChineseNumeral('二〇二五')).toBe(2025);
    expect(parseChineseNumeral('亿')).toBeUndefined();
  });

  it('applies Vietnamese scale words and units', () => {
    expect(digits('tổng vốn 6.361 tỷ đồng', 'vi')).toEqual(['money:6361000000000VND']);
    expect(digits('khoảng 1,5 nghìn tỷ đồng', 'vi')).toEqual(['money:1500000000000VND']);
    expect(digits('trên 15 triệu đồng tiền mặt', 'vi')).toEqual(['money:15000000VND']);
    expect(digits('5.000 USD', 'vi')).toEqual(['money:5000USD']);
    expect(digits('rộng 394 km², khoảng 152 ha', 'vi')).toEqual(['area:394000000', 'area:1520000']);
    expect(digits('dài 162 km, cao 1.541 m, khổ 1.000 mm', 'vi')).toEqual(['length:162000', 'length:1541', 'length:1']);
    expect(digits('thuế suất 10% trong 15 năm', 'vi')).toEqual(['percent:10', 'number:15']);
    expect(digits('782.000 người', 'vi')).toEqual(['number:782000']);
  });

  it('applies English scale words, currencies before the number and units', () => {
    expect(digits('VND 6,361 billion', 'en')).toEqual(['money:6361000000000VND']);
    expect(digits('US$50 million and USD 5,000', 'en')).toEqual(['money:50000000USD', 'money:5000USD']);
    expect(digits('VND 1.5 trillion', 'en')).toEqual(['money:1500000000000VND']);
    expect(digits('8,310 km² and 1,541 m', 'en')).toEqual(['area:8310000000', 'length:1541']);
    expect(digits('a 10% rate for 15 years', 'en')).toEqual(['percent:10', 'number:15']);
  });

  it('applies Chinese scale words (万, 亿, 万亿, 千, 百万) and units', () => {
    expect(digits('6361亿越南盾', 'zh')).toEqual(['money:636100000000VND']);
    expect(digits('63610亿越南盾', 'zh')).toEqual(['money:6361000000000VND']);
    expect(digits('6.361万亿越南盾', 'zh')).toEqual(['money:6361000000000VND']);
    expect(digits('1500万越南盾', 'zh')).toEqual(['money:15000000VND']);
    expect(digits('约78.2万人', 'zh')).toEqual(['number:782000']);
    expect(digits('5千美元和3百万美元', 'zh')).toEqual(['money:5000USD', 'money:3000000USD']);
    expect(digits('160多公里，1000余人', 'zh')).toEqual(['length:160000', 'number:1000']);
    expect(digits('394平方公里，152公顷，162公里，1541米', 'zh')).toEqual([
      'area:394000000',
      'area:1520000',
      'length:162000',
      'length:1541',
    ]);
  });

  it('reads years and dates as such, in each language', () => {
    expect(digits('ngày 10/5/2021, tháng 10/2008, năm 1940, ngày 27/5', 'vi')).toEqual([
      'date:2021-05-10',
      'date:2008-10',
      'year:1940',
      'date:--05-27',
    ]);
    expect(digits('ngày 27 tháng 9 năm 1940', 'vi')).toEqual(['date:1940-09-27']);
    expect(digits('10 May 2021, October 2008, in 1940, 27 May, June 12, 2025', 'en')).toEqual([
      'date:2021-05-10',
      'date:2008-10',
      'year:1940',
      'date:--05-27',
      'date:2025-06-12',
    ]);
    expect(digits('2021年5月10日，2008年10月，1940年，5月27日', 'zh')).toEqual([
      'date:2021-05-10',
      'date:2008-10',
      'year:1940',
      'date:--05-27',
    ]);
    expect(digits('2026-07-01', 'vi')).toEqual(['date:2026-07-01']);
  });

  it('reads document numbers, markers and route numbers as codes, not as dates or amounts', () => {
    expect(digits('Quyết định số 138/2008/QĐ-TTg', 'vi')).toEqual(['code:138/2008']);
    expect(digits('Decision 138/2008/QD-TTg', 'en')).toEqual(['code:138/2008']);
    expect(digits('第138/2008/QĐ-TTg号决定', 'zh')).toEqual(['code:138/2008']);
    expect(digits('mốc 1088/2–1089', 'vi')).toEqual(['code:1088/2', 'year:1089']);
    expect(digits('quốc lộ 4B', 'vi')).toEqual(['code:4B']);
    expect(digits('4B号国道', 'zh')).toEqual(['code:4B']);
    // Digits inside a name are not figures.
    expect(digits('Luật số 67/2025/QH15', 'vi')).toEqual(['code:67/2025']);
  });

  it('does not take ordinals or list numbering for figures', () => {
    expect(digits('kỳ họp thứ 14', 'vi')).toEqual([]);
    expect(digits('the 14th session', 'en')).toEqual([]);
    expect(digits('第14届会议', 'zh')).toEqual([]);
    expect(digits('1. Buổi sáng\n12. Buổi chiều\n- 3) mục', 'vi')).toEqual([]);
  });

  it('reads figures spelled out in words, whatever their case, and no other word', () => {
    const words = (text: string, locale: Locale) =>
      extractFigures(text, locale)
        .filter((f) => f.written === 'words')
        .map((f) => `${f.value}${f.ordinal ? 'th' : ''}`);
    expect(words('The Fifteenth festival, the third day, Twenty-One lanterns; Seventy HUNDRED', 'en')).toEqual([
      '15th',
      '3th',
      '21',
      '7000',
    ]);
    expect(words('Others, thirds, oneself and tenfold are words; so are Mayor and Marches', 'en')).toEqual([]);
    expect(words('Mười hai bản, HAI MƯƠI hộ và ba làng; bao, mười tám… chữ khác: hail, bai, thứa', 'vi')).toEqual([
      '12',
      '20',
      '3',
      '18',
    ]);
    expect(digits('Ngày 5 tháng 3 năm 2024, THÁNG 4/2025', 'vi')).toEqual(['date:2024-03-05', 'date:2025-04']);
    expect(words('二十二户，第三天', 'zh')).toEqual(['22', '3th']);
    expect(words('Twenty one, Mười hai', 'zh')).toEqual([]);
  });

  it('carries the unit written after a range to both ends', () => {
    expect(digits('dài khoảng 500–600 m', 'vi')).toEqual(['length:500', 'length:600']);
    expect(digits('từ 1.000 đến 1.500 tỷ đồng', 'vi')).toEqual(['money:1000000000000VND', 'money:1500000000000VND']);
  });

  it('skips what is not prose: link targets, addresses and frontmatter data', () => {
    expect(digits('[tin 2026](/tin-tuc/2025/le-hoi/) https://x.vn/2024', 'vi')).toEqual(['year:2026']);
    expect(digits('Năm 1940.[^2]\n\n[^2]: Sách 3 tập.', 'vi')).toEqual(['year:1940', 'number:3']);
    const file = '---\ntitle: "Năm 2025"\nlat: 21.857\ndate: 2026-07-01\nslug: "le-hoi-2026"\n---\n\nNăm 1940.';
    expect(proseOf(file).split('\n')).toHaveLength(file.split('\n').length);
    expect(digits(proseOf(file), 'vi')).toEqual(['year:2025', 'year:1940']);
  });

  it('skips YAML comments and inline maps of data in the frontmatter, but not inline lists of text', () => {
    // "14.389" reads 14389 in Vietnamese and 14.389 in English: coordinates are data, not prose.
    const file = [
      '---',
      '# Mục mẫu (tên từ 1/7/2025)',
      'kind: nature # ví dụ 1/7/2025',
      'coordinates: { lat: 14.389, lon: 106.2 }',
      'sectors: [du-lich, "nong-nghiep"]',
      'title: "Số #1 năm 2025" # ghi chú 1999',
      'tags: [Diện tích 394 km², Cửa khẩu]',
      '---',
    ].join('\n');
    expect(proseOf(file).split('\n')).toHaveLength(8);
    expect(digits(proseOf(file), 'vi')).toEqual(['number:1', 'year:2025', 'area:394000000']);
  });
});

describe('comparing a translation with its source', () => {
  it('accepts the same values in another formatting', () => {
    const vi = 'Tổng vốn 6.361 tỷ đồng; ngày 10/5/2021; rộng 394 km²; thuế suất 10%; 782.000 người; quốc lộ 4B.';
    expect(
      compare(vi, 'Total VND 6,361 billion; on 10 May 2021; 394 km²; a 10% rate; 782,000 people; Route 4B.', 'en'),
    ).toEqual([]);
    expect(compare(vi, '总额6.361万亿越南盾；2021年5月10日；394平方公里；10%；78.2万人；4B号国道。', 'zh')).toEqual([]);
  });

  it('reads a Vietnamese hour with its part of the day as the 12-hour clock does', () => {
    const vi = 'Mở cửa từ 8 giờ sáng đến 4 giờ chiều; đón khách đến 9 giờ tối.';
    expect(compare(vi, 'Open from 8 a.m. to 4 p.m.; visitors until 9 p.m.', 'en')).toEqual([]);
    expect(compare(vi, '上午8点至下午4点开放；晚上9点前接待游客。', 'zh')).toEqual([]);
    expect(compare(vi, 'Open from 8 a.m. to 4 a.m.; visitors until 9 p.m.', 'en')).toEqual([
      expect.objectContaining({ problem: 'different' }),
    ]);
  });

  it('reads "ngày 22 tháng 2" without a year as the day "22 February" and "2月22日" write', () => {
    const vi = 'Gửi góp ý trước ngày 22 tháng 2.';
    expect(compare(vi, 'Send comments before 22 February.', 'en')).toEqual([]);
    expect(compare(vi, '请在2月22日前提出意见。', 'zh')).toEqual([]);
    expect(compare(vi, 'Send comments before 23 February.', 'en')).toEqual([
      expect.objectContaining({ problem: 'different' }),
    ]);
    // A lunar day stays two numbers: English writes it "the 10th day of the 3rd lunar month".
    expect(compare('Lễ hội vào ngày 10 tháng 3 âm lịch.', 'The festival is on 10 March.', 'en')).not.toEqual([]);
  });

  it('reads a quarter written "Q4" in English as the 4 of "quý 4"', () => {
    expect(compare('Kim ngạch quý 4 năm 2022 tăng 33%.', 'Trade up 33% in Q4 2022.', 'en')).toEqual([]);
    expect(compare('Kim ngạch quý 4 năm 2022 tăng 33%.', 'Trade up 33% in Q3 2022.', 'en')).toEqual([
      expect.objectContaining({ problem: 'different', source: expect.objectContaining({ text: '4' }) }),
    ]);
    expect(compare('Kim ngạch quý 4 năm 2022.', 'Trade in 2022 (QA4 team).', 'en')).toEqual([
      expect.objectContaining({ problem: 'missing' }),
    ]);
  });

  it('accepts numbers spelled out in the translation', () => {
    expect(
      compare('một trong 8 khu; 4 năm; ngày 22 tháng Giêng', 'one of eight zones; four years; the 22nd day', 'en'),
    ).toEqual([]);
    expect(compare('ngày 22 và mùng 10; 3 – 4', '二十二日和初十；3月—4月', 'zh')).toEqual([]);
    expect(compare('| 12 – 2 |', '| December – February |', 'en')).toEqual([]);
  });

  it('reports a figure that is missing, and one that changed, with both values as written', () => {
    const [missing] = compare('Khu rộng 394 km².\n\nDự án 2021.', 'The zone.\n\nA project in 2021.', 'en');
    expect(missing).toMatchObject({ problem: 'missing', source: { text: '394 km²', line: 1 } });
    const [changed] = compare('Dài khoảng 162 km.', 'About 167 km long.', 'en');
    expect(changed).toMatchObject({
      problem: 'different',
      source: { text: '162 km', line: 1, value: 162_000 },
      translation: { text: '167 km', line: 1, value: 167_000 },
    });
  });

  it('reports a date whose day changed', () => {
    expect(compare('ngày 27/5/2024', '2024年5月28日', 'zh')).toMatchObject([
      { problem: 'different', source: { value: '2024-05-27' }, translation: { value: '2024-05-28' } },
    ]);
  });
});

// ---------------------------------------------------------------------- generated cases

type UnitCase = {
  vi: (n: string) => string;
  en: (n: string) => string;
  zh: (n: string) => string;
  kind: Figure['kind'];
};

/** Units and currencies as each language writes them after (or before) a number. */
const UNIT_CASES: Record<string, UnitCase> = {
  vnd: { vi: (n) => `${n} đồng`, en: (n) => `VND ${n}`, zh: (n) => `${n}越南盾`, kind: 'money' },
  usd: { vi: (n) => `${n} USD`, en: (n) => `US$${n}`, zh: (n) => `${n}美元`, kind: 'money' },
  km: { vi: (n) => `${n} km`, en: (n) => `${n} km`, zh: (n) => `${n}公里`, kind: 'length' },
  ha: { vi: (n) => `${n} ha`, en: (n) => `${n} ha`, zh: (n) => `${n}公顷`, kind: 'area' },
  km2: { vi: (n) => `${n} km²`, en: (n) => `${n} km²`, zh: (n) => `${n}平方公里`, kind: 'area' },
  percent: { vi: (n) => `${n}%`, en: (n) => `${n}%`, zh: (n) => `${n}%`, kind: 'percent' },
  none: { vi: (n) => `${n} người`, en: (n) => `${n} people`, zh: (n) => `${n}人`, kind: 'number' },
};
const UNIT_VALUE: Record<string, number> = { vnd: 1, usd: 1, km: 1000, ha: 1e4, km2: 1e6, percent: 1, none: 1 };

const group = (integer: string, sep: string) => integer.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** A decimal string without float noise. */
const plain = (n: number) => {
  const s = Number(n.toPrecision(12)).toString();
  if (!s.includes('e')) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 12 });
};
const split = (n: number) => {
  const [i, d] = plain(n).split('.');
  return { i: i!, d };
};

const VI_SCALES = [
  ['', 1],
  ['nghìn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['nghìn tỷ', 1e12],
] as const;
const EN_SCALES = [
  ['', 1],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
] as const;
const ZH_SCALES = [
  ['', 1],
  ['万', 1e4],
  ['亿', 1e8],
  ['万亿', 1e12],
] as const;

/** Writes `total` the way each language would, choosing a scale word it can use. */
function write(total: number, unit: string, locale: Locale, pick: number): string {
  const scales = locale === 'vi' ? VI_SCALES : locale === 'en' ? EN_SCALES : ZH_SCALES;
  const usable = unit === 'percent' ? scales.slice(0, 1) : scales.filter(([, f]) => f === 1 || total / f >= 1);
  const [word, factor] = usable[pick % usable.length]!;
  const { i, d } = split(total / factor);
  const number =
    locale === 'vi'
      ? `${group(i, '.')}${d ? `,${d}` : ''}`
      : locale === 'en'
        ? `${group(i, ',')}${d ? `.${d}` : ''}`
        : `${pick % 2 ? group(i, ',') : i}${d ? `.${d}` : ''}`;
  const withScale = word ? (locale === 'zh' ? `${number}${word}` : `${number} ${word}`) : number;
  return UNIT_CASES[unit]![locale](withScale);
}

const PREFIX: Record<Locale, string> = {
  vi: 'Theo báo chí, tổng số là',
  en: 'According to the press, the total is',
  zh: '据报道，总数为',
};

const amountArb = fc.oneof(
  fc.integer({ min: 1, max: 999_999 }),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n / 1000),
  fc.integer({ min: 1, max: 9_999 }).map((n) => n / 10),
);
const figureArb = fc.record({
  amount: amountArb,
  scale: fc.constantFrom(1, 1e3, 1e6, 1e9),
  unit: fc.constantFrom(...Object.keys(UNIT_CASES)),
  pick: fc.nat(7),
  pick2: fc.nat(7),
});
const totalOf = (f: { amount: number; scale: number; unit: string }) =>
  // A percentage has no scale; below one the reading is ambiguous in Vietnamese ("0,5"), so keep whole units.
  Number(
    ((f.unit === 'percent' ? Math.min(f.amount, 100) : f.amount) * (f.unit === 'percent' ? 1 : f.scale)).toPrecision(
      12,
    ),
  );

describe('generated figures', () => {
  it('a figure written in each language’s conventions reads back as the same value', () => {
    fc.assert(
      fc.property(figureArb, fc.constantFrom<Locale>('vi', 'en', 'zh'), (f, locale) => {
        const total = totalOf(f);
        const text = `${PREFIX[locale]} ${write(total, f.unit, locale, f.pick)}.`;
        const figures = extractFigures(text, locale).filter((x) => x.written === 'digits');
        expect(figures, text).toHaveLength(1);
        const [figure] = figures as [Figure];
        const expected = total * UNIT_VALUE[f.unit]!;
        expect(figure.kind === 'year' ? 'number' : figure.kind, text).toBe(UNIT_CASES[f.unit]!.kind);
        expect(Math.abs((figure.value as number) - expected) <= 1e-9 * expected, `${text}: ${figure.value}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a translation with the same value in another formatting is never reported', () => {
    fc.assert(
      fc.property(figureArb, fc.constantFrom<Locale>('en', 'zh'), (f, locale) => {
        const total = totalOf(f);
        const source = `${PREFIX.vi} ${write(total, f.unit, 'vi', f.pick)}.`;
        const translation = `${PREFIX[locale]} ${write(total, f.unit, locale, f.pick2)}.`;
        expect(compare(source, translation, locale), `${source} → ${translation}`).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a translation with a changed value is always reported', () => {
    const change = fc.constantFrom(10, 0.1, 2, 3, 1000, 1.5);
    fc.assert(
      fc.property(figureArb, change, fc.constantFrom<Locale>('en', 'zh'), (f, factor, locale) => {
        const total = totalOf(f);
        const changed = Number((total * factor).toPrecision(12));
        fc.pre(changed >= 1 && (f.unit !== 'percent' || changed <= 1000));
        const source = `${PREFIX.vi} ${write(total, f.unit, 'vi', f.pick)}.`;
        const translation = `${PREFIX[locale]} ${write(changed, f.unit, locale, f.pick2)}.`;
        const findings = compare(source, translation, locale);
        expect(findings, `${source} → ${translation}`).toHaveLength(1);
        expect(findings[0]!.problem).toBe('different');
      }),
      { numRuns: 500 },
    );
  });

  const dateArb = fc
    .record({
      y: fc.integer({ min: 1900, max: 2099 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({ y, m, d }));
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const writeDate = ({ y, m, d }: { y: number; m: number; d: number }, locale: Locale, pick: number) =>
    locale === 'vi'
      ? pick % 2
        ? `ngày ${d}/${m}/${y}`
        : `ngày ${d} tháng ${m} năm ${y}`
      : locale === 'en'
        ? pick % 2
          ? `${d} ${MONTHS[m - 1]} ${y}`
          : `${MONTHS[m - 1]} ${d}, ${y}`
        : `${y}年${m}月${d}日`;

  it('dates: the same date in another language’s form is kept; another day is reported', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.nat(3),
        fc.nat(3),
        fc.constantFrom<Locale>('en', 'zh'),
        fc.integer({ min: 1, max: 27 }),
        (date, p1, p2, locale, shift) => {
          const source = `Khai trương ${writeDate(date, 'vi', p1)}, sau nhiều tháng chuẩn bị.`;
          expect(compare(source, `Opened ${writeDate(date, locale, p2)}.`, locale)).toEqual([]);
          const other = { ...date, d: ((date.d - 1 + shift) % 28) + 1 };
          expect(compare(source, `Opened ${writeDate(other, locale, p2)}.`, locale)).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('list numbering and ordinals never produce a finding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 6 }), (numbers) => {
        const vi = numbers.map((n) => `${n}. Ghé điểm thứ ${n} trong ngày.`).join('\n');
        const en = numbers.map(() => `- Visit the next place of the day.`).join('\n');
        expect(compare(vi, en, 'en')).toEqual([]);
      }),
    );
  });
});
