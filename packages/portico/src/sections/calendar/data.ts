/**
 * The calendar's content as plain objects for the anniversary engine: national and provincial
 * dates, diplomatic relations and the published festivals, plus the build's "today" and the
 * years the site publishes.
 */
import type { Locale } from '../../i18n/locales.ts';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import {
  calendarYears as yearsFrom,
  entryFromDate,
  entryFromFestival,
  entryFromRelation,
  todayIn,
  type CalendarDateRecord,
  type CalendarEntry,
  type RelationRecord,
  type RelationRow,
} from './logic.ts';
import type { SolarDate } from './lunar.ts';
import type { Route } from '../../frame/routing.ts';
import { buildNowForDay } from '../../frame/clock.ts';
import { localizedEntries, readCollection } from '../../frame/content.ts';
import { getRoutes } from '../../frame/routes.ts';
import { remember } from '../../lib/incremental/track.ts';
import { province } from '../../frame/province.ts';

/** Every calendar entry: dates, diplomatic relations and published festivals (remembered for the build). */
export const calendarEntries = remember('calendar:entries', async (): Promise<CalendarEntry[]> => {
  const dates = await readCollection('calendar-dates');
  const relations = await relationRows();
  const festivals = await localizedEntries('festivals');
  return [
    ...dates.map((d) => entryFromDate(d.id, d.data as CalendarDateRecord)),
    ...relations.map((r) => entryFromRelation(r.id, r)),
    ...festivals.map((f) => {
      const source = f.variants.vi.entry.data;
      const titleLang = Object.fromEntries(
        LOCALE_CODES.filter((l) => f.variants[l].fallback).map((l) => [l, f.variants[l].contentLocale]),
      ) as Partial<Record<Locale, Locale>>;
      return entryFromFestival({
        name: f.name,
        title: {
          vi: f.variants.vi.entry.data.title,
          en: f.variants.en.entry.data.title,
          zh: f.variants.zh.entry.data.title,
        },
        titleLang,
        date: source.date,
        ...(source.since !== undefined ? { since: source.since } : {}),
        place: {
          vi: f.variants.vi.entry.data.location.commune,
          en: f.variants.en.entry.data.location.commune,
          zh: f.variants.zh.entry.data.location.commune,
        },
      });
    }),
  ];
});

/** The diplomatic relations records, with their ids. */
export const relationRows = remember('calendar:relations', async (): Promise<RelationRow[]> => {
  const relations = await readCollection('diplomatic-relations');
  return relations.map((r) => ({ id: r.id, ...(r.data as RelationRecord) }));
});

/** The build's today, in the province's time zone. */
export const calendarToday = remember('calendar:today', (): SolarDate =>
  todayIn(buildNowForDay(province.timeZone), province.timeZone),
);

/**
 * DTSTAMP of the iCalendar feeds: the build's day (in the province's time zone) at 00:00 UTC.
 * Not the build's clock: every build of the same content on the same day writes the same bytes,
 * so a rebuild can be compared with a cold build, and a feed changes at most once a day (the
 * published years and the upcoming dates follow the day anyway).
 */
export const calendarStamp = (): Date => {
  const { year, month, day } = calendarToday();
  return new Date(Date.UTC(year, month - 1, day));
};

/** The years the calendar publishes: the build year − 1 to + 5. */
export const calendarYears = (): number[] => yearsFrom(calendarToday());

/**
 * The URL of each festival's page in a language, by entry name: the route that renders the
 * festival entry (the Visit section decides where it lives). Pass the site's routes.
 */
/** Each festival's page in a language, by festival name (remembered: many calendar pages link them). */
export const festivalLinks = remember('calendar:festival-links', async (locale: Locale): Promise<Map<string, string>> =>
  festivalPaths(await getRoutes(), locale),
);

export function festivalPaths(routes: readonly Route[], locale: Locale): Map<string, string> {
  const paths = new Map<string, string>();
  for (const route of routes) {
    if (route.locale !== locale) continue;
    const entry = (route.props as { entry?: { collection?: string; name?: string } } | undefined)?.entry;
    if (entry?.collection === 'festivals' && entry.name && !paths.has(entry.name)) paths.set(entry.name, route.path);
  }
  return paths;
}
