/**
 * When a yearly festival falls in a given solar year, computed with the anniversary engine (and
 * through it the Vietnamese lunar calendar of src/lib/lunar.ts): a festival held "from the 22nd
 * to the 27th of the first lunar month" becomes the solar days of that year.
 *
 * Pure: the caller passes the year or today's date.
 */
import { getOccurrences, type DateAdjustment } from './anniversaries.ts';
import { fromIso, julianDay, type LunarDate, type SolarDate } from './lunar.ts';

/** A festival's yearly date, as written in its content entry. */
export type RecurringDate = {
  calendar: 'lunar' | 'solar';
  month: number;
  day: number;
  /** How many days it lasts (1 for a one-day festival). */
  days: number;
};

/** One year's occurrence of a festival. */
export type FestivalDate = {
  /** The solar year it was computed for. */
  year: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (the same as `start` for a one-day festival). */
  end: string;
  /** For lunar festivals: the lunar date observed. */
  lunar?: LunarDate;
  /** Set when the day observed is not the literal date (e.g. lunar day 30 in a 29-day month). */
  adjustment?: DateAdjustment;
};

/**
 * The occurrences of a festival that start in solar year `year` (usually one; a lunar date late
 * in the lunar year can start twice in one solar year, or not at all).
 */
export function festivalDates(date: RecurringDate, year: number): FestivalDate[] {
  const occurrences = getOccurrences(
    [
      {
        id: 'festival',
        kind: 'festival',
        title: { vi: '', en: '', zh: '' },
        calendar: date.calendar,
        date: { month: date.month, day: date.day, precision: 'day' },
        durationDays: date.days,
        recurring: true,
      },
    ],
    year,
  );
  return occurrences
    .filter((o): o is typeof o & { date: string } => o.date !== null)
    .map((o) => ({
      year,
      start: o.date,
      end: o.endDate ?? o.date,
      ...(o.lunar ? { lunar: o.lunar } : {}),
      ...(o.adjustment ? { adjustment: o.adjustment } : {}),
    }));
}

/**
 * The festival's current or next occurrence seen from `today`: the first one whose last day is
 * today or later, looking at this solar year and the next.
 */
export function nextFestivalDate(date: RecurringDate, today: SolarDate): FestivalDate | undefined {
  const now = julianDay(today);
  for (const year of [today.year, today.year + 1]) {
    const found = festivalDates(date, year).find((d) => julianDay(fromIso(d.end)) >= now);
    if (found) return found;
  }
  return undefined;
}

/** Whether an occurrence is entirely before `today`. */
export function isPast(occurrence: FestivalDate, today: SolarDate): boolean {
  return julianDay(fromIso(occurrence.end)) < julianDay(today);
}
