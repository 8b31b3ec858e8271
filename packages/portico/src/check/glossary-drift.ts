/**
 * The glossary, enforced both ways. Given the glossary's terms (an official name with its
 * Vietnamese, English and Chinese renderings) and the site's texts, it reports:
 *
 * - `translation`: a translation whose source uses a term, written another way than the
 *   glossary's: with a known wrong variant (苗族 for Mông), or left untranslated (a Chinese text
 *   that writes "Ban Xeo" or "Bản Xèo" and never 班绍);
 * - `site`: a term written two different ways across the site in one language (Pò Lèng here,
 *   Phố Lăng there);
 * - `diacritics`: English text that keeps the Vietnamese diacritics of a name whose English
 *   rendering drops them ("Vân Khê" where the glossary says "Van Khe").
 *
 * A term marked `unconfirmed` produces no errors: its findings, and every use of it, are listed
 * for a translator to decide.
 *
 * Pure: texts in, findings out. Messages are the caller's.
 */

export type Locale = 'vi' | 'en' | 'zh';
const LOCALES: readonly Locale[] = ['vi', 'en', 'zh'];

export interface GlossaryTerm {
  /** The term's id in the glossary, e.g. `mong`. */
  id: string;
  vi: string;
  en: string;
  zh: string;
  /** The renderings are not confirmed: findings are listed to decide, not as errors. */
  unconfirmed?: boolean;
  /** Known wrong renderings, per language (e.g. zh: ['苗族'] for Mông). */
  variants?: Partial<Record<Locale, readonly string[]>>;
}

/** One text of the site: a file's prose, or the strings of one language in a data file. */
export interface SiteText {
  file: string;
  locale: Locale;
  text: string;
}

/** A source text and one of its translations. */
export interface TranslationPair {
  source: SiteText;
  translation: SiteText;
}

export interface DriftPlace {
  file: string;
  /** From 1. */
  line: number;
  /** What is written there. */
  found: string;
}

export type DriftKind = 'translation' | 'site' | 'diacritics' | 'use';

export interface DriftFinding {
  kind: DriftKind;
  /** The glossary term's id. */
  term: string;
  /** The language of the text at fault. */
  locale: Locale;
  /** The glossary's rendering in that language. */
  expected: string;
  /** What the text writes instead (for `use`: the rendering found). */
  found: string;
  file: string;
  line: number;
  /** translation: where the source uses the term. */
  source?: DriftPlace;
  /** site: every place of every rendering of the term in this language. */
  places?: DriftPlace[];
  /** The term is unconfirmed: a translator decides. */
  unconfirmed: boolean;
}

export interface GlossaryReport {
  /** Findings for confirmed terms. */
  errors: DriftFinding[];
  /** Findings and every use (`use`) of unconfirmed terms, for a translator to decide. */
  toDecide: DriftFinding[];
}

// --------------------------------------------------------------------------------- matching

/** Vietnamese without diacritics, the way English writes it: Vân Khê → Van Khe, Đồi Mây → Doi May. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A letter of a word-spaced script: Chinese characters do not separate words. */
const WORD = String.raw`(?:(?![\p{Script=Han}])[\p{L}\p{M}\d])`;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const normalised = new Map<string, string>();
/** The last long text normalised, and its NFC: a text is searched for one form after another. */
let lastText = '';
let lastNormal = '';
/** NFC, remembered: the same texts are searched for every term. */
const nfc = (text: string): string => {
  if (text === lastText || text === lastNormal) return lastNormal;
  let value = normalised.get(text);
  if (value === undefined) {
    if (normalised.size > 10_000) normalised.clear();
    normalised.set(text, (value = text.normalize('NFC')));
    normalised.set(value, value);
  }
  if (text.length > 200) [lastText, lastNormal] = [text, value];
  return value;
};

const lowered = new Map<string, string>();
const lower = (text: string): string => {
  let value = lowered.get(text);
  if (value === undefined) {
    if (lowered.size > 10_000) lowered.clear();
    lowered.set(text, (value = text.toLowerCase()));
  }
  return value;
};

const WORD_CHAR = new RegExp(`^${WORD}$`, 'u');

/** Whether each UTF-16 unit is a word letter by itself (WORD_CHAR): 0 not yet known, 1 yes, 2 no. */
const WORD_UNITS = new Uint8Array(0x10000);
/** Whether the code point at `at` is a word letter, and how many units it takes. */
function wordUnit(text: string, at: number): { word: boolean; size: number } {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const point = text.codePointAt(at)!;
    if (point > 0xffff) return { word: WORD_CHAR.test(String.fromCodePoint(point)), size: 2 };
  }
  let known = WORD_UNITS[unit]!;
  if (!known) WORD_UNITS[unit] = known = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
  return { word: known === 1, size: 1 };
}

/**
 * The words of a text (its runs of word letters), hashed into a bit set of WORD_BITS bits: a
 * needle whose first word is not among them does not occur as a whole word. Most terms are in
 * few texts, so most searches end here instead of going through the text.
 */
const WORD_BITS = 4096;
const hashStep = (hash: number, unit: number) => Math.imul(hash ^ unit, 16777619);
const HASH_START = 2166136261;
const wordSets = new Map<string, Uint32Array>();
function wordSet(text: string): Uint32Array {
  let bits = wordSets.get(text);
  if (bits) return bits;
  if (wordSets.size > 10_000) wordSets.clear();
  bits = new Uint32Array(WORD_BITS / 32);
  let hash = HASH_START;
  let inWord = false;
  const add = () => {
    const bit = (hash >>> 0) % WORD_BITS;
    bits![bit >>> 5]! |= 1 << (bit & 31);
  };
  for (let at = 0; at < text.length;) {
    const { word, size } = wordUnit(text, at);
    if (word) {
      if (!inWord) hash = HASH_START;
      for (let i = 0; i < size; i++) hash = hashStep(hash, text.charCodeAt(at + i));
      inWord = true;
    } else if (inWord) {
      add();
      inWord = false;
    }
    at += size;
  }
  if (inWord) add();
  wordSets.set(text, bits);
  return bits;
}

/** Whether the first word of `needle` (if it starts with one) may be among the words of `text`. */
function mayHaveFirstWord(text: string, needle: string): boolean {
  let hash = HASH_START;
  let at = 0;
  while (at < needle.length) {
    const { word, size } = wordUnit(needle, at);
    if (!word) break;
    for (let i = 0; i < size; i++) hash = hashStep(hash, needle.charCodeAt(at + i));
    at += size;
  }
  if (at === 0) return true;
  const bit = (hash >>> 0) % WORD_BITS;
  return (wordSet(text)[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
/** Whether the character (code point) ending just before `at`, or starting at `at`, is a word letter. */
const wordBefore = (text: string, at: number): boolean => {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return wordUnit(text, start).word;
};
const wordAt = (text: string, at: number): boolean => at < text.length && wordUnit(text, at).word;

/**
 * Every whole-word occurrence of `needle` (exact case unless `ignoreCase`); indices. A plain
 * search with the letters on either side tested, not a pattern per needle: a Unicode pattern
 * costs milliseconds to compile, and the check looks for hundreds of names.
 */
function wordOccurrences(text: string, needle: string, ignoreCase = false): number[] {
  const haystack = nfc(text);
  const word = nfc(needle);
  if (!word) return [];
  // Lower-casing that changes a text's length would shift the indices: compare letter by letter then.
  const folded = ignoreCase ? lower(haystack) : haystack;
  const target = ignoreCase ? word.toLowerCase() : word;
  const sameLength = folded.length === haystack.length && target.length === word.length;
  const found: number[] = [];
  if (!sameLength) {
    const re = new RegExp(`(?<!${WORD})${escape(word)}(?!${WORD})`, 'giu');
    return [...haystack.matchAll(re)].map((m) => m.index);
  }
  if (!mayHaveFirstWord(folded, target)) return found;
  for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1))
    if (!wordBefore(haystack, at) && !wordAt(haystack, at + word.length)) found.push(at);
  return found;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A one-word name found at `at` may be an ordinary word or part of a longer name: at the start
 * of a sentence ("Kinh tế…") or next to another capitalised word ("Hạ Kinh", "Hoa Kỳ").
 */
function ambiguousOneWord(text: string, at: number, length: number): boolean {
  const startsSentence = (before: string) => before === '' || /(^|[.!?:;\n#>*"'“(\[-]\s*)$/.test(before);
  const before = text.slice(Math.max(0, at - 40), at);
  if (startsSentence(before)) return true;
  const previous = /(\p{L}+) $/u.exec(before);
  const previousIsName = !!previous && CAPITAL.test(previous[1]!) && !startsSentence(before.slice(0, previous.index));
  const next = /^ (\p{L}+)/u.exec(text.slice(at + length, at + length + 30))?.[1];
  return previousIsName || (!!next && CAPITAL.test(next));
}

const formsOf = new Map<string, { several: boolean; forms: readonly string[] }>();
/** The forms a Vietnamese term is searched in (see vietnameseUses), remembered per term. */
function vietnameseForms(term: string): { several: boolean; forms: readonly string[] } {
  let known = formsOf.get(term);
  if (!known) {
    const needle = nfc(term).trim();
    const several = /\s/.test(needle);
    const forms = !needle
      ? []
      : several
        ? [
            ...new Set([
              needle,
              needle[0]!.toLocaleUpperCase('vi') + needle.slice(1),
              needle[0]!.toLocaleLowerCase('vi') + needle.slice(1),
            ]),
          ]
        : [needle];
    formsOf.set(term, (known = { several, forms }));
  }
  return known;
}

/**
 * Where a Vietnamese term is used in a Vietnamese text. Names keep their capitals, so the match
 * keeps the term's case — except that a term of several words may start a sentence with a
 * capital ("Cửa khẩu…" for "cửa khẩu…"). A one-word term that may be an ordinary word or part of
 * a longer name is not counted.
 */
export function vietnameseUses(text: string, term: string): number[] {
  const haystack = nfc(text);
  const { several, forms } = vietnameseForms(term);
  const found: number[] = [];
  for (const form of forms)
    for (const at of wordOccurrences(haystack, form))
      if (several || !ambiguousOneWord(haystack, at, form.length)) found.push(at);
  return found.sort((a, b) => a - b);
}

/** Where a rendering is used in a text of its language: Chinese by substring, English ignoring case. */
const renderings = new Map<string, { needle: string; han: boolean }>();
function renderingUses(text: string, rendering: string, locale: Locale): number[] {
  if (locale === 'vi') return vietnameseUses(text, rendering);
  let known = renderings.get(rendering);
  if (!known) {
    const needle = nfc(rendering).trim();
    renderings.set(rendering, (known = { needle, han: /\p{Script=Han}/u.test(needle) }));
  }
  const { needle } = known;
  if (!needle) return [];
  if (known.han) {
    const haystack = nfc(text);
    const found: number[] = [];
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
  return wordOccurrences(text, needle, locale === 'en');
}

/**
 * The part of a term's Vietnamese that English writes without diacritics: the longest run of its
 * words whose folded form is in the English rendering (tỉnh Vân Khê / Van Khe Province →
 * "Vân Khê"). Undefined when that run has no diacritics or English writes the name differently.
 */
export function diacriticName(term: Pick<GlossaryTerm, 'vi' | 'en'>): string | undefined {
  const words = term.vi.normalize('NFC').trim().split(/\s+/);
  const en = ` ${term.en.toLowerCase()} `;
  for (let size = words.length; size > 0; size--) {
    for (let from = 0; from + size <= words.length; from++) {
      const run = words.slice(from, from + size).join(' ');
      const folded = foldVietnamese(run);
      if (!CAPITAL.test(run) || !en.includes(` ${folded.toLowerCase()} `)) continue;
      return folded === run ? undefined : run;
    }
  }
  return undefined;
}

/** How a translation may leave a term untranslated: its Vietnamese, with or without diacritics (Chinese only). */
const untranslated = new Map<string, readonly string[]>();
function untranslatedForms(term: GlossaryTerm, locale: Locale): readonly string[] {
  if (locale !== 'zh') return [];
  const key = `${term.vi}\n${term.zh}`;
  let forms = untranslated.get(key);
  if (!forms) {
    forms = [...new Set([term.vi.trim(), foldVietnamese(term.vi.trim())])].filter((f) => f !== term.zh.trim());
    untranslated.set(key, forms);
  }
  return forms;
}

/** A one-word name written next to another capitalised word is part of a longer name (Cao Kinh, Thái Hòa). */
function partOfLongerName(text: string, at: number, length: number): boolean {
  const previous = /([\p{Script=Latin}\p{M}]+)\s$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  const next = /^\s([\p{Script=Latin}\p{M}]+)/u.exec(text.slice(at + length, at + length + 30))?.[1];
  return (!!previous && CAPITAL.test(previous)) || (!!next && CAPITAL.test(next));
}

/** Exact, whole-word uses of a Vietnamese form in another language's text. */
function exactUses(text: string, form: string): number[] {
  const uses = wordOccurrences(text, form);
  if (/\s/.test(form.trim())) return uses;
  const normalised = nfc(text);
  return uses.filter((at) => !partOfLongerName(normalised, at, form.length));
}

function firstUse(text: string, forms: readonly string[], locale: Locale, exact: boolean): DriftPlace | undefined {
  let best: { at: number; found: string } | undefined;
  for (const form of forms) {
    const uses = exact ? exactUses(text, form) : renderingUses(text, form, locale);
    if (uses.length && (!best || uses[0]! < best.at)) best = { at: uses[0]!, found: form };
  }
  return best && { file: '', line: lineOf(nfc(text), best.at), found: best.found };
}

// ---------------------------------------------------------------------------------- checking

/** Where the source text uses the term: its Vietnamese or a Vietnamese variant. */
function sourceUse(term: GlossaryTerm, source: SiteText): DriftPlace | undefined {
  const forms = source.locale === 'vi' ? [term.vi, ...(term.variants?.vi ?? [])] : [term[source.locale]];
  const place = firstUse(source.text, forms, source.locale, false);
  return place && { ...place, file: source.file };
}

function checkPair(term: GlossaryTerm, pair: TranslationPair): DriftFinding[] {
  const { source, translation } = pair;
  const locale = translation.locale;
  if (locale === source.locale) return [];
  const used = sourceUse(term, source);
  if (!used) return [];
  const expected = term[locale];
  const findings: DriftFinding[] = [];
  const report = (place: DriftPlace) =>
    findings.push({
      kind: 'translation',
      term: term.id,
      locale,
      expected,
      found: place.found,
      file: translation.file,
      line: place.line,
      source: used,
      unconfirmed: Boolean(term.unconfirmed),
    });
  // A known wrong variant is wrong wherever it is.
  for (const variant of term.variants?.[locale] ?? []) {
    const place = firstUse(translation.text, [variant], locale, false);
    if (place) report(place);
  }
  // The Vietnamese left as it is, when the glossary's rendering is nowhere in the translation
  // (next to the rendering it is a gloss: 班绍口岸（Cửa khẩu Bản Xèo）).
  if (renderingUses(translation.text, expected, locale).length === 0) {
    const place = firstUse(translation.text, untranslatedForms(term, locale), locale, true);
    if (place) report(place);
  }
  return findings;
}

/** Every rendering of the term in each text of one language, with where it is first used. */
function renderingsIn(term: GlossaryTerm, locale: Locale, texts: readonly SiteText[]): Map<string, DriftPlace[]> {
  const byForm = new Map<string, DriftPlace[]>();
  const add = (form: string, place: DriftPlace) => byForm.set(form, [...(byForm.get(form) ?? []), place]);
  for (const text of texts) {
    if (text.locale !== locale) continue;
    const glossary = firstUse(text.text, [term[locale]], locale, false);
    if (glossary) add(term[locale], { ...glossary, file: text.file });
    for (const variant of term.variants?.[locale] ?? []) {
      const place = firstUse(text.text, [variant], locale, false);
      if (place) add(variant, { ...place, file: text.file });
    }
    if (!glossary) {
      const place = firstUse(text.text, untranslatedForms(term, locale), locale, true);
      if (place) add(place.found, { ...place, file: text.file });
    }
  }
  return byForm;
}

function checkSite(term: GlossaryTerm, texts: readonly SiteText[]): DriftFinding[] {
  const findings: DriftFinding[] = [];
  for (const locale of LOCALES) {
    const byForm = renderingsIn(term, locale, texts);
    if (byForm.size < 2) continue;
    const places = [...byForm.values()].flat();
    // Point at the first place that is not the glossary's rendering.
    const odd = places.find((p) => p.found !== term[locale]) ?? places[0]!;
    findings.push({
      kind: 'site',
      term: term.id,
      locale,
      expected: term[locale],
      found: odd.found,
      file: odd.file,
      line: odd.line,
      places,
      unconfirmed: Boolean(term.unconfirmed),
    });
  }
  return findings;
}

const QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['《', '》'],
];

/**
 * A name inside a quoted Vietnamese title or phrase ("the article “Khái quát … tỉnh Vân Khê”")
 * is cited as written, diacritics and all: the quotation has other Vietnamese words with diacritics.
 */
function inQuotedVietnamese(text: string, at: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const before = text.slice(lineStart, at);
  const after = text.slice(at + length, lineEnd);
  for (const [open, close] of QUOTES) {
    const o = before.lastIndexOf(open);
    if (o < 0) continue;
    // A straight quote opens only when an even number of them precede it.
    if (open === close && before.split(open).length % 2 === 1) continue;
    if (open !== close && before.indexOf(close, o) >= 0) continue;
    const c = after.indexOf(close);
    if (c < 0) continue;
    const rest = before.slice(o + 1) + ' ' + after.slice(0, c);
    if (foldVietnamese(rest) !== rest) return true;
  }
  return false;
}

function checkDiacritics(term: GlossaryTerm, texts: readonly SiteText[]): DriftFinding[] {
  const name = diacriticName(term);
  if (!name) return [];
  const findings: DriftFinding[] = [];
  for (const text of texts) {
    if (text.locale !== 'en') continue;
    const normalised = nfc(text.text);
    const at = exactUses(normalised, name).find((i) => !inQuotedVietnamese(normalised, i, name.length));
    if (at === undefined) continue;
    const place = { found: name, line: lineOf(normalised, at) };
    findings.push({
      kind: 'diacritics',
      term: term.id,
      locale: 'en',
      expected: foldVietnamese(name),
      found: place.found,
      file: text.file,
      line: place.line,
      unconfirmed: Boolean(term.unconfirmed),
    });
  }
  return findings;
}

/** Every place an unconfirmed term is used, in every language, for a translator to decide. */
function uses(term: GlossaryTerm, texts: readonly SiteText[]): DriftFinding[] {
  const found: DriftFinding[] = [];
  for (const text of texts) {
    const place = firstUse(text.text, [term[text.locale]], text.locale, false);
    if (place)
      found.push({
        kind: 'use',
        term: term.id,
        locale: text.locale,
        expected: term[text.locale],
        found: place.found,
        file: text.file,
        line: place.line,
        unconfirmed: true,
      });
  }
  return found;
}

/**
 * Several terms share a name (the province's name is in the province, its full name and its
 * committee):
 * English diacritics are reported once per place, for the first of them.
 */
function once(findings: readonly DriftFinding[]): DriftFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.kind !== 'diacritics') return true;
    const key = `${f.file}|${f.line}|${f.found}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const order = (a: DriftFinding, b: DriftFinding) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.term.localeCompare(b.term) || a.kind.localeCompare(b.kind);

/**
 * Checks the site's texts against the glossary: each translation against its source, each
 * language across the site, and English for diacritics.
 */
export function checkGlossary(
  terms: readonly GlossaryTerm[],
  texts: readonly SiteText[],
  pairs: readonly TranslationPair[],
): GlossaryReport {
  const errors: DriftFinding[] = [];
  const toDecide: DriftFinding[] = [];
  for (const term of terms) {
    const findings = [
      ...pairs.flatMap((pair) => checkPair(term, pair)),
      ...checkSite(term, texts),
      ...checkDiacritics(term, texts),
    ];
    if (term.unconfirmed) toDecide.push(...findings, ...uses(term, texts));
    else errors.push(...findings);
  }
  return { errors: once(errors).sort(order), toDecide: once(toDecide).sort(order) };
}
