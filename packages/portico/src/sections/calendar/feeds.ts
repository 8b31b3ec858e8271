/**
 * The calendar's iCalendar feeds: every dated occurrence of the published years, in one language,
 * for all kinds or one. Pure: the caller passes the entries, the years, the URLs and the stamp.
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import {
  CALENDAR_KINDS,
  daysOffOf,
  occurrenceUid,
  ofKind,
  yearOccurrences,
  type CalendarEntry,
  type CalendarKind,
} from './logic.ts';
import { chinaLabel, daysOffLabel, lunarSpanLabel, occurrenceTitle } from './format.ts';
import { buildFeed, type FeedEvent } from './ical.ts';

/** The feeds a language has: `all` and one per kind. */
export const FEED_NAMES = ['all', ...CALENDAR_KINDS] as const;
export type FeedName = (typeof FEED_NAMES)[number];

export type FeedOptions = {
  locale: Locale;
  /** `all`, or one kind. */
  feed: FeedName;
  years: readonly number[];
  /** The province's id (for UIDs) and name (for the feed's name). */
  provinceId: string;
  provinceName: string;
  /** The publisher, for PRODID. */
  agency: string;
  /** Absolute URL of a year's calendar page. */
  yearUrl: (year: number) => string;
  /** Absolute URL of the calendar's home. */
  homeUrl: string;
  /** When the feed was built (DTSTAMP). */
  stamp: Date;
};

/** The events of a feed: dated occurrences of the years, the unconfirmed ones marked tentative. */
export function feedEvents(entries: readonly CalendarEntry[], options: FeedOptions): FeedEvent[] {
  const { locale } = options;
  const t = useTranslations(locale);
  const kind: CalendarKind | null = options.feed === 'all' ? null : options.feed;
  const byId = new Map(entries.map((e) => [e.item.id, e]));
  return options.years.flatMap((year) =>
    ofKind(yearOccurrences(entries, year), kind).flatMap((o) => {
      if (!o.date) return [];
      const notes = [
        o.lunar ? lunarSpanLabel(o.lunar, o.endDate, locale) : undefined,
        chinaLabel(o, locale),
        o.confirmed ? undefined : t('calendar.badge.unconfirmed'),
      ].filter((n): n is string => Boolean(n));
      const title = occurrenceTitle(o, locale);
      const daysOff = daysOffOf(byId.get(o.id), o);
      return [
        {
          uid: occurrenceUid(o, options.provinceId),
          start: o.date,
          end: o.endDate ?? o.date,
          summary: o.confirmed ? title : t('calendar.withNote', { text: title, note: t('calendar.badge.unconfirmed') }),
          ...(notes.length ? { description: notes.join('\n') } : {}),
          url: options.yearUrl(year),
          tentative: !o.confirmed,
          categories: [t(`calendar.kind.${o.kind}`)],
        },
        // The announced days off, as an event of their own: a reader's calendar shows the whole
        // closure, not only the holiday's day. Its UID names the period, not the holiday's day.
        ...(daysOff?.announced
          ? [
              {
                uid: `${o.id}-days-off-${daysOff.start}@${options.provinceId}`,
                start: daysOff.start,
                end: daysOff.end,
                summary: t('calendar.daysOffEvent', { title: o.title[locale] }),
                description: [
                  daysOffLabel(daysOff, locale),
                  t('calendar.daysOffSource', { source: daysOff.source }),
                ].join('\n'),
                url: options.yearUrl(year),
                tentative: false,
                categories: [t(`calendar.kind.${o.kind}`)],
              },
            ]
          : []),
      ];
    }),
  );
}

/** A feed as iCalendar text. */
export function calendarFeed(entries: readonly CalendarEntry[], options: FeedOptions): string {
  const t = useTranslations(options.locale);
  const name = t('calendar.feedName', { name: options.provinceName });
  return buildFeed({
    name:
      options.feed === 'all'
        ? name
        : t('calendar.feedNameKind', { kind: t(`calendar.kind.${options.feed}`), name: options.provinceName }),
    description: t('calendar.homeLead', { name: options.provinceName }),
    url: options.homeUrl,
    company: options.agency,
    product: 'Portico',
    language: options.locale.toUpperCase(),
    stamp: options.stamp,
    events: feedEvents(entries, options),
  });
}
