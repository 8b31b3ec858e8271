/**
 * Where the translations stand (`npm run status`), computed from plain inputs: the prose files
 * with their language, text and time of last change, the UI dictionaries and the glossary.
 * Reading files and asking git for times is scripts/status.ts's job.
 */
import type { Locale } from '../i18n/locales.ts';

const LOCALES: readonly Locale[] = ['vi', 'en', 'zh'];

/** One prose file, as status needs it. */
export interface ProseFileInfo {
  collection: string;
  /** The entry name (file name without extension): the same across translations. */
  name: string;
  locale: Locale;
  /** Path from the repository root. */
  file: string;
  /** The `sourceLocale` its frontmatter declares, if any. */
  sourceLocale?: Locale;
  /** When it last changed (ms since 1970): its last commit, or its mtime when not committed. */
  changedAt: number;
  /** Its text (frontmatter and body), for the glossary check. */
  text: string;
}

/**
 * source: the language the entry is written in; done: translated after the source last changed;
 * outdated: the source changed after the translation; missing: no file in that language;
 * orphan: a translation whose source file does not exist.
 */
export type TranslationState = 'source' | 'done' | 'outdated' | 'missing' | 'orphan';

export interface EntryStatus {
  collection: string;
  name: string;
  sourceLocale: Locale;
  states: Record<Locale, TranslationState>;
  files: Partial<Record<Locale, string>>;
}

const groupKey = (f: { collection: string; name: string }) => `${f.collection}/${f.name}`;

function groups(files: readonly ProseFileInfo[]): Map<string, Partial<Record<Locale, ProseFileInfo>>> {
  const result = new Map<string, Partial<Record<Locale, ProseFileInfo>>>();
  for (const file of files) {
    const key = groupKey(file);
    if (!result.has(key)) result.set(key, {});
    result.get(key)![file.locale] = file;
  }
  return result;
}

const sourceOf = (byLocale: Partial<Record<Locale, ProseFileInfo>>): Locale =>
  LOCALES.map((l) => byLocale[l]?.sourceLocale).find((l): l is Locale => !!l && LOCALES.includes(l)) ?? 'vi';

/** Every entry with the state of each language, sorted by collection and name. */
export function entryStatuses(files: readonly ProseFileInfo[]): EntryStatus[] {
  const result: EntryStatus[] = [];
  for (const byLocale of groups(files).values()) {
    const any = LOCALES.map((l) => byLocale[l]).find(Boolean)!;
    const sourceLocale = sourceOf(byLocale);
    const source = byLocale[sourceLocale];
    const states = {} as Record<Locale, TranslationState>;
    const paths: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) {
      const file = byLocale[locale];
      if (file) paths[locale] = file.file;
      if (locale === sourceLocale) states[locale] = source ? 'source' : 'missing';
      else if (!file) states[locale] = 'missing';
      else if (!source) states[locale] = 'orphan';
      else states[locale] = source.changedAt > file.changedAt ? 'outdated' : 'done';
    }
    result.push({ collection: any.collection, name: any.name, sourceLocale, states, files: paths });
  }
  return result.sort((a, b) => groupKey(a).localeCompare(groupKey(b)));
}

/** Counts of each state over the translations (source languages left out). */
export function stateCounts(statuses: readonly EntryStatus[]): Record<Exclude<TranslationState, 'source'>, number> {
  const counts = { done: 0, outdated: 0, missing: 0, orphan: 0 };
  for (const status of statuses) {
    for (const locale of LOCALES) {
      const state = status.states[locale];
      if (state !== 'source') counts[state]++;
    }
  }
  return counts;
}

/** Dotted keys of a nested dictionary whose values are non-empty strings. */
export function flattenKeys(dictionary: unknown, prefix = ''): string[] {
  if (!dictionary || typeof dictionary !== 'object' || Array.isArray(dictionary)) return [];
  const keys: string[] = [];
  for (const [key, value] of Object.entries(dictionary as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) keys.push(...flattenKeys(value, path));
    else if (typeof value === 'string' && value.trim() !== '') keys.push(path);
  }
  return keys;
}

export interface MissingKey {
  key: string;
  /** The languages that lack it (or have it empty). */
  missingIn: Locale[];
}

/** UI keys present in one dictionary of src/i18n/*.json but not in all. */
export function missingUiKeys(dictionaries: Partial<Record<Locale, unknown>>): MissingKey[] {
  const sets = Object.fromEntries(LOCALES.map((l) => [l, new Set(flattenKeys(dictionaries[l]))])) as Record<
    Locale,
    Set<string>
  >;
  const all = new Set(LOCALES.flatMap((l) => [...sets[l]]));
  return [...all]
    .sort()
    .map((key) => ({ key, missingIn: LOCALES.filter((l) => !sets[l].has(key)) }))
    .filter((m) => m.missingIn.length > 0);
}

export interface GlossaryTerm {
  id: string;
  vi: string;
  en: string;
  zh: string;
}

export interface GlossaryMiss {
  collection: string;
  name: string;
  term: string;
  /** The Vietnamese term found in the source. */
  vi: string;
  locale: Exclude<Locale, 'vi'>;
  /** The rendering the translation should contain. */
  expected: string;
  /** The translation file. */
  file: string;
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
const WORD = /[\p{L}\p{N}]/u;

/** The term as a whole word (or words) of the text, ignoring case (English renderings). */
function containsTerm(text: string, term: string): boolean {
  const haystack = fold(text);
  const needle = fold(term.trim());
  if (!needle) return false;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    if (!WORD.test(haystack[at - 1] ?? ' ') && !WORD.test(haystack[at + needle.length] ?? ' ')) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

const CAPITAL = /^\p{Lu}/u;

/**
 * A one-word name found at `at` may be an ordinary word or part of a longer name: at the start
 * of a sentence or a quoted value ("Kinh tế…"), or next to another capitalised word ("Đông Kinh").
 */
function ambiguousOneWord(text: string, at: number, length: number): boolean {
  const startsSentence = (before: string) => before === '' || /(^|[.!?:;\n#>*"'“(\[-]\s*)$/.test(before);
  const before = text.slice(Math.max(0, at - 40), at);
  if (startsSentence(before)) return true;
  // A capitalised neighbour makes a longer name, unless it is capitalised only because it starts the sentence.
  const previous = /(\p{L}+) $/u.exec(before);
  const previousIsName = !!previous && CAPITAL.test(previous[1]!) && !startsSentence(before.slice(0, previous.index));
  const next = /^ (\p{L}+)/u.exec(text.slice(at + length, at + length + 30))?.[1];
  return previousIsName || (!!next && CAPITAL.test(next));
}

/**
 * A Vietnamese glossary term in a source text. Names are written with capitals, and many are
 * also ordinary words in lower case ("Kinh" the people, "kinh tế" the economy; "Hoa", "hoa quả"),
 * so the match keeps the case of the term, except that a several-word term may start a sentence
 * with a capital ("Cửa khẩu…" for "cửa khẩu…"). A one-word term that may be an ordinary word or part
 * of a longer name (ambiguousOneWord) is not counted.
 */
export function containsVietnameseTerm(text: string, term: string): boolean {
  const haystack = text.normalize('NFC');
  const needle = term.normalize('NFC').trim();
  if (!needle) return false;
  const several = /\s/.test(needle);
  const variants = several
    ? new Set([
        needle,
        needle[0]!.toLocaleUpperCase('vi') + needle.slice(1),
        needle[0]!.toLocaleLowerCase('vi') + needle.slice(1),
      ])
    : new Set([needle]);
  for (const variant of variants) {
    let at = haystack.indexOf(variant);
    while (at >= 0) {
      const whole = !WORD.test(haystack[at - 1] ?? ' ') && !WORD.test(haystack[at + variant.length] ?? ' ');
      if (whole && (several || !ambiguousOneWord(haystack, at, variant.length))) return true;
      at = haystack.indexOf(variant, at + 1);
    }
  }
  return false;
}

/** Chinese has no word spaces: a plain substring test there. */
const containsRendering = (text: string, rendering: string, locale: Locale): boolean =>
  locale === 'zh' ? text.normalize('NFC').includes(rendering.normalize('NFC').trim()) : containsTerm(text, rendering);

/**
 * Glossary terms whose Vietnamese form appears in a Vietnamese source while its translation does
 * not contain the glossary's English or Chinese rendering.
 */
export function glossaryMisses(files: readonly ProseFileInfo[], terms: readonly GlossaryTerm[]): GlossaryMiss[] {
  const misses: GlossaryMiss[] = [];
  for (const byLocale of groups(files).values()) {
    if (sourceOf(byLocale) !== 'vi' || !byLocale.vi) continue;
    const source = byLocale.vi;
    for (const term of terms) {
      if (!term.vi || !containsVietnameseTerm(source.text, term.vi)) continue;
      for (const locale of ['en', 'zh'] as const) {
        const translation = byLocale[locale];
        const expected = term[locale];
        if (!translation || !expected || containsRendering(translation.text, expected, locale)) continue;
        misses.push({
          collection: source.collection,
          name: source.name,
          term: term.id,
          vi: term.vi,
          locale,
          expected,
          file: translation.file,
        });
      }
    }
  }
  return misses.sort((a, b) => a.file.localeCompare(b.file) || a.term.localeCompare(b.term));
}

const LABELS: Record<TranslationState, string> = {
  source: 'gốc/source',
  done: '✓',
  outdated: 'cũ/outdated',
  missing: 'thiếu/missing',
  orphan: 'không gốc/no source',
};

/** The terminal table: one row per entry, one column per language. */
export function formatStatusTable(statuses: readonly EntryStatus[]): string {
  const rows = statuses.map((s) => [`${s.collection}/${s.name}`, ...LOCALES.map((l) => LABELS[s.states[l]])]);
  const header = ['mục / entry', ...LOCALES];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
