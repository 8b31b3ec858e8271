/**
 * Which entries state figures without saying where they come from (`portico status`). A figure is
 * what ./figures.ts reads in digits that is not an ordinal, a date, a year or a time: an amount,
 * a percentage, a length or area, money, or the number of a legal document (figuresToSource). An entry cites its
 * sources with the `sources` field of its frontmatter, the `source` or `legalBasis` of the
 * collections that have one, or Markdown footnotes (`[^1]: …`) in its body.
 *
 * Pure: file texts in, a list out.
 */
import yaml from 'js-yaml';
import type { Locale } from '../i18n/locales.ts';
import { extractFigures, proseOf, type Figure } from './figures.ts';

export interface EntryText {
  /** Path from the site root. */
  file: string;
  locale: Locale;
  /** The whole file: frontmatter and body. */
  text: string;
}

export interface UnsourcedEntry {
  file: string;
  locale: Locale;
  /** The figures the entry states, in the order written. */
  figures: Figure[];
}

const NOT_FIGURES = new Set<Figure['kind']>(['date', 'year', 'time']);

/**
 * The figures of an entry that want a source. Single-digit counts ("2 ngày", "1 làn") and codes
 * without a document number ("1B", a road) are left out: they are rarely facts a reader would check.
 */
export function figuresToSource(text: string, locale: Locale): Figure[] {
  return extractFigures(proseOf(text), locale).filter(
    (f) =>
      f.written === 'digits' &&
      !f.ordinal &&
      !NOT_FIGURES.has(f.kind) &&
      !(f.kind === 'number' && typeof f.value === 'number' && f.value < 10) &&
      !(f.kind === 'code' && !String(f.value).includes('/')),
  );
}

function frontmatterOf(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { data: {}, body: text };
  try {
    const data = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA });
    return {
      data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
      body: text.slice(m[0].length),
    };
  } catch {
    return { data: {}, body: text.slice(m[0].length) };
  }
}

const filled = (value: unknown) =>
  (typeof value === 'string' && value.trim() !== '') ||
  (Array.isArray(value) && value.length > 0) ||
  (!!value && typeof value === 'object' && !Array.isArray(value));

/** Whether an entry names where its facts come from. */
export function citesSources(text: string): boolean {
  const { data, body } = frontmatterOf(text);
  if (filled(data.sources) || filled(data.source) || filled(data.legalBasis)) return true;
  return /^\s{0,3}\[\^[^\]\s]+\]:\s*\S/m.test(body);
}

/** Entries with figures and no source, in the order given. */
export function unsourcedEntries(entries: readonly EntryText[]): UnsourcedEntry[] {
  const out: UnsourcedEntry[] = [];
  for (const entry of entries) {
    const figures = figuresToSource(entry.text, entry.locale);
    if (figures.length && !citesSources(entry.text)) out.push({ file: entry.file, locale: entry.locale, figures });
  }
  return out;
}

/** A source as the schema gives it (collections/fields.ts sourceRef): dates already as text. */
export interface SourceLike {
  title?: unknown;
  url?: unknown;
  date?: unknown;
}

/** One way a translation's sources differ from its source's: how many, or one source's date or link. */
export type SourcesDifference =
  | { kind: 'count'; source: number; translation: number }
  | { kind: 'date' | 'url'; index: number; source: string; translation: string };

/**
 * How a translation's `sources` differ from those of the entry it translates. The titles are
 * translated, so only what stays the same in every language is compared: how many sources, and
 * each one's date and link, in order. A translation without `sources` while its source has them
 * is a difference too (the page in that language would show no sources).
 */
export function sourcesDifferences(
  source: readonly SourceLike[] | undefined,
  translation: readonly SourceLike[] | undefined,
): SourcesDifference[] {
  const a = source ?? [];
  const b = translation ?? [];
  if (a.length !== b.length) return [{ kind: 'count', source: a.length, translation: b.length }];
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const out: SourcesDifference[] = [];
  a.forEach((s, index) => {
    const t = b[index]!;
    for (const kind of ['date', 'url'] as const)
      if (text(s[kind]) !== text(t[kind])) out.push({ kind, index, source: text(s[kind]), translation: text(t[kind]) });
  });
  return out;
}
