/**
 * The figures of a text and whether a translation keeps them: every number written in digits in
 * the source (with its scale word, unit or currency) must come back with the same value in the
 * translation, however the translation formats it ("6.361 tỷ đồng", "VND 6,361 billion",
 * "6.361万亿越南盾" are one value; "6361亿越南盾" is another).
 *
 * Pure: text in, findings out. Messages are the caller's; see FigureFinding.
 *
 * What counts as a figure of the source: a number written in digits that is not an ordinal
 * ("thứ 14", "14th", "第14") and not list numbering ("1. "). Numbers written in words ("eight",
 * "二十二", "mùng" days in Chinese numerals) are not checked in the source but do count as the
 * translation's rendering of a figure, because translations often spell small numbers out.
 */

export type Locale = 'vi' | 'en' | 'zh';

/**
 * number: a plain count or amount; percent; length (normalised to metres); area (square metres);
 * money (units of its currency); year (a calendar year); date ("2024-05-27", "2024-05" or
 * "--05-27" when written without its year); time (minutes after midnight); code (the digits of a
 * document or marker number: "138/2008" for 138/2008/QĐ-TTg, "1088/2", "4B").
 */
export type FigureKind = 'number' | 'percent' | 'length' | 'area' | 'money' | 'year' | 'date' | 'time' | 'code';

export interface Figure {
  kind: FigureKind;
  /** The normalised value: a number, or a string for dates and codes. */
  value: number | string;
  /** money: VND or USD. */
  currency?: 'VND' | 'USD';
  /** The number as written, before any scale word or unit (5 for "5 km"); numbers only. */
  amount?: number;
  /** As written in the text, e.g. "6.361 tỷ đồng". */
  text: string;
  /** Line in the text, from 1. */
  line: number;
  /** Digits, or words (English or Vietnamese number words, Chinese numerals, English month names). */
  written: 'digits' | 'words';
  /** "thứ 14", "14th", "第十四": an ordinal, never itself checked. */
  ordinal: boolean;
}

/**
 * missing: the translation has no figure of this value; different: it has none, and it has a
 * figure of the same kind that matches nothing in the source, probably the same figure changed.
 */
export interface FigureFinding {
  problem: 'missing' | 'different';
  /** The figure in the source. */
  source: Figure;
  /** For `different`: the translation's figure it was probably changed into. */
  translation?: Figure;
}

export interface LocalisedText {
  text: string;
  locale: Locale;
}

// ------------------------------------------------------------------------------- vocabulary

const SCALES: Record<Locale, readonly (readonly [string, number])[]> = {
  vi: [
    ['nghìn tỷ', 1e12],
    ['ngàn tỷ', 1e12],
    ['nghìn tỉ', 1e12],
    ['tỷ', 1e9],
    ['tỉ', 1e9],
    ['triệu', 1e6],
    ['nghìn', 1e3],
    ['ngàn', 1e3],
  ],
  en: [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
    ['thousand', 1e3],
  ],
  zh: [
    ['万亿', 1e12],
    ['千亿', 1e11],
    ['百亿', 1e10],
    ['十亿', 1e9],
    ['亿', 1e8],
    ['千万', 1e7],
    ['百万', 1e6],
    ['十万', 1e5],
    ['万', 1e4],
    ['千', 1e3],
  ],
};

type Unit = { kind: 'length' | 'area' | 'percent'; factor: number } | { kind: 'money'; currency: 'VND' | 'USD' };

const length = (factor: number): Unit => ({ kind: 'length', factor });
const area = (factor: number): Unit => ({ kind: 'area', factor });
const PERCENT: Unit = { kind: 'percent', factor: 1 };
const VND: Unit = { kind: 'money', currency: 'VND' };
const USD: Unit = { kind: 'money', currency: 'USD' };

/** Units after the number, longest first. A Latin unit must not run on into a word. */
const UNITS_AFTER: Record<Locale, readonly (readonly [string, Unit])[]> = {
  vi: [
    ['km²', area(1e6)],
    ['km2', area(1e6)],
    ['m²', area(1)],
    ['m2', area(1)],
    ['ki-lô-mét', length(1000)],
    ['km', length(1000)],
    ['mm', length(0.001)],
    ['cm', length(0.01)],
    ['m', length(1)],
    ['hecta', area(1e4)],
    ['ha', area(1e4)],
    ['%', PERCENT],
    ['phần trăm', PERCENT],
    ['đô la Mỹ', USD],
    ['USD', USD],
    ['VNĐ', VND],
    ['VND', VND],
    ['đồng', VND],
    ['đ', VND],
  ],
  en: [
    ['square kilometres', area(1e6)],
    ['square kilometers', area(1e6)],
    ['km²', area(1e6)],
    ['km2', area(1e6)],
    ['m²', area(1)],
    ['m2', area(1)],
    ['kilometres', length(1000)],
    ['kilometers', length(1000)],
    ['km', length(1000)],
    ['mm', length(0.001)],
    ['cm', length(0.01)],
    ['metres', length(1)],
    ['meters', length(1)],
    ['m', length(1)],
    ['hectares', area(1e4)],
    ['ha', area(1e4)],
    ['%', PERCENT],
    ['per cent', PERCENT],
    ['percent', PERCENT],
    ['US dollars', USD],
    ['dollars', USD],
    ['USD', USD],
    ['VND', VND],
    ['dong', VND],
  ],
  zh: [
    ['平方公里', area(1e6)],
    ['平方千米', area(1e6)],
    ['平方米', area(1)],
    ['km²', area(1e6)],
    ['公里', length(1000)],
    ['千米', length(1000)],
    ['毫米', length(0.001)],
    ['厘米', length(0.01)],
    ['km', length(1000)],
    ['米', length(1)],
    ['公顷', area(1e4)],
    ['ha', area(1e4)],
    ['%', PERCENT],
    ['％', PERCENT],
    ['越南盾', VND],
    ['越盾', VND],
    ['美元', USD],
    ['VND', VND],
    ['USD', USD],
  ],
};

/** Currencies written before the number ("VND 6,361 billion", "US$50 million"). */
const CURRENCY_BEFORE: readonly (readonly [RegExp, Unit])[] = [
  [/(?:US\$|USD)\s?$/, USD],
  [/(?<![A-Za-z])\$$/, USD],
  [/VND\s?$/, VND],
];

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const EN_TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const EN_CARDINALS: Record<string, number> = Object.fromEntries([
  ...EN_UNITS.map((w, i) => [w, i] as const),
  ...EN_TEENS.map((w, i) => [w, 13 + i] as const),
  ...EN_TENS.map((w, i) => [w, 20 + 10 * i] as const),
]);

/** The Vietnamese number words a spelled-out number starts with ("hai mươi", "ba"); mười is read apart. */
const VI_COUNT = ['một', 'hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín'];

/** Vietnamese number words (năm is left out: it is also "year"). */
const VI_DIGITS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, sáu: 6, bảy: 7, tám: 8, chín: 9 };

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a run of Chinese numerals: 二十二 → 22, 三百 → 300, 七十八万 → 780000, 二〇二五 → 2025. */
export function parseChineseNumeral(run: string): number | undefined {
  const chars = [...run];
  if (chars.every((c) => c === '万' || c === '亿')) return undefined;
  if (chars.every((c) => c in ZH_DIGITS)) {
    // Read digit by digit (years: 二〇二五).
    return chars.length === 1 ? ZH_DIGITS[chars[0]!] : Number(chars.map((c) => ZH_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in ZH_DIGITS) digit = ZH_DIGITS[c]!;
    else if (c in ZH_SMALL_UNITS) {
      section += (digit ?? 1) * ZH_SMALL_UNITS[c]!;
      digit = undefined;
    } else if (c === '万') {
      total += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = undefined;
    } else if (c === '亿') {
      total = (total + section + (digit ?? 0)) * 1e8;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

// --------------------------------------------------------------------------------- reading

/** A letter of an alphabet: word boundaries. Chinese characters are not word letters (no spaces between words). */
const LETTER = /(?![\p{Script=Han}])[\p{L}\p{M}]/u;
const HAN = /\p{Script=Han}/u;
const MARK = /\p{M}/u;
const asciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** What a UTF-16 unit is, for the reader: a letter (LETTER, a combining mark apart), a Chinese character, or other. */
const Kind = { Unknown: 0, Letter: 1, Mark: 2, Han: 3, Other: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
/** Each unit's Kind, found by the patterns once and then looked up: a text is read character by character. */
const KINDS = new Uint8Array(0x10000);
function kindOf(code: number): Kind {
  let kind = KINDS[code] as Kind;
  if (kind === Kind.Unknown) {
    const c = String.fromCharCode(code);
    kind = HAN.test(c) ? Kind.Han : !LETTER.test(c) ? Kind.Other : MARK.test(c) ? Kind.Mark : Kind.Letter;
    KINDS[code] = kind;
  }
  return kind;
}
const letterCode = (code: number) => {
  if (code < 0x80) return asciiLetter(code);
  const kind = kindOf(code);
  return kind === Kind.Letter || kind === Kind.Mark;
};
/** A letter: ASCII without a pattern (most characters of most texts), the rest by LETTER. */
const isLetter = (c: string | undefined) => c !== undefined && letterCode(c.charCodeAt(0));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The value of digits written in the locale's way, or undefined when they are not one number. */
export function parseDigits(raw: string, locale: Locale): number | undefined {
  if (locale === 'vi') {
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
    if (/^\d+(?:,\d+)?$/.test(raw)) return Number(raw.replace(',', '.'));
    // A machine-written decimal ("21.63"): not Vietnamese grouping, so a decimal point.
    if (/^\d+\.\d+$/.test(raw)) return Number(raw);
    return undefined;
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const realDate = (y: number | undefined, m: number, d: number | undefined) =>
  m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate()));
const dateValue = (y: number | undefined, m: number, d: number | undefined) =>
  y === undefined ? `--${pad(m)}-${pad(d!)}` : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;

/** Blank out what is not prose but contains digits: link targets, addresses, code, tags, footnote markers, list numbers. */
function maskLine(line: string): string {
  const blank = (s: string) => ' '.repeat(s.length);
  return (
    line
      .replace(/\]\(([^)]*)\)/g, (m) => `]${blank(m.slice(1))}`)
      .replace(/https?:\/\/\S+/g, blank)
      .replace(/`[^`]*`/g, blank)
      .replace(/<[^>]*>/g, blank)
      // Footnote markers and labels: "[^1]" numbers a note, it is no figure.
      .replace(/\[\^[^\]\s]+\]/g, blank)
      .replace(/^(\s*(?:[-*>]\s+)?)(\d+)([.)]\s)/, (_m, a: string, n: string, b: string) => a + blank(n) + b)
  );
}

interface Token extends Figure {
  start: number;
  end: number;
  /** No unit, scale or currency was written with it. */
  bare: boolean;
}

function startsWithAt(line: string, at: number, word: string, latinBoundary: boolean): boolean {
  if (!line.startsWith(word, at)) return false;
  if (latinBoundary && /[\p{L}]$/u.test(word) && isLetter(line[at + word.length])) return false;
  return true;
}

/** The scale word and unit after a number, as much as is written. */
function tail(line: string, from: number, locale: Locale) {
  // "160多公里", "1000余人": "more than" sits between the number and its unit in Chinese.
  const more = locale === 'zh' && /^[多余]/.test(line.slice(from));
  let at = more ? from + 1 : from;
  let scale = 1;
  const gap = /^[ \u00a0]?/.exec(line.slice(at))![0].length;
  for (const [word, factor] of SCALES[locale]) {
    if (startsWithAt(line, at + gap, word, locale !== 'zh')) {
      scale = factor;
      at += gap + word.length;
      break;
    }
  }
  let unit: Unit | undefined;
  const gap2 = /^[ \u00a0]?/.exec(line.slice(at))![0].length;
  for (const [word, u] of UNITS_AFTER[locale]) {
    const latin = /[A-Za-zđ]$/.test(word);
    if (!startsWithAt(line, at + gap2, word, latin)) continue;
    // "đồng bào" (compatriots) and "Đồng" names are not money.
    if (word === 'đồng' && /^ bào/.test(line.slice(at + gap2 + word.length))) continue;
    unit = u;
    at += gap2 + word.length;
    break;
  }
  return { scale, unit, end: at, more };
}

function makeNumber(
  amount: number,
  scale: number,
  unit: Unit | undefined,
  base: Omit<Token, 'kind' | 'value' | 'bare'>,
  raw: string,
  /** Written as a count ("1000余人"), so not a year. */
  count = false,
): Token {
  const bare = scale === 1 && unit === undefined;
  if (unit?.kind === 'money')
    return { ...base, kind: 'money', value: amount * scale, currency: unit.currency, amount, bare };
  if (unit) return { ...base, kind: unit.kind, value: amount * scale * unit.factor, amount, bare };
  const year = bare && /^\d{4}$/.test(raw) && amount >= 1000 && amount <= 2199 && !count;
  return { ...base, kind: year ? 'year' : 'number', value: amount * scale, amount, bare };
}

type Reader = (line: string, at: number, lineNo: number, locale: Locale) => Token | undefined;

const sticky = (source: string, flags = '') => new RegExp(source, `y${flags}`);

const RE = {
  iso: sticky(String.raw`(\d{4})-(\d{2})-(\d{2})(?!\d)`),
  time: sticky(String.raw`(\d{1,2}):(\d{2})(?![\d:])`),
  code: sticky(String.raw`(\d+(?:\/\d+)*)\/(?=[A-ZĐ])[A-ZĐa-zđ0-9-]*`),
  dmy: sticky(String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])`),
  my: sticky(String.raw`(\d{1,2})\/(\d{4})(?![\d/])`),
  dm: sticky(String.raw`(\d{1,2})\/(\d{1,2})(?![\d/])`),
  slashes: sticky(String.raw`\d+(?:\/\d+)+`),
  alnum: sticky(String.raw`(\d+)([A-Z])(?![A-Za-z\d])`),
  /** Digits with their group and decimal marks; parseDigits reads them in the locale's way. */
  digits: sticky(String.raw`\d+(?:[.,]\d+)*`),
  viDate: sticky(String.raw`ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})`, 'i'),
  viMonthYear: sticky(String.raw`tháng (\d{1,2})(?: năm |\/)(\d{4})(?![\d/])`, 'i'),
  /** "ngày 22 tháng 2" (no year): a solar day, as "22 February" and "2月22日"; not a lunar one ("… âm lịch"). */
  viDayMonth: sticky(String.raw`ngày (\d{1,2}) tháng (\d{1,2})(?![\d/])(?! năm)(?!\s*\(?âm lịch)`, 'i'),
  viOrdinal: sticky(String.raw`thứ (\d+)(?![\d.,])`),
  viTime: sticky(String.raw`(\d{1,2}) giờ(?: (\d{1,2}))?(?: (sáng|trưa|chiều|tối|đêm))?(?![\p{L}])`, 'u'),
  enDayMonth: sticky(String.raw`(\d{1,2})(?:st|nd|rd|th)? ${EN_MONTH}(?:,? (\d{4}))?(?![\p{L}\d])`, 'u'),
  enMonthDay: sticky(String.raw`${EN_MONTH} (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![\p{L}\d])`, 'u'),
  enMonthYear: sticky(String.raw`${EN_MONTH} (\d{4})(?![\p{L}\d])`, 'u'),
  enMonth: sticky(String.raw`${EN_MONTH}(?![\p{L}])`, 'u'),
  enOrdinal: sticky(String.raw`(\d+)(st|nd|rd|th)(?![\p{L}])`, 'u'),
  /** "Q4": a quarter, as English writes "quý 4" and "第4季度". */
  enQuarter: sticky(String.raw`Q([1-4])(?![\p{L}\p{N}])`, 'u'),
  enDecade: sticky(String.raw`(\d{3}0)s(?![\p{L}])`, 'u'),
  enTime: sticky(String.raw`(\d{1,2})(?:[.:](\d{2}))? ?(a\.m\.|p\.m\.|am|pm)(?![\p{L}])`, 'u'),
  enWords: sticky(
    String.raw`(?:(${[...EN_TENS].join('|')})-(${EN_UNITS.slice(1, 10).join('|')})(st|nd|rd|th)?|(${Object.keys(EN_ORDINALS).join('|')})|(${[...EN_TENS, ...EN_TEENS, ...EN_UNITS].join('|')})(?: (hundred|thousand))?)(?![\p{L}])`,
    'iu',
  ),
  zhDate: sticky(String.raw`(\d{4})年(\d{1,2})月(\d{1,2})[日号]`),
  zhMonthYear: sticky(String.raw`(\d{4})年(\d{1,2})月(?![\d])`),
  zhDayMonth: sticky(String.raw`(\d{1,2})月(\d{1,2})[日号]`),
  zhDecade: sticky(String.raw`(\d{2})世纪(\d)0年代`),
  zhTime: sticky(String.raw`(上午|下午|晚上|早上)?(\d{1,2})[时點点](?:(\d{1,2})分)?`),
  zhNumerals: sticky('(第|初)?([零〇一二两三四五六七八九十百千万亿]+)'),
  zhOrdinalDigits: sticky(String.raw`第(\d+)(?![\d/.,])`),
  viWords: sticky(
    String.raw`(?:(${VI_COUNT.join('|')}) (mươi|trăm)(?: (một|mốt|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?|mười(?: (một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|(${VI_COUNT.join('|')}))(?![\p{L}])`,
    'iu',
  ),
};

function exec(re: RegExp, line: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(line);
}

const base = (text: string, start: number, lineNo: number, written: 'digits' | 'words' = 'digits') => ({
  text,
  start,
  end: start + text.length,
  line: lineNo,
  written,
  ordinal: false,
});

/** A date as written at `start` (a year, month or day may be missing: see dateValue). */
const dateToken = (
  text: string,
  start: number,
  lineNo: number,
  year: number | undefined,
  month: number,
  day: number | undefined,
): Token => ({ ...base(text, start, lineNo), kind: 'date', value: dateValue(year, month, day), bare: false });

/** Whether a Vietnamese hour with its part of the day ("4 giờ chiều", "1 giờ trưa") is after noon. */
function afternoon(part: string | undefined, hour: number): boolean {
  if (part === 'chiều' || part === 'tối') return hour < 12;
  if (part === 'trưa') return hour <= 2;
  if (part === 'đêm') return hour >= 6 && hour < 12;
  return false;
}

/** Dates, times and codes: read before plain numbers, in every language. */
const readCommon: Reader = (line, at, lineNo) => {
  // Each of these starts with a digit: most calls are at the start of a word.
  if (!isDigit(line[at])) return undefined;
  let m = exec(RE.iso, line, at);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (realDate(y, mo, d)) return dateToken(m[0], at, lineNo, y, mo, d);
  }
  m = exec(RE.time, line, at);
  if (m && Number(m[1]) <= 24 && Number(m[2]) < 60)
    return { ...base(m[0], at, lineNo), kind: 'time', value: Number(m[1]) * 60 + Number(m[2]), bare: false };
  m = exec(RE.code, line, at);
  if (m) return { ...base(m[0], at, lineNo), kind: 'code', value: m[1]!, bare: false };
  m = exec(RE.dmy, line, at);
  if (m && realDate(Number(m[3]), Number(m[2]), Number(m[1])))
    return dateToken(m[0], at, lineNo, Number(m[3]), Number(m[2]), Number(m[1]));
  m = exec(RE.my, line, at);
  if (m && realDate(Number(m[2]), Number(m[1]), undefined))
    return dateToken(m[0], at, lineNo, Number(m[2]), Number(m[1]), undefined);
  m = exec(RE.dm, line, at);
  if (m && realDate(undefined, Number(m[2]), Number(m[1])))
    return dateToken(m[0], at, lineNo, undefined, Number(m[2]), Number(m[1]));
  m = exec(RE.slashes, line, at);
  if (m) return { ...base(m[0], at, lineNo), kind: 'code', value: m[0], bare: false };
  m = exec(RE.alnum, line, at);
  if (m && !isLetter(line[at - 1])) {
    // "1B", "4B" (route numbers) — but not a number followed by a unit such as "5 m".
    return { ...base(m[0], at, lineNo), kind: 'code', value: m[0], bare: false };
  }
  return undefined;
};

/** A number in digits with what follows it (scale, unit, currency), and any currency before it. */
const readNumber: Reader = (line, at, lineNo, locale) => {
  if (!isDigit(line[at])) return undefined;
  const m = exec(RE.digits, line, at);
  if (!m) return undefined;
  let raw = m[0];
  let amount = parseDigits(raw, locale);
  if (amount === undefined) {
    // "1,5" in English or "1.2.3": read the first group alone.
    raw = /^\d+/.exec(raw)![0];
    amount = Number(raw);
  }
  const after = tail(line, at + raw.length, locale);
  let unit = after.unit;
  let start = at;
  if (!unit) {
    const before = line.slice(Math.max(0, at - 5), at);
    for (const [re, u] of CURRENCY_BEFORE) {
      const b = re.exec(before);
      if (b) {
        unit = u;
        start = at - b[0].length;
        break;
      }
    }
  }
  const text = line.slice(start, after.end);
  return makeNumber(amount, after.scale, unit, { ...base(text, start, lineNo), end: after.end }, raw, after.more);
};

/** The first characters of the Chinese patterns that do not start with a digit (zhTime, 减半, zhOrdinalDigits, zhNumerals). */
const ZH_STARTS = new Set('上下晚早减第初零〇一二两三四五六七八九十百千万亿');

/**
 * The words, lower-cased, that a figure not starting with a digit can start with in each
 * language's text (its word patterns above: dates and ordinals, number and month words, "Q4").
 * Any other word is passed over without trying the patterns, which most words of a text are.
 * Chinese text has none: its figures start with a digit or one of ZH_STARTS.
 */
const FIRST_WORDS: Record<Locale, ReadonlySet<string>> = {
  vi: new Set(['ngày', 'tháng', 'thứ', 'mười', ...VI_COUNT]),
  en: new Set([...EN_MONTHS, ...EN_UNITS, ...EN_TEENS, ...EN_TENS, ...Object.keys(EN_ORDINALS), 'q']),
  zh: new Set(),
};

/**
 * Whether the word `word` (a run of letters) may start a figure: in FIRST_WORDS, as the patterns'
 * case-insensitive matching would read it (ſ is an s to them), or holding a combining mark,
 * which the patterns do not count as a letter.
 */
function mayStartWord(word: string, hasMark: boolean, locale: Locale): boolean {
  const words = FIRST_WORDS[locale];
  if (!words.size) return false;
  if (hasMark) return true;
  const key = word.toLowerCase();
  return words.has(key) || (key.includes('ſ') && words.has(key.replaceAll('ſ', 's')));
}

const READERS: Record<Locale, readonly Reader[]> = {
  vi: [
    (line, at, lineNo) => {
      if (isLetter(line[at - 1])) return undefined;
      let m = exec(RE.viDate, line, at);
      if (m && realDate(Number(m[3]), Number(m[2]), Number(m[1])))
        return dateToken(m[0], at, lineNo, Number(m[3]), Number(m[2]), Number(m[1]));
      m = exec(RE.viMonthYear, line, at);
      if (m && realDate(Number(m[2]), Number(m[1]), undefined))
        return dateToken(m[0], at, lineNo, Number(m[2]), Number(m[1]), undefined);
      m = exec(RE.viDayMonth, line, at);
      if (m && realDate(undefined, Number(m[2]), Number(m[1])))
        return dateToken(m[0], at, lineNo, undefined, Number(m[2]), Number(m[1]));
      m = exec(RE.viOrdinal, line, at);
      if (m)
        return {
          ...base(m[0], at, lineNo),
          kind: 'number',
          value: Number(m[1]),
          amount: Number(m[1]),
          ordinal: true,
          bare: true,
        };
      m = exec(RE.viWords, line, at);
      if (m) {
        const word = (w: string | undefined) =>
          w === undefined ? 0 : (({ ...VI_DIGITS, mốt: 1, lăm: 5 } as Record<string, number>)[w.toLowerCase()] ?? 0);
        let value: number;
        if (m[1]) value = word(m[1]) * (m[2]!.toLowerCase() === 'mươi' ? 10 : 100) + word(m[3]);
        else if (m[0].toLowerCase().startsWith('mười')) value = 10 + word(m[4]);
        else value = word(m[5]);
        return { ...base(m[0], at, lineNo, 'words'), kind: 'number', value, amount: value, bare: true };
      }
      return undefined;
    },
    readCommon,
    (line, at, lineNo) => {
      if (!isDigit(line[at])) return undefined;
      const m = exec(RE.viTime, line, at);
      if (!m || Number(m[1]) > 24) return undefined;
      // "4 giờ chiều" is 16:00, as "4 p.m." and "下午4点" are.
      const hour = Number(m[1]) + (afternoon(m[3], Number(m[1])) ? 12 : 0);
      return { ...base(m[0], at, lineNo), kind: 'time', value: hour * 60 + Number(m[2] ?? 0), bare: false };
    },
    readNumber,
  ],
  en: [
    (line, at, lineNo) => {
      if (isLetter(line[at - 1])) return undefined;
      let m = exec(RE.enDayMonth, line, at);
      if (m) {
        const [d, mo, y] = [Number(m[1]), EN_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, m[3] ? Number(m[3]) : undefined];
        if (realDate(y, mo, d)) return dateToken(m[0], at, lineNo, y, mo, d);
      }
      m = exec(RE.enMonthDay, line, at);
      if (m) {
        const [mo, d, y] = [EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]), Number(m[3])];
        if (realDate(y, mo, d)) return dateToken(m[0], at, lineNo, y, mo, d);
      }
      m = exec(RE.enMonthYear, line, at);
      if (m) return dateToken(m[0], at, lineNo, Number(m[2]), EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1, undefined);
      m = exec(RE.enMonth, line, at);
      if (m) {
        // A month named alone is how English writes a month number ("December – February").
        const value = EN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
        return { ...base(m[0], at, lineNo, 'words'), kind: 'number', value, amount: value, bare: true };
      }
      m = exec(RE.enTime, line, at);
      if (m && Number(m[1]) <= 12) {
        const pm = m[3]!.toLowerCase().startsWith('p') && Number(m[1]) < 12;
        const value = (Number(m[1]) + (pm ? 12 : 0)) * 60 + Number(m[2] ?? 0);
        return { ...base(m[0], at, lineNo), kind: 'time', value, bare: false };
      }
      m = exec(RE.enOrdinal, line, at);
      if (m)
        return {
          ...base(m[0], at, lineNo),
          kind: 'number',
          value: Number(m[1]),
          amount: Number(m[1]),
          ordinal: true,
          bare: true,
        };
      m = exec(RE.enQuarter, line, at);
      if (m)
        return { ...base(m[0], at, lineNo), kind: 'number', value: Number(m[1]), amount: Number(m[1]), bare: true };
      m = exec(RE.enDecade, line, at);
      if (m) return { ...base(m[0], at, lineNo), kind: 'year', value: Number(m[1]), amount: Number(m[1]), bare: true };
      m = exec(RE.enWords, line, at);
      if (m) {
        const lower = (s: string | undefined) => s?.toLowerCase();
        let value: number;
        let ordinal = false;
        if (m[1]) {
          value = EN_CARDINALS[lower(m[1])!]! + EN_CARDINALS[lower(m[2])!]!;
          ordinal = Boolean(m[3]);
        } else if (m[4]) {
          value = EN_ORDINALS[lower(m[4])!]!;
          ordinal = true;
        } else value = EN_CARDINALS[lower(m[5])!]! * (m[6] ? (lower(m[6]) === 'hundred' ? 100 : 1000) : 1);
        return { ...base(m[0], at, lineNo, 'words'), kind: 'number', value, amount: value, ordinal, bare: true };
      }
      return undefined;
    },
    readCommon,
    readNumber,
  ],
  zh: [
    (line, at, lineNo) => {
      // Every character of Chinese text may start a figure: skip at once those that start none of
      // the patterns below (a digit, a part of the day, 减半, 第/初 or a numeral).
      if (!isDigit(line[at]) && !ZH_STARTS.has(line[at]!)) return undefined;
      let m = exec(RE.zhDate, line, at);
      if (m && realDate(Number(m[1]), Number(m[2]), Number(m[3])))
        return dateToken(m[0], at, lineNo, Number(m[1]), Number(m[2]), Number(m[3]));
      m = exec(RE.zhMonthYear, line, at);
      if (m && realDate(Number(m[1]), Number(m[2]), undefined))
        return dateToken(m[0], at, lineNo, Number(m[1]), Number(m[2]), undefined);
      m = exec(RE.zhDayMonth, line, at);
      if (m && realDate(undefined, Number(m[1]), Number(m[2])))
        return dateToken(m[0], at, lineNo, undefined, Number(m[1]), Number(m[2]));
      m = exec(RE.zhDecade, line, at);
      if (m) {
        const year = (Number(m[1]) - 1) * 100 + Number(m[2]) * 10;
        return { ...base(m[0], at, lineNo), kind: 'year', value: year, amount: year, bare: true };
      }
      m = exec(RE.zhTime, line, at);
      if (m && Number(m[2]) <= 24 && !isDigit(line[at - 1])) {
        const pm = (m[1] === '下午' || m[1] === '晚上') && Number(m[2]) < 12;
        const value = (Number(m[2]) + (pm ? 12 : 0)) * 60 + Number(m[3] ?? 0);
        return { ...base(m[0], at, lineNo), kind: 'time', value, bare: false };
      }
      if (line.startsWith('减半', at))
        // "halved": how Chinese writes a 50% reduction.
        return { ...base('减半', at, lineNo, 'words'), kind: 'percent', value: 50, amount: 50, bare: false };
      m = exec(RE.zhOrdinalDigits, line, at);
      if (m)
        return {
          ...base(m[0], at, lineNo),
          kind: 'number',
          value: Number(m[1]),
          amount: Number(m[1]),
          ordinal: true,
          bare: true,
        };
      m = exec(RE.zhNumerals, line, at);
      if (m) {
        const value = parseChineseNumeral(m[2]!);
        if (value === undefined) return undefined;
        return {
          ...base(m[0], at, lineNo, 'words'),
          kind: 'number',
          value,
          amount: value,
          ordinal: m[1] === '第',
          bare: true,
        };
      }
      return undefined;
    },
    readCommon,
    (line, at, lineNo, locale) => {
      const token = readNumber(line, at, lineNo, locale);
      // "2025年" is a year; "15年" a number of years.
      if (token?.kind === 'number' && token.bare && line[token.end] === '年' && Number.isInteger(token.value)) {
        const v = token.value as number;
        if (v >= 1000 && v <= 2199) return { ...token, kind: 'year' };
      }
      return token;
    },
  ],
};

const RANGE = /^\s*(?:[–—\-~]|to|đến|tới|至|到)\s*$/u;

/** The figures of a text, line by line, in the order written. */
export function extractFigures(text: string, locale: Locale): Figure[] {
  const figures: Figure[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const line = maskLine(rawLine.normalize('NFC'));
    const tokens: Token[] = [];
    let at = 0;
    while (at < line.length) {
      const c = line[at]!;
      const code = c.charCodeAt(0);
      const digit = code >= 48 && code <= 57;
      const kind: Kind = code < 0x80 ? (asciiLetter(code) ? Kind.Letter : Kind.Other) : kindOf(code);
      const wordStart = (kind === Kind.Letter || kind === Kind.Mark) && !isLetter(line[at - 1]);
      // Where the word starting here ends: no figure starts inside a word.
      let end = at + 1;
      let hasMark = kind === Kind.Mark;
      if (wordStart)
        for (let next = line.charCodeAt(end); end < line.length && letterCode(next); next = line.charCodeAt(++end))
          if (next >= 0x80 && kindOf(next) === Kind.Mark) hasMark = true;
      // A digit inside a word ("QH15", "H5N1") is part of a name, not a figure.
      const read = digit
        ? !isLetter(line[at - 1]) && !isDigit(line[at - 1])
        : kind === Kind.Han
          ? locale === 'zh' && ZH_STARTS.has(c)
          : wordStart && mayStartWord(line.slice(at, end), hasMark, locale);
      let token: Token | undefined;
      if (read) {
        for (const reader of READERS[locale]) {
          token = reader(line, at, index + 1, locale);
          if (token) break;
        }
      }
      if (token && token.end > at) {
        tokens.push(token);
        at = token.end;
      } else at = end;
    }
    // "500–600 m", "1.000–1.500 tỷ đồng": the unit written after the range belongs to both ends.
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i]!, tokens[i + 1]!];
      if (
        a.bare &&
        a.written === 'digits' &&
        !b.bare &&
        b.amount !== undefined &&
        RANGE.test(line.slice(a.end, b.start))
      ) {
        const ratio = (b.value as number) / b.amount;
        tokens[i] = { ...a, kind: b.kind, value: a.amount! * ratio, currency: b.currency, bare: false } as Token;
        if (b.currency === undefined) delete tokens[i]!.currency;
      }
    }
    for (const { start: _s, end: _e, bare: _b, ...figure } of tokens) figures.push(figure);
  });
  return figures;
}

// ------------------------------------------------------------------------------- comparing

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Whether a translation's figure renders the source's. */
export function sameFigure(s: Figure, t: Figure): boolean {
  if (s.kind === 'date' || s.kind === 'code') {
    if (t.kind !== s.kind) return false;
    if (s.kind === 'code') return String(s.value).toUpperCase() === String(t.value).toUpperCase();
    const [sv, tv] = [String(s.value), String(t.value)];
    // "27/5" (no year) is kept by "27 May 2024".
    return sv === tv || (sv.startsWith('--') && tv.endsWith(sv.slice(1)));
  }
  if (typeof t.value !== 'number') {
    // A year is kept by a date in that year.
    return s.kind === 'year' && t.kind === 'date' && String(t.value).startsWith(`${s.value}-`);
  }
  const sv = s.value as number;
  if (s.kind === 'number' || s.kind === 'year') {
    // A bare number may gain a unit or a counter word in translation; a year may be written as a number.
    if (t.kind === 'number' || t.kind === 'year') return close(sv, t.value);
    return close(sv, t.amount ?? Number.NaN) || close(sv, t.value);
  }
  if (t.kind !== s.kind) return false;
  if (s.kind === 'money' && s.currency !== t.currency) return false;
  return close(sv, t.value);
}

/** A bare four-digit number may be a year or a count ("1050 người"): the two pair up. */
const plainKind = (kind: FigureKind) => (kind === 'year' ? 'number' : kind);

/** The figures the source is checked for: written in digits, not ordinals. */
const checked = (f: Figure) => f.written === 'digits' && !f.ordinal;

const keyOf = (f: Figure) =>
  `${f.kind}|${f.currency ?? ''}|${typeof f.value === 'number' ? f.value.toPrecision(12) : f.value}`;

const extracted = new Map<string, readonly Figure[]>();
/** extractFigures, remembered: a source is compared with each of its translations. */
function figuresOf({ text, locale }: LocalisedText): readonly Figure[] {
  const key = `${locale}\n${text}`;
  let figures = extracted.get(key);
  if (!figures) {
    if (extracted.size > 2_000) extracted.clear();
    extracted.set(key, (figures = extractFigures(text, locale)));
  }
  return figures;
}

/**
 * Each figure of the source that the translation does not keep, once per value (at its first
 * line). A missing figure is reported as `different` when the translation has an unmatched figure
 * of the same kind (and currency) written in digits: the nearest by line.
 */
export function compareFigures(source: LocalisedText, translation: LocalisedText): FigureFinding[] {
  const sourceFigures = figuresOf(source);
  const translationFigures = figuresOf(translation);
  const sourceChecked = sourceFigures.filter(checked);
  // A number the source spells out ("Một dòng") keeps only a plain number of the translation: it
  // does not take "VND 1 billion" away from the "10 tỷ đồng" it may be a wrong translation of.
  const keeps = (s: Figure, t: Figure) =>
    sameFigure(s, t) && (s.written === 'digits' || plainKind(t.kind) === 'number');
  const unmatched = translationFigures.filter(
    (t) => t.written === 'digits' && !t.ordinal && !sourceFigures.some((s) => keeps(s, t)),
  );
  const findings: FigureFinding[] = [];
  const seen = new Set<string>();
  for (const s of sourceChecked) {
    const key = keyOf(s);
    if (seen.has(key)) continue;
    seen.add(key);
    if (translationFigures.some((t) => sameFigure(s, t))) continue;
    const candidates = unmatched.filter((t) => plainKind(t.kind) === plainKind(s.kind) && t.currency === s.currency);
    const nearest = candidates.sort((a, b) => Math.abs(a.line - s.line) - Math.abs(b.line - s.line))[0];
    findings.push(
      nearest ? { problem: 'different', source: s, translation: nearest } : { problem: 'missing', source: s },
    );
  }
  return findings;
}

const DATA_WORD = /^[\w.:+\-/]*$/;
/** An inline YAML list or map of data words: `{ lat: 14.38, lon: 106.2 }`, `[a-b, c-d]`. */
const dataCollection = (value: string) =>
  /^[[{].*[\]}]$/.test(value) &&
  value
    .slice(1, -1)
    .split(/[,:]/)
    .every((part) => DATA_WORD.test(part.trim().replace(/^(["'])(.*)\1$/, '$2')));

/** A YAML value without its trailing comment: `nature # a note` → `nature`; quoted text keeps its #. */
function withoutComment(value: string): string {
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const close = value.indexOf(quote, 1);
    return close > 0 ? value.slice(0, close + 1) : value;
  }
  const hash = value.search(/(^|\s)#/);
  return (hash < 0 ? value : value.slice(0, hash)).trimEnd();
}

/**
 * The prose of a Markdown file with frontmatter, line for line: frontmatter values that are not
 * text (numbers, dates, names of other entries, coordinates: one word of ASCII letters, digits and
 * punctuation, or an inline list or map of them such as `{ lat: 14.38, lon: 106.2 }`) and YAML
 * comments are blanked so that only words written for readers are compared. Lines keep their
 * numbers.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/;

export function proseOf(fileText: string): string {
  const lines = fileText.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return fileText;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return fileText;
  return lines
    .map((line, i) => {
      if (i === 0 || i >= end) return line;
      if (/^\s*#/.test(line)) return '';
      const m = /^(\s*(?:-\s+)?(?:[\w-]+:\s*)?)(.*)$/.exec(line)!;
      const value = withoutComment(m[2]!);
      const unquoted = value.replace(/^(["'])(.*)\1$/, '$2').trim();
      // Data (numbers, dates, names of entries, slugs, inline lists and maps of them) is ASCII
      // without spaces between words; text is anything else.
      // A moment (publishAt: "2026-12-01 09:00") is data too, though it has a space.
      if (DATA_WORD.test(unquoted) || dataCollection(unquoted) || DATE_TIME.test(unquoted)) return '';
      return m[1]! + value;
    })
    .join('\n');
}
