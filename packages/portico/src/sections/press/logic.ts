/**
 * The press section's pure logic: its URLs in every language, the order of news items, pages of
 * lists, which items a feed carries, and the dateline of a release. No Astro, no file system, no
 * clock: callers pass what they read.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatDate } from '../../lib/format.ts';
import { sectionPath } from '../../frame/routing.ts';
import { pagedPath } from '../../lib/paginate.ts';
import { PRESS_SEGMENTS } from './urls.ts';

export { PRESS_SEGMENTS };

export const NEWS_TYPES = ['story', 'press-release'] as const;
export type NewsType = (typeof NEWS_TYPES)[number];
/** A newsroom list: everything, or one type. */
export type ListKind = 'all' | NewsType;
export const LIST_KINDS: readonly ListKind[] = ['all', 'story', 'press-release'];
/** The two feeds of each language: all news, and press releases alone. */
export type FeedKind = 'news' | 'releases';
export const FEED_KINDS: readonly FeedKind[] = ['news', 'releases'];

/**
 * How many items a list page shows: sized for readers (a newsroom of 1,000 stories a language made
 * 1,011 list pages at 6 a page, 22 % of the site's HTML, each rendered and indexed on every build).
 */
export const PAGE_SIZE = 20;
/** How many items a feed carries. */
export const FEED_LIMIT = 20;

const typeSegment = (type: NewsType) => (type === 'story' ? PRESS_SEGMENTS.stories : PRESS_SEGMENTS.releases);

/** The newsroom (all), the stories list or the releases list, page n (1 is the list's own URL). */
export function listPath(locale: Locale, kind: ListKind, page = 1): string {
  const base = kind === 'all' ? [] : [typeSegment(kind)[locale]];
  return pagedPath(sectionPath(locale, 'press', ...base), locale, page);
}

/** A news story or release: /bao-chi/tin-tuc/<slug>/, /en/press/releases/<slug>/. */
export function itemPath(locale: Locale, type: NewsType, segment: string): string {
  return sectionPath(locale, 'press', typeSegment(type)[locale], segment);
}

export function kitsPath(locale: Locale): string {
  return sectionPath(locale, 'press', PRESS_SEGMENTS.kits[locale]);
}

export function kitPath(locale: Locale, segment: string): string {
  return sectionPath(locale, 'press', PRESS_SEGMENTS.kits[locale], segment);
}

/** The kit's ZIP file name, e.g. `province-at-a-glance-en.zip`: the language is in the name so downloads never collide. */
export function kitZipName(locale: Locale, segment: string): string {
  return `${segment}-${locale}.zip`;
}

/** The fact sheet's PDF beside the ZIP: /press-kits/<segment>-<locale>.pdf. */
export function kitPdfPath(locale: Locale, segment: string): string {
  return `/press-kits/${kitZipName(locale, segment).replace(/\.zip$/, '.pdf')}`;
}

/** The ZIP's URL: one folder for every language's kits, /press-kits/<segment>-<locale>.zip. */
export function kitZipPath(locale: Locale, segment: string): string {
  return `/press-kits/${kitZipName(locale, segment)}`;
}

export function contactsPath(locale: Locale): string {
  return sectionPath(locale, 'press', PRESS_SEGMENTS.contacts[locale]);
}

export function mediaLibraryPath(locale: Locale): string {
  return sectionPath(locale, 'press', PRESS_SEGMENTS.media[locale]);
}

/** /feeds/en/news.xml, /feeds/vi/releases.xml. */
export function feedPath(locale: Locale, kind: FeedKind): string {
  return `/feeds/${locale}/${kind}.xml`;
}

/** Midnight in Vietnam of a YYYY-MM-DD date. */
export function vietnamMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

/** What ordering and feeds need to know about an item. */
export interface Dated {
  /** The publication date shown (YYYY-MM-DD). */
  date: string;
  /** The embargo time, when the item had one: it was published then. */
  publishAt?: Date;
  /** The last change readers should know about (YYYY-MM-DD). */
  updated?: string;
  corrections?: readonly { date: string }[];
}

/** When an item was published: its embargo time if it had one, else its date at midnight in Vietnam. */
export function publishedAt(item: Dated): Date {
  return item.publishAt ?? vietnamMidnight(item.date);
}

/** When an item last changed: the latest of its publication, `updated` and corrections. */
export function updatedAt(item: Dated): Date {
  const times = [publishedAt(item).getTime()];
  if (item.updated) times.push(vietnamMidnight(item.updated).getTime());
  for (const c of item.corrections ?? []) times.push(vietnamMidnight(c.date).getTime());
  return new Date(Math.max(...times));
}

/** Newest first; items of the same moment by name, so the order never depends on file order. */
export function sortNewest<T extends { name: string; published: Date }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.published.getTime() - a.published.getTime() || a.name.localeCompare(b.name));
}

/** Items of a list kind. */
export function ofKind<T extends { type: NewsType }>(items: readonly T[], kind: ListKind): T[] {
  return kind === 'all' ? [...items] : items.filter((i) => i.type === kind);
}

/**
 * What a feed carries: the newest items of its kind that exist in the feed's language (an item
 * shown in another language as a fallback stays out of the feed).
 */
export function selectFeedItems<T extends { name: string; published: Date; type: NewsType; fallback: boolean }>(
  items: readonly T[],
  kind: FeedKind,
  limit = FEED_LIMIT,
): T[] {
  const own = items.filter((i) => !i.fallback && (kind === 'news' || i.type === 'press-release'));
  return sortNewest(own).slice(0, limit);
}

/**
 * The parts of a release's dateline, for the language's pattern ("{{place}}, {{date}} —"):
 * "QUẢNG TRỊ" + "12/11/2026", "QUANG TRI" + "12 November 2026", "广治" + "2026年11月12日".
 */
export function datelineParts(place: string, isoDate: string, locale: Locale): { place: string; date: string } {
  return {
    place: place.toLocaleUpperCase(locale),
    date: formatDate(isoDate, locale, locale === 'vi' ? 'short' : 'long'),
  };
}

/** Whether a picture may still be used on `today` (YYYY-MM-DD): its `expires` day is the last day it may. */
export const mediaUsable = (media: { expires?: string }, today: string): boolean =>
  !media.expires || media.expires >= today;

/** The i18n key of each licence code under press.licence (keys cannot hold the codes' dots). */
export const LICENCE_KEY = {
  'cc-by-4.0': 'ccBy',
  'cc-by-sa-4.0': 'ccBySa',
  'cc0-1.0': 'cc0',
  'public-domain': 'publicDomain',
  'government-free-use': 'governmentFreeUse',
  'all-rights-reserved': 'allRightsReserved',
} as const;
export type LicenceCode = keyof typeof LICENCE_KEY;

/** schema.org NewsArticle for a story or release page. */
export function newsArticleJsonLd(input: {
  url: string;
  headline: string;
  description: string;
  language: string;
  published: Date;
  modified: Date;
  publisher: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.description,
    inLanguage: input.language,
    datePublished: input.published.toISOString(),
    dateModified: input.modified.toISOString(),
    publisher: { '@type': 'GovernmentOrganization', name: input.publisher },
  };
}
