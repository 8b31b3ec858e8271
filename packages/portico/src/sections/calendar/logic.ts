/**
 * The calendar section's pure logic: turns the content records (calendar dates, diplomatic
 * relations, festivals) into items for the anniversary engine, decides which occurrences a year
 * shows, and computes a festival's dates. No Astro, no file system, no clock: the build's data
 * layer (src/data/calendar.ts) and `npm run calendar` both call it.
 */
import type { Locale, Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import {
  getOccurrences,
  InvalidCalendarItemError,
  upcoming,
  type CalendarItem,
  type CalendarItemKind,
  type Occurrence,
} from './anniversaries.ts';
import { addDays, fromIso, julianDay, toIso, type LunarDate, type SolarDate } from './lunar.ts';
import { wallClock } from '../../frame/day.ts';

/** The kinds in the order the calendar lists and filters them. */
export const CALENDAR_KINDS = [
  'holiday',
  'national',
  'provincial',
  'festival',
  'international',
  'diplomatic',
] as const satisfies readonly CalendarItemKind[];
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** How many days the calendar home looks ahead. */
export const UPCOMING_DAYS = 60;

/** An item with what the pages need besides what the engine needs. */
export type CalendarEntry = {
  item: CalendarItem;
  /** Shown only on its round anniversaries (multiples of 5), not every year. */
  roundOnly: boolean;
  /** Where the fact comes from. */
  source: string;
  /** Festivals: the entry's name in the festivals collection (for links). */
  festival?: string;
  /** Per page language, the language the title is written in when it is not that one (untranslated festival). */
  titleLang?: Partial<Record<Locale, Locale>>;
  /** Where it takes place (festivals), per language, for schema.org. */
  place?: Partial<Localized>;
  /** Public holidays: the days off by law and the periods the Government announced. */
  daysOff?: { statutory?: number; periods: readonly DaysOffPeriod[] };
};

/** The days off the Government announced for one year's holiday, weekends included. */
export type DaysOffPeriod = {
  /** First day off, YYYY-MM-DD. */
  from: string;
  /** Last day off, YYYY-MM-DD. */
  to: string;
  /** The decision or notice that announced them. */
  source: string;
};

// ---------------------------------------------------------------------------
// Records → engine items
// ---------------------------------------------------------------------------

/** A calendar-dates record as the schema returns it. */
export type CalendarDateRecord = {
  kind: 'national' | 'holiday' | 'international' | 'provincial';
  title: Localized;
  calendar: 'solar' | 'lunar';
  date?: string;
  recurring?: string;
  since?: number;
  days?: number;
  everyYear: boolean;
  confidence?: 'verified' | 'year-verified' | 'unverified';
  source: string;
  daysOff?: number;
  daysOffByYear?: DaysOffPeriod[];
};

/** A diplomatic-relations record as the schema returns it. */
export type RelationRecord = {
  country: Localized;
  established: string;
  confidence: 'verified' | 'year-verified' | 'unverified';
  partnership: 'comprehensive-strategic' | 'strategic' | 'comprehensive' | 'none';
  partnershipConfidence?: 'verified' | 'unverified';
  history: { level: 'comprehensive-strategic' | 'strategic' | 'comprehensive' | 'none'; year: number }[];
  framework?: Localized;
  source: string;
};

/** A festival as the calendar needs it: its name, title per language and yearly date. */
export type FestivalRecord = {
  name: string;
  title: Localized;
  titleLang?: Partial<Record<Locale, Locale>>;
  date: { calendar: 'lunar' | 'solar'; month: number; day: number; days?: number };
  since?: number;
  /** Where it is held (the commune), per language. */
  place?: Partial<Localized>;
};

/** "1954-05-07" → year, month, day and how much of it is known. */
export function parsePartialDate(text: string): CalendarItem['date'] {
  const [year, month, day] = text.split('-').map(Number);
  if (day !== undefined) return { year, month, day, precision: 'day' };
  if (month !== undefined) return { year, month, precision: 'month' };
  return { year, precision: 'year' };
}

/** "MM-DD" → month and day. */
const monthDay = (text: string) => {
  const [month, day] = text.split('-').map(Number);
  return { month: month ?? 1, day: day ?? 1 };
};

/** Where a calendar-dates record falls: the date part of its engine item. */
type DatedRecord = Pick<CalendarDateRecord, 'calendar' | 'date' | 'recurring' | 'since' | 'confidence'>;

function itemDate(record: DatedRecord): CalendarItem['date'] {
  let date: CalendarItem['date'];
  if (record.calendar === 'solar' && record.date) {
    date = parsePartialDate(record.date);
  } else {
    const { month, day } = monthDay(record.recurring ?? '01-01');
    date = { month, day, precision: 'day', ...(record.since !== undefined ? { year: record.since } : {}) };
  }
  if (record.confidence === 'year-verified' && date.year !== undefined) date = { year: date.year, precision: 'year' };
  return date;
}

/** A calendar-dates record as an engine item. */
export function entryFromDate(id: string, record: CalendarDateRecord): CalendarEntry {
  const periods = record.daysOffByYear ?? [];
  const miss = periodsMissingTheirDate(record, periods)[0];
  if (miss) {
    throw new InvalidCalendarItemError(
      id,
      `daysOffByYear.${miss.index}`,
      `the days off ${miss.period.from} – ${miss.period.to} do not include the holiday itself (${miss.dates.join(', ') || 'no day that year'})`,
    );
  }
  return {
    item: {
      id,
      kind: record.kind,
      title: record.title,
      calendar: record.calendar,
      date: itemDate(record),
      ...(record.days && record.days > 1 ? { durationDays: record.days } : {}),
      recurring: record.everyYear,
      confirmed: record.confidence !== 'unverified',
    },
    roundOnly: !record.everyYear,
    source: record.source,
    ...(record.daysOff !== undefined || periods.length
      ? {
          daysOff: {
            ...(record.daysOff !== undefined ? { statutory: record.daysOff } : {}),
            periods: [...periods].sort((a, b) => (a.from < b.from ? -1 : 1)),
          },
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------
// Days off of public holidays
// ---------------------------------------------------------------------------

/** The longest period of days off a record may give (Tết with its weekends is 9 or 10). */
export const DAYS_OFF_MAX = 16;

/** How many days a period of days off lasts, both ends included. */
export const periodLength = (period: Pick<DaysOffPeriod, 'from' | 'to'>): number =>
  julianDay(fromIso(period.to)) - julianDay(fromIso(period.from)) + 1;

/**
 * The announced periods that do not include the holiday's own day in their year (a typo in a
 * year, or a period written under the wrong holiday), with the days the holiday falls on in the
 * years the period touches, so the message can say what was expected.
 */
export function periodsMissingTheirDate(
  record: DatedRecord,
  periods: readonly Pick<DaysOffPeriod, 'from' | 'to'>[],
): { index: number; period: Pick<DaysOffPeriod, 'from' | 'to'>; dates: string[] }[] {
  if (!periods.length) return [];
  // Every year, whatever the record's origin and round-anniversary rule: only the day matters here.
  const { year: _origin, ...date } = itemDate(record);
  const item: CalendarItem = {
    id: 'days-off',
    kind: 'holiday',
    title: { vi: '', en: '', zh: '' },
    calendar: record.calendar,
    date,
    recurring: true,
  };
  if (item.date.precision !== 'day') return [];
  return periods.flatMap((period, index) => {
    const years = [...new Set([Number(period.from.slice(0, 4)), Number(period.to.slice(0, 4))])];
    const dates = years.flatMap((y) => getOccurrences([item], y).flatMap((o) => (o.date ? [o.date] : [])));
    return dates.some((d) => period.from <= d && d <= period.to) ? [] : [{ index, period, dates }];
  });
}

/** An occurrence's days off: the period the Government announced, or only the number the law gives. */
export type DaysOff =
  { announced: true; start: string; end: string; days: number; source: string } | { announced: false; days: number };

/**
 * The days off of a public holiday's occurrence: the announced period that includes its day, or,
 * for a year the Government has not announced yet, the statutory number of days when the law gives
 * more than one (never guessed dates). Undefined for a date that gives no day off or has no day,
 * and for a one-day holiday in a year without an announced period (its day is the day off).
 */
export function daysOffOf(entry: CalendarEntry | undefined, occurrence: Pick<Occurrence, 'date'>): DaysOff | undefined {
  const daysOff = entry?.daysOff;
  const date = occurrence.date;
  if (!daysOff || !date) return undefined;
  const period = daysOff.periods.find((p) => p.from <= date && date <= p.to);
  if (period)
    return { announced: true, start: period.from, end: period.to, days: periodLength(period), source: period.source };
  // A one-day holiday is its own day: only a longer one needs the days off explained.
  return daysOff.statutory === undefined || daysOff.statutory < 2
    ? undefined
    : { announced: false, days: daysOff.statutory };
}

/** The calendar title of relations with a country, in every language. */
export function relationTitle(country: Localized): Localized {
  const make = (locale: Locale) => useTranslations(locale)('calendar.relationTitle', { country: country[locale] });
  return { vi: make('vi'), en: make('en'), zh: make('zh') };
}

/** The item id of relations with a country, from its record id (ISO code). */
export const relationItemId = (id: string) => `relations-${id}`;

/**
 * Diplomatic relations as an engine item: shown on round anniversaries. A year-verified date is
 * reduced to its year; an unverified one is kept but flagged as not confirmed.
 */
export function entryFromRelation(id: string, record: RelationRecord): CalendarEntry {
  let date = parsePartialDate(record.established);
  if (record.confidence === 'year-verified') date = { year: date.year, precision: 'year' };
  return {
    item: {
      id: relationItemId(id),
      kind: 'diplomatic',
      title: relationTitle(record.country),
      calendar: 'solar',
      date,
      recurring: false,
      confirmed: record.confidence !== 'unverified',
    },
    roundOnly: true,
    source: record.source,
  };
}

/** The item id of a festival, from its entry name. */
export const festivalItemId = (name: string) => `festival-${name}`;

/** A festival as an engine item: held every year, with its anniversary when its first year is known. */
export function entryFromFestival(festival: FestivalRecord): CalendarEntry {
  const { date } = festival;
  return {
    item: {
      id: festivalItemId(festival.name),
      kind: 'festival',
      title: festival.title,
      calendar: date.calendar,
      date: {
        month: date.month,
        day: date.day,
        precision: 'day',
        ...(festival.since !== undefined ? { year: festival.since } : {}),
      },
      ...(date.days && date.days > 1 ? { durationDays: date.days } : {}),
      recurring: true,
    },
    roundOnly: false,
    source: festival.name,
    festival: festival.name,
    ...(festival.titleLang ? { titleLang: festival.titleLang } : {}),
    ...(festival.place ? { place: festival.place } : {}),
  };
}

// ---------------------------------------------------------------------------
// What the pages show
// ---------------------------------------------------------------------------

const shown = (entries: ReadonlyMap<string, CalendarEntry>) => (o: Occurrence) =>
  !entries.get(o.id)?.roundOnly || o.round;

const index = (entries: readonly CalendarEntry[]) => new Map(entries.map((e) => [e.item.id, e]));

/**
 * The occurrences a year page shows: every yearly item, and the others (historical and
 * diplomatic dates) on their round anniversaries only.
 */
export function yearOccurrences(entries: readonly CalendarEntry[], year: number): Occurrence[] {
  return getOccurrences(
    entries.map((e) => e.item),
    year,
  ).filter(shown(index(entries)));
}

/** What happens in the `days` days from `today` on, with the same rule as {@link yearOccurrences}. */
export function upcomingOccurrences(
  entries: readonly CalendarEntry[],
  today: SolarDate,
  days: number = UPCOMING_DAYS,
): Occurrence[] {
  return upcoming(
    entries.map((e) => e.item),
    today,
    days,
  ).filter(shown(index(entries)));
}

/** The occurrences of one kind (all of them for `null`). */
export const ofKind = (occurrences: readonly Occurrence[], kind: CalendarKind | null): Occurrence[] =>
  kind ? occurrences.filter((o) => o.kind === kind) : [...occurrences];

/** Whether an occurrence is an event people can attend in the province (a schema.org Event): festivals and provincial events. */
export const isLocalEvent = (o: Pick<Occurrence, 'kind'>): boolean => o.kind === 'festival' || o.kind === 'provincial';

/** Dated occurrences grouped by the solar month they start in (months without any are left out). */
export function byMonth(occurrences: readonly Occurrence[]): { month: number; occurrences: Occurrence[] }[] {
  const months = new Map<number, Occurrence[]>();
  for (const o of occurrences) {
    if (!o.date) continue;
    const month = Number(o.date.slice(5, 7));
    months.set(month, [...(months.get(month) ?? []), o]);
  }
  return [...months.entries()].sort(([a], [b]) => a - b).map(([month, list]) => ({ month, occurrences: list }));
}

/** How many festivals a month shows on the year page of all kinds (the festivals page shows them all). */
export const FESTIVALS_PER_MONTH = 5;

/**
 * A month of the year page of all kinds: every date, but only the first `max` festivals, and how
 * many more the festivals page lists. A province with many festivals would otherwise bury the
 * year's anniversaries under them and make the page heavy.
 */
export function capFestivals(
  occurrences: readonly Occurrence[],
  max: number = FESTIVALS_PER_MONTH,
): { shown: Occurrence[]; moreFestivals: number } {
  let festivals = 0;
  const shown = occurrences.filter((o) => o.kind !== 'festival' || ++festivals <= max);
  return { shown, moreFestivals: Math.max(0, festivals - max) };
}

/** The years the calendar publishes: from the year before the build year to five years after it. */
export function calendarYears(today: SolarDate): number[] {
  return Array.from({ length: 7 }, (_, i) => today.year - 1 + i);
}

/** Today's date in a time zone, for an injected instant (the build's clock). */
export function todayIn(now: Date, timeZone: string): SolarDate {
  const local = new Date(wallClock(now.getTime(), timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Stable iCalendar UID of an occurrence: `<item-id>-<date>@<province id>`. */
export const occurrenceUid = (occurrence: Occurrence, provinceId: string) =>
  `${occurrence.id}-${occurrence.date ?? occurrence.year}@${provinceId}`;

// ---------------------------------------------------------------------------
// Festival dates
// ---------------------------------------------------------------------------

/** One year's days of a festival. */
export type FestivalDays = {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (the same as `start` for a one-day festival). */
  end: string;
  /** For lunar festivals: the lunar date observed. */
  lunar?: LunarDate;
  /** For lunar festivals whose days differ in China's calendar (UTC+8): China's first and last day. */
  china?: { start: string; end: string };
};

/**
 * The festival's days that start in solar year `year`: usually one occurrence, sometimes none or
 * two for a lunar date late in the lunar year. China's dates are given only where they differ.
 */
export function festivalDays(date: FestivalRecord['date'], year: number): FestivalDays[] {
  const days = date.days ?? 1;
  const item: CalendarItem = {
    id: 'festival',
    kind: 'festival',
    title: { vi: '', en: '', zh: '' },
    calendar: date.calendar,
    date: { month: date.month, day: date.day, precision: 'day' },
    ...(days > 1 ? { durationDays: days } : {}),
    recurring: true,
  };
  const last = (start: string) => toIso(addDays(fromIso(start), days - 1));
  return getOccurrences([item], year).flatMap((o) =>
    o.date
      ? [
          {
            start: o.date,
            end: o.endDate ?? o.date,
            ...(o.lunar ? { lunar: o.lunar } : {}),
            ...(o.chinaDate ? { china: { start: o.chinaDate, end: last(o.chinaDate) } } : {}),
          },
        ]
      : [],
  );
}

// ---------------------------------------------------------------------------
// Diplomatic relations list
// ---------------------------------------------------------------------------

/** A row of the diplomatic relations table. */
export type RelationRow = RelationRecord & { id: string };

/** The relations sorted by date of establishment (ties by English name) or by name in the reader's language. */
export function sortRelations(
  rows: readonly RelationRow[],
  sort: 'date' | 'name',
  locale: Locale,
  intlLocale: string,
): RelationRow[] {
  const collator = new Intl.Collator(intlLocale);
  const byName = (a: RelationRow, b: RelationRow) => collator.compare(a.country[locale], b.country[locale]);
  return [...rows].sort((a, b) =>
    sort === 'name'
      ? byName(a, b)
      : a.established < b.established
        ? -1
        : a.established > b.established
          ? 1
          : byName(a, b),
  );
}

/**
 * How much a general reader (a visitor, an investor, a journalist on the home page) cares about
 * each kind, most first: festivals and the province's own dates, then public holidays, then
 * international days, then national anniversaries (many of them military), then diplomatic ones.
 */
export const GENERAL_INTEREST: Record<CalendarItemKind, number> = {
  festival: 0,
  provincial: 0,
  holiday: 1,
  international: 2,
  national: 3,
  diplomatic: 4,
};

/**
 * The `limit` coming dates a general reader cares most about (GENERAL_INTEREST, then the sooner),
 * shown in date order as they came. National and diplomatic days are left out unless it is a
 * major (tenth) anniversary: the home page is not the place for every army or treaty day.
 */
export function forGeneralReaders<O extends { kind: CalendarItemKind; major?: boolean }>(
  occurrences: readonly O[],
  limit: number,
): O[] {
  return occurrences
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => GENERAL_INTEREST[o.kind] < GENERAL_INTEREST.national || o.major === true)
    .sort((a, b) => GENERAL_INTEREST[a.o.kind] - GENERAL_INTEREST[b.o.kind] || a.i - b.i)
    .slice(0, Math.max(0, limit))
    .sort((a, b) => a.i - b.i)
    .map((x) => x.o);
}
