/**
 * The anniversary engine: which national days, festivals and diplomatic anniversaries fall in a
 * given solar year, on which day, and which of them are round numbers worth planning for.
 *
 * Pure: the caller passes the items, the year and (for {@link upcoming}) today's date.
 */
import type { Locale } from '../../i18n/locales.ts';
import {
  addDays,
  daysInSolarMonth,
  fromIso,
  isValidSolarDate,
  julianDay,
  lunarMonthLength,
  lunarToSolar,
  toIso,
  VIETNAM_TZ,
  CHINA_TZ,
  type LunarDate,
  type SolarDate,
} from './lunar.ts';

export type CalendarItemKind = 'national' | 'holiday' | 'diplomatic' | 'provincial' | 'festival' | 'international';

/** How much of the original date is known. A year-precision item is never given an invented day. */
export type DatePrecision = 'day' | 'month' | 'year';

/** Something the calendar shows: a holiday, a festival, a historical or diplomatic date. */
export type CalendarItem = {
  /** Stable id, e.g. `dien-bien-phu` or `relations-us`. */
  id: string;
  kind: CalendarItemKind;
  title: { vi: string; en: string; zh: string };
  /** Which calendar `date` is written in. Lunar dates follow the Vietnamese calendar. */
  calendar: 'solar' | 'lunar';
  /**
   * The original date. `year` is the origin year (solar, or the lunar year for lunar items);
   * without it an item still recurs but has no anniversary number. `leap` marks a leap lunar month.
   */
  date: { year?: number; month?: number; day?: number; precision: DatePrecision; leap?: boolean };
  /** Length in days of an event lasting several days, e.g. 6 for lunar 22–27. */
  durationDays?: number;
  /** true: held every year (holidays, festivals); false: shown only on anniversaries (1st, 2nd, …). */
  recurring: boolean;
  /** false when the date is not confirmed (some diplomatic data): still returned, but flagged. */
  confirmed?: boolean;
};

/** Why the occurrence is not on the literal date of the item. */
export type DateAdjustment =
  /** 29 February in a common year: observed on 28 February. */
  | 'feb-29-to-28'
  /** Lunar day 30 in a 29-day month: observed on day 29. */
  | 'lunar-30-to-29'
  /** A leap-month date in a year without that leap month: observed in the regular month. */
  | 'leap-to-regular';

/** One occurrence of an item in a solar year. */
export type Occurrence = {
  id: string;
  kind: CalendarItemKind;
  title: { vi: string; en: string; zh: string };
  calendar: 'solar' | 'lunar';
  precision: DatePrecision;
  /** The solar year the occurrence was computed for. */
  year: number;
  /** First day, `YYYY-MM-DD`; `null` for month- and year-precision items. */
  date: string | null;
  /** Last day of a multi-day event, `YYYY-MM-DD` (only when it lasts more than one day). */
  endDate?: string;
  /** The month of a month-precision item (a lunar month when `calendar` is `lunar`). */
  month?: number;
  /** Years since the origin year; `null` when the item has no origin year or this is the origin year. */
  anniversary: number | null;
  /** Anniversary is a multiple of 5. */
  round: boolean;
  /** Anniversary is a multiple of 10. */
  major: boolean;
  /** Anniversary is a multiple of 25 (25th, 50th, 75th, 100th, …). */
  jubilee: boolean;
  /** For lunar items with a day: the lunar date actually observed. */
  lunar?: LunarDate;
  /** For lunar items with a day: the solar date China's calendar (UTC+8) gives, only when different. */
  chinaDate?: string;
  /** Set when the day observed differs from the literal date of the item. */
  adjustment?: DateAdjustment;
  confirmed: boolean;
};

export type OccurrenceOptions = {
  /** Hours east of UTC for lunar dates: 7 for Vietnam (default). */
  tz?: number;
};

/** A calendar item that cannot be placed: names the item and the field. */
export class InvalidCalendarItemError extends Error {
  readonly itemId: string;
  readonly field: string;
  constructor(itemId: string, field: string, problem: string) {
    super(`Calendar item "${itemId}", ${field}: ${problem}`);
    this.name = 'InvalidCalendarItemError';
    this.itemId = itemId;
    this.field = field;
  }
}

function validate(item: CalendarItem): void {
  const { date } = item;
  const fail = (field: string, problem: string) => {
    throw new InvalidCalendarItemError(item.id, field, problem);
  };
  const isInt = (value: unknown): value is number => Number.isInteger(value);
  if (date.year !== undefined && !isInt(date.year)) fail('date.year', `expected a whole year, got ${date.year}`);
  if (date.precision !== 'year') {
    if (!isInt(date.month) || date.month < 1 || date.month > 12) fail('date.month', `expected 1–12, got ${date.month}`);
  }
  if (date.precision === 'day') {
    const maxDay = item.calendar === 'lunar' ? 30 : daysInSolarMonth(date.year ?? 2000, date.month ?? 1);
    if (!isInt(date.day) || date.day < 1 || date.day > maxDay)
      fail('date.day', `expected 1–${maxDay}, got ${date.day}`);
  }
  if (date.precision === 'year' && date.year === undefined) fail('date.year', 'a year-precision date needs its year');
  if (!item.recurring && date.year === undefined) {
    fail('date.year', 'a non-recurring item is only shown on anniversaries, so it needs the year it happened');
  }
  if (date.leap && item.calendar !== 'lunar') fail('date.leap', 'only lunar dates can be in a leap month');
  if (item.durationDays !== undefined && (!isInt(item.durationDays) || item.durationDays < 1)) {
    fail('durationDays', `expected a whole number of days, 1 or more, got ${item.durationDays}`);
  }
}

/** Anniversary number and its flags, or `undefined` when the item does not occur that year. */
function anniversaryFor(item: CalendarItem, eventYear: number) {
  const origin = item.date.year;
  if (origin === undefined) return { anniversary: null, round: false, major: false, jubilee: false };
  const n = eventYear - origin;
  // Before the event happened there is nothing to mark; the event year itself is the event,
  // not an anniversary, so only recurring items (a holiday's first celebration) show then.
  if (n < 0 || (n === 0 && !item.recurring)) return undefined;
  if (n === 0) return { anniversary: null, round: false, major: false, jubilee: false };
  return { anniversary: n, round: n % 5 === 0, major: n % 10 === 0, jubilee: n % 25 === 0 };
}

/**
 * Resolves a lunar month/day in a lunar year, with the customary fallbacks: a leap-month date
 * in a year without that leap month is kept in the regular month; day 30 of a 29-day month
 * becomes day 29.
 */
function resolveLunar(
  lunarYear: number,
  month: number,
  day: number,
  leap: boolean,
  tz: number,
): { lunar: LunarDate; solar: SolarDate; adjustment?: DateAdjustment } | null {
  let adjustment: DateAdjustment | undefined;
  let length = lunarMonthLength(lunarYear, month, leap, tz);
  let useLeap = leap;
  if (length === null) {
    useLeap = false;
    adjustment = 'leap-to-regular';
    length = lunarMonthLength(lunarYear, month, false, tz);
  }
  if (length === null) return null;
  let useDay = day;
  if (day > length) {
    useDay = length;
    adjustment ??= 'lunar-30-to-29';
  }
  const lunar: LunarDate = { year: lunarYear, month, day: useDay, leap: useLeap };
  const solar = lunarToSolar(lunar, tz);
  if (!solar) return null;
  return adjustment ? { lunar, solar, adjustment } : { lunar, solar };
}

function occurrencesOf(item: CalendarItem, year: number, tz: number): Occurrence[] {
  const { date } = item;
  const base = {
    id: item.id,
    kind: item.kind,
    title: item.title,
    calendar: item.calendar,
    precision: date.precision,
    year,
    confirmed: item.confirmed !== false,
  };
  const withSpan = (start: SolarDate) =>
    item.durationDays && item.durationDays > 1 ? { endDate: toIso(addDays(start, item.durationDays - 1)) } : {};

  if (date.precision === 'year') {
    const flags = anniversaryFor(item, year);
    return flags ? [{ ...base, date: null, ...flags }] : [];
  }

  if (date.precision === 'month') {
    const flags = anniversaryFor(item, year);
    return flags ? [{ ...base, date: null, ...(date.month === undefined ? {} : { month: date.month }), ...flags }] : [];
  }

  const month = date.month ?? 1;
  const day = date.day ?? 1;

  if (item.calendar === 'solar') {
    const flags = anniversaryFor(item, year);
    if (!flags) return [];
    const shifted = month === 2 && day === 29 && daysInSolarMonth(year, 2) === 28;
    const start = { year, month, day: shifted ? 28 : day };
    return [
      {
        ...base,
        date: toIso(start),
        ...withSpan(start),
        ...flags,
        ...(shifted ? { adjustment: 'feb-29-to-28' as const } : {}),
      },
    ];
  }

  // A lunar date of lunar year Y-1 can fall in January of year Y and one of lunar year Y in
  // December of Y, so both lunar years are tried and every hit inside solar year Y is kept
  // (occasionally two: early January and late December).
  const result: Occurrence[] = [];
  for (const lunarYear of [year - 1, year]) {
    const resolved = resolveLunar(lunarYear, month, day, date.leap ?? false, tz);
    if (!resolved || resolved.solar.year !== year) continue;
    // The anniversary of a lunar date is counted in lunar years.
    const flags = anniversaryFor(item, lunarYear);
    if (!flags) continue;
    const iso = toIso(resolved.solar);
    const china = tz === CHINA_TZ ? null : resolveLunar(lunarYear, month, day, date.leap ?? false, CHINA_TZ);
    const chinaIso = china ? toIso(china.solar) : null;
    result.push({
      ...base,
      date: iso,
      ...withSpan(resolved.solar),
      ...flags,
      lunar: resolved.lunar,
      ...(chinaIso && chinaIso !== iso ? { chinaDate: chinaIso } : {}),
      ...(resolved.adjustment ? { adjustment: resolved.adjustment } : {}),
    });
  }
  return result;
}

/**
 * Sort order: dated occurrences by day (a solar month-level mention after the last day of its
 * month), then lunar month-level mentions by lunar month, then year-level mentions; ties by id.
 */
function sortKey(occurrence: Occurrence): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (occurrence.date) return `0 ${occurrence.date}`;
  if (occurrence.month !== undefined) {
    return occurrence.calendar === 'solar'
      ? `0 ${occurrence.year}-${pad(occurrence.month)}-99`
      : `1 ${pad(occurrence.month)}`;
  }
  return '2';
}

function byDate(a: Occurrence, b: Occurrence): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every occurrence of the items in solar year `year`, sorted (see {@link sortKey}).
 *
 * - Solar items occur on their month/day; 29 February is observed on 28 February in common years.
 * - Lunar items occur on their lunar month/day in the lunar years that overlap `year`; only
 *   occurrences whose solar day falls inside `year` are returned. Day 30 missing → day 29; a leap
 *   month missing → the regular month (`adjustment` says so).
 * - Month- and year-precision items give `date: null` (never an invented day); month-precision
 *   ones carry `month`.
 * - Non-recurring items appear only from their 1st anniversary on; recurring ones every year
 *   from their origin year (if any), with the anniversary number when there is one.
 *
 * @throws InvalidCalendarItemError when an item's date cannot be placed.
 */
export function getOccurrences(
  items: readonly CalendarItem[],
  year: number,
  options: OccurrenceOptions = {},
): Occurrence[] {
  const tz = options.tz ?? VIETNAM_TZ;
  if (!Number.isInteger(year)) throw new RangeError(`Year must be a whole number, got ${year}`);
  const result: Occurrence[] = [];
  for (const item of items) {
    validate(item);
    result.push(...occurrencesOf(item, year, tz));
  }
  return result.sort(byDate);
}

/**
 * Dated occurrences happening in the `days` days starting with `today` ([today, today + days)),
 * across year boundaries. A multi-day event already under way on `today` is included: it is
 * still happening. Month- and year-level mentions have no day and are left out.
 */
export function upcoming(
  items: readonly CalendarItem[],
  today: SolarDate,
  days: number,
  options: OccurrenceOptions = {},
): Occurrence[] {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  if (!isValidSolarDate(today)) throw new RangeError(`today is not a real calendar date: ${JSON.stringify(today)}`);
  if (days === 0) return [];
  const first = julianDay(today);
  const last = first + days - 1;
  const lastYear = addDays(today, days - 1).year;
  const result: Occurrence[] = [];
  // The year before is scanned too, for an event that began in late December and is still running.
  for (let year = today.year - 1; year <= lastYear; year++) {
    for (const occurrence of getOccurrences(items, year, options)) {
      if (!occurrence.date) continue;
      const start = julianDay(fromIso(occurrence.date));
      const end = occurrence.endDate ? julianDay(fromIso(occurrence.endDate)) : start;
      if (start <= last && end >= first) result.push(occurrence);
    }
  }
  return result.sort(byDate);
}

/** Counts for a year's planning overview. */
export type YearSummary = {
  total: number;
  round: number;
  major: number;
  jubilee: number;
  /** Occurrences that are not confirmed (flagged data). */
  unconfirmed: number;
  /** Diplomatic occurrences with a round (multiple of 5) anniversary. */
  diplomaticRound: number;
  /** Ids of the diplomatic items with a round anniversary, in date order, without repeats. */
  diplomaticCountries: string[];
};

/** Summarises occurrences (usually one year's, from {@link getOccurrences}). */
export function yearSummary(occurrences: readonly Occurrence[]): YearSummary {
  const diplomaticRound = occurrences.filter((o) => o.kind === 'diplomatic' && o.round);
  return {
    total: occurrences.length,
    round: occurrences.filter((o) => o.round).length,
    major: occurrences.filter((o) => o.major).length,
    jubilee: occurrences.filter((o) => o.jubilee).length,
    unconfirmed: occurrences.filter((o) => !o.confirmed).length,
    diplomaticRound: diplomaticRound.length,
    diplomaticCountries: [...new Set(diplomaticRound.map((o) => o.id))],
  };
}

const englishOrdinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ENGLISH_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th, 112th. */
export function englishOrdinal(n: number): string {
  return `${n}${ENGLISH_SUFFIXES[englishOrdinalRules.select(n)] ?? 'th'}`;
}

/**
 * The anniversary phrase: vi "kỷ niệm 70 năm", en "70th anniversary", zh "70周年".
 * @throws RangeError for anything but a whole number ≥ 1.
 */
export function anniversaryLabel(n: number, locale: Locale): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`An anniversary is a whole number ≥ 1, got ${n}`);
  switch (locale) {
    case 'vi':
      return `kỷ niệm ${n} năm`;
    case 'en':
      return `${englishOrdinal(n)} anniversary`;
    case 'zh':
      return `${n}周年`;
  }
}
