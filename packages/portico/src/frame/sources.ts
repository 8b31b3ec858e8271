/**
 * The sources of an entry as its page lists them ("Nguồn / Sources / 资料来源"): the `sources`
 * field of the frontmatter (src/collections/fields.ts sourceRef), with dates in the reader's
 * language. Pure: the Sources component renders what this returns.
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';
import { formatDate } from '../lib/format.ts';

/** One source as the schema gives it. */
export interface SourceRef {
  title: string;
  url?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
  /** YYYY-MM-DD. */
  accessed?: string;
}

export interface SourceNote {
  /** Its number on the page, from 1; its anchor is #source-<n>. */
  n: number;
  title: string;
  url?: string;
  /** The date it was issued, written for the reader: "15 tháng 1, 2025", "January 2025", "2025". */
  published?: string;
  /** The day it was read, written for the reader. */
  accessed?: string;
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
const monthFormat = (locale: Locale) => {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).intl, { timeZone: 'UTC', year: 'numeric', month: 'long' });
    monthFormats.set(locale, format);
  }
  return format;
};

/** A date with its precision, in the reader's language: a year stays a year, a month a month. */
export function formatPartialDate(value: string, locale: Locale): string {
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return monthFormat(locale).format(date);
  }
  return formatDate(value, locale);
}

/** The numbered notes of a page's sources. */
export function sourceNotes(sources: readonly SourceRef[] | undefined, locale: Locale): SourceNote[] {
  return (sources ?? []).map((s, i) => ({
    n: i + 1,
    title: s.title,
    ...(s.url ? { url: s.url } : {}),
    ...(s.date ? { published: formatPartialDate(s.date, locale) } : {}),
    ...(s.accessed ? { accessed: formatDate(s.accessed, locale) } : {}),
  }));
}

// ---------------------------------------------------------------- footnotes in the body

/** What a page's footnotes say in its language: the heading of the notes and each way back. */
export interface FootnoteWords {
  /** "Chú thích / Notes / 注释". */
  label: string;
  /** The way back to the n-th reference ("1", or "1-2" for its second use). */
  backLabel: (reference: string) => string;
}

/**
 * The language of a content file from its path (src/content/<collection>/<vi|en|zh>/<entry>.md),
 * or undefined for a file outside the prose collections.
 */
export function contentLocaleOf(path: string, locales: readonly Locale[]): Locale | undefined {
  const m = /(?:^|\/)src\/content\/[^/]+\/([^/]+)\/[^/]+\.mdx?$/.exec(path.replace(/\\/g, '/'));
  return m && (locales as readonly string[]).includes(m[1]!) ? (m[1] as Locale) : undefined;
}

/**
 * The reference a footnote's way back leads to, from the label the Markdown processor wrote
 * ("Back to reference 1", "… 1-2" for the second use of note 1): its last number or number pair.
 */
export function backReference(label: string): string | undefined {
  return /(\d+(?:-\d+)?)\s*$/.exec(label)?.[1];
}

/** The footnote words of one language's interface strings (`sources.notes`, `sources.backToReference`). */
export function footnoteWords(strings: { sources?: unknown }): FootnoteWords {
  const words = (strings.sources ?? {}) as Record<string, unknown>;
  const label = typeof words['notes'] === 'string' ? words['notes'] : 'sources.notes';
  const back =
    typeof words['backToReference'] === 'string' ? words['backToReference'] : 'sources.backToReference {{reference}}';
  return { label, backLabel: (reference) => back.replace(/\{\{\s*reference\s*\}\}/g, reference) };
}
