/**
 * Where the translations stand (`npm run status`), computed from plain inputs: the prose files
 * with their language, text and time of last change, and the UI dictionaries. (Glossary terms to
 * decide and figures without a source come from src/check/editorial.ts and src/check/sources.ts.)
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
  /** Its text (frontmatter and body), for the glossary and figure checks. */
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
