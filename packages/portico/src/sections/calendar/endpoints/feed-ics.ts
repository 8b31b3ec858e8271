// The calendar's iCalendar feeds: /calendar/<locale>/all.ics and one per kind (holiday.ics,
// festival.ics, diplomatic.ics…), every dated occurrence of the published years.
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../lib/incremental/track.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import { province } from '../../../frame/province.ts';
import { calendarEntries, calendarStamp, calendarYears } from '../data.ts';
import { calendarHomePath, calendarYearPath } from '../routes.ts';
import { calendarFeed, FEED_NAMES, type FeedName } from '../feeds.ts';
import { absoluteUrl } from '../../../frame/routing.ts';

export const getStaticPaths = (() =>
  withCacheKeys(
    LOCALES.flatMap(({ code }) => FEED_NAMES.map((feed) => ({ params: { locale: code, feed } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const ics = calendarFeed(await calendarEntries(), {
    locale,
    feed: params.feed as FeedName,
    years: calendarYears(),
    provinceId: province.id,
    provinceName: province.name[locale],
    agency: province.agency.name.en,
    yearUrl: (year) => absoluteUrl(province.site, calendarYearPath(locale, year)),
    homeUrl: absoluteUrl(province.site, calendarHomePath(locale)),
    stamp: calendarStamp(),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
