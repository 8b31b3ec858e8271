/**
 * iCalendar (RFC 5545) feeds through the ical-generator library: the only module that knows it,
 * so the rest of the site deals in plain all-day events. Pure: the caller passes the stamp.
 */
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDays, fromIso, toIso } from './lunar.ts';

/** One all-day event. */
export type FeedEvent = {
  /** Stable unique id, e.g. `dien-bien-phu-2024-05-07@quang-tri`. */
  uid: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD; the same as `start` for a one-day event. */
  end: string;
  summary: string;
  description?: string;
  url?: string;
  /** A date not confirmed: published as STATUS:TENTATIVE. */
  tentative?: boolean;
  categories?: string[];
};

export type Feed = {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** The page the feed belongs to. */
  url?: string;
  /** PRODID parts: who publishes it and the product. */
  company: string;
  product: string;
  /** Language code for PRODID, e.g. VI, EN, ZH. */
  language: string;
  /** DTSTAMP of every event: when the feed was built. */
  stamp: Date;
  events: readonly FeedEvent[];
};

/** A date as midnight UTC, which the library writes as that calendar day for all-day events. */
const day = (iso: string) => {
  const { year, month, day: d } = fromIso(iso);
  return new Date(Date.UTC(year, month - 1, d));
};

/** The feed as iCalendar text (CRLF line endings, folded lines). */
export function buildFeed(feed: Feed): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: feed.company, product: feed.product, language: feed.language },
    ...(feed.description ? { description: feed.description } : {}),
    ...(feed.url ? { url: feed.url } : {}),
    ttl: 60 * 60 * 24,
  });
  for (const event of feed.events) {
    calendar.createEvent({
      id: event.uid,
      start: day(event.start),
      // DTEND of an all-day event is the day after the last one (exclusive).
      end: day(toIso(addDays(fromIso(event.end), 1))),
      allDay: true,
      stamp: feed.stamp,
      summary: event.summary,
      ...(event.description ? { description: event.description } : {}),
      ...(event.url ? { url: event.url } : {}),
      status: event.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      ...(event.categories?.length ? { categories: event.categories.map((name) => ({ name })) } : {}),
    });
  }
  return calendar.toString();
}
