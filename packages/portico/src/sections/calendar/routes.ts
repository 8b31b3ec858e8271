/**
 * The calendar section's pages: its home (what is coming up), a page per published year with a
 * pre-built page per kind (the filter works without JavaScript), and the diplomatic relations
 * list sorted by date and by name.
 */
import type { Locale, Localized } from '../../i18n/locales.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { CALENDAR_KINDS, type CalendarKind } from './logic.ts';
import { sectionPath, type RouteGroup } from '../../frame/routing.ts';
import { calendarYears } from './data.ts';
import { BY_NAME, KIND_SEGMENTS, RELATIONS } from './urls.ts';

export { KIND_SEGMENTS };

/** What the calendar's views receive (variants of ViewProps). */
export type CalendarViewProps =
  | { view: 'calendar-home' }
  | { view: 'calendar-year'; year: number; kind: CalendarKind | null }
  | { view: 'calendar-relations'; sort: 'date' | 'name' };

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

/** The calendar's home. */
export const calendarHomePath = (locale: Locale): string => sectionPath(locale, 'calendar');

/** A year's page, or its page for one kind. */
export const calendarYearPath = (locale: Locale, year: number, kind: CalendarKind | null = null): string =>
  kind
    ? sectionPath(locale, 'calendar', String(year), KIND_SEGMENTS[kind][locale])
    : sectionPath(locale, 'calendar', String(year));

/** The diplomatic relations list, sorted by date or by name. */
export const relationsPath = (locale: Locale, sort: 'date' | 'name' = 'date'): string =>
  sort === 'name'
    ? sectionPath(locale, 'calendar', RELATIONS[locale], BY_NAME[locale])
    : sectionPath(locale, 'calendar', RELATIONS[locale]);

/** An iCalendar feed of a language: `all` or one kind (see src/pages/calendar/[locale]/[feed].ics.ts). */
export const feedPath = (locale: Locale, feed: 'all' | CalendarKind): string => `/calendar/${locale}/${feed}.ics`;

export async function calendarRoutes(): Promise<RouteGroup<CalendarViewProps>[]> {
  const t = (locale: Locale) => useTranslations(locale);
  const groups: RouteGroup<CalendarViewProps>[] = [
    {
      id: 'calendar:home',
      view: 'calendar-home',
      paths: each(calendarHomePath),
      titles: each((l) => t(l)('calendar.homeTitle')),
      props: each(() => ({ view: 'calendar-home' as const })),
    },
  ];
  for (const year of calendarYears()) {
    groups.push({
      id: `calendar:${year}`,
      view: 'calendar-year',
      paths: each((l) => calendarYearPath(l, year)),
      titles: each((l) => t(l)('calendar.yearTitle', { year })),
      props: each(() => ({ view: 'calendar-year' as const, year, kind: null })),
    });
    for (const kind of CALENDAR_KINDS) {
      groups.push({
        id: `calendar:${year}:${kind}`,
        view: 'calendar-year',
        paths: each((l) => calendarYearPath(l, year, kind)),
        titles: each((l) => t(l)('calendar.yearKindTitle', { year, kind: t(l)(`calendar.kind.${kind}`) })),
        props: each(() => ({ view: 'calendar-year' as const, year, kind })),
        // A filtered view of the year's page: followed, not indexed.
        indexable: each(() => false),
      });
    }
  }
  for (const sort of ['date', 'name'] as const) {
    groups.push({
      id: `calendar:relations:${sort}`,
      view: 'calendar-relations',
      paths: each((l) => relationsPath(l, sort)),
      titles: each((l) => t(l)(sort === 'date' ? 'calendar.relationsTitle' : 'calendar.captionName')),
      props: each(() => ({ view: 'calendar-relations' as const, sort })),
      indexable: each(() => sort === 'date'),
    });
  }
  return groups;
}
