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
