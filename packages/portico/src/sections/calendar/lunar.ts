/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * Method, as published by Hồ Ngọc Đức for the Vietnamese calendar, with the astronomy of
 * Jean Meeus, "Astronomical Algorithms" (2nd ed.):
 * - a lunar month starts on the local civil day that contains a new moon (Meeus ch. 49);
 * - month 11 is the month containing the winter solstice (sun's apparent longitude 270°);
 * - when 13 new moons start between two consecutive months 11, the first month after
 *   month 11 that contains no major solar term (trung khí: longitude a multiple of 30°)
 *   is the leap month, and takes the number of the month before it;
 * - every "local day" depends on the time zone: Vietnam has used UTC+7 since 1968, China
 *   uses UTC+8. That single parameter explains why Tết 1985 fell a month apart and Tết
 *   2007 a day apart.
 *
 * Dates are plain `{ year, month, day }` objects in the proleptic Gregorian calendar and
 * Julian day numbers; nothing here reads the clock or depends on the JS `Date` time zone.
 *
 * Accuracy: the full Meeus new-moon series (seconds) and his low-accuracy solar longitude
 * (about 0.01°, i.e. ~15 minutes near a solar term). Verified against the published Tết
 * dates for 1968–2100 in both time zones (tests/fixtures/tet-1968-2100.csv). Supported
 * range is lunar years 1800–2299; results before 1968 are what the modern rules give, not
 * necessarily the calendar printed at the time (Vietnam used UTC+8 before 1968: pass `8`).
 */

/** A day in the proleptic Gregorian calendar. `month` is 1–12. */
export type SolarDate = { year: number; month: number; day: number };

/**
 * A day in the lunar calendar. `year` is the lunar year, numbered as the solar year in which
 * its month 1 starts (Tết); `leap` marks the intercalary month that repeats `month`.
 */
export type LunarDate = { year: number; month: number; day: number; leap: boolean };

/** A name in the site's three languages. */
export type Trilingual = { vi: string; en: string; zh: string };

/** Vietnam's time zone (hours east of UTC) for calendar purposes since 1968. */
export const VIETNAM_TZ = 7;
/** China's time zone, used to show the date the Chinese calendar gives. */
export const CHINA_TZ = 8;

/** First and last lunar year the conversions accept. */
export const SUPPORTED_YEARS = { min: 1800, max: 2299 } as const;

// ---------------------------------------------------------------------------
// Solar dates and Julian day numbers
// ---------------------------------------------------------------------------

/** Whether `year` is a Gregorian leap year. */
export function isLeapSolarYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a Gregorian month. */
export function daysInSolarMonth(year: number, month: number): number {
  if (month === 2) return isLeapSolarYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the object names a real Gregorian day (integers, month 1–12, day within the month). */
export function isValidSolarDate(date: SolarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInSolarMonth(year, month)
  );
}

/**
 * Julian day number (the integer JD of the day's noon) of a Gregorian date.
 * Integer arithmetic valid for any year, including negative ones.
 */
export function julianDay(date: SolarDate): number {
  const a = Math.floor((14 - date.month) / 12);
  const y = date.year + 4800 - a;
  const m = date.month + 12 * a - 3;
  return (
    date.day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a Julian day number (inverse of {@link julianDay}). */
export function fromJulianDay(jdn: number): SolarDate {
  if (!Number.isInteger(jdn)) throw new RangeError(`Julian day number must be an integer, got ${jdn}`);
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    year: 100 * b + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

/** The date `days` days after (or before, if negative) `date`. */
export function addDays(date: SolarDate, days: number): SolarDate {
  return fromJulianDay(julianDay(date) + days);
}

/** Formats a date as ISO 8601 `YYYY-MM-DD` (years 0–9999). */
export function toIso(date: SolarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Parses an ISO 8601 calendar date `YYYY-MM-DD`.
 * @throws RangeError when the text is not of that form or names a day that does not exist
 *   (e.g. `2023-02-29`), so a typo never silently becomes another day.
 */
export function fromIso(iso: string): SolarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isValidSolarDate(date)) throw new RangeError(`"${iso}" is not a real calendar date`);
  return date;
}

// ---------------------------------------------------------------------------
// Astronomy (Meeus)
// ---------------------------------------------------------------------------

const RAD = Math.PI / 180;
const sinDeg = (degrees: number) => Math.sin(degrees * RAD);

/**
 * ΔT = TT − UT in seconds, from the polynomial fits published by Espenak and Meeus (NASA,
 * "Five Millennium Canon of Solar Eclipses"). Meeus' formulas give Terrestrial Time; civil
 * days are counted in Universal Time, and ΔT (about a minute today) can move a new moon
 * across midnight.
 */
function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y < 1800 || y >= 2150) {
    const u = (y - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (y < 1860) {
    const t = y - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** Decimal year of a Julian date, precise enough for ΔT. */
const decimalYearOf = (jd: number) => 2000 + (jd - 2451545.0) / 365.25;

/** Meeus' mean synodic month, in days. */
const SYNODIC_MONTH = 29.530588861;
/** JDE of new moon k = 0 (6 January 2000), Meeus (49.1). */
const NEW_MOON_EPOCH = 2451550.09766;

/** Periodic terms of the true new moon, Meeus table 49.A: [coefficient, E power, M, M', F, Ω]. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments, Meeus p. 351: [coefficient, constant, rate per lunation]; A1 also has a T² term. */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Julian Ephemeris Day (TT) of true new moon number `k`, counted from the new moon of
 * 6 January 2000 (k = 0). Meeus ch. 49, all periodic and planetary terms.
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Omega = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;

  let correction = 0;
  for (const [coefficient, ePower, m, mp, f, omega] of NEW_MOON_TERMS) {
    correction += coefficient * E ** ePower * sinDeg(m * M + mp * Mp + f * F + omega * Omega);
  }
  PLANETARY_TERMS.forEach(([coefficient, constant, rate], i) => {
    const argument = constant + rate * k + (i === 0 ? -0.009173 * T2 : 0);
    correction += coefficient * sinDeg(argument);
  });
  return jde + correction;
}

/** Julian Date (UT) of true new moon number `k`. */
function newMoonJdUt(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTSeconds(decimalYearOf(jde)) / 86400;
}

/** Local civil day (Julian day number) on which new moon `k` falls, in time zone `tz` (hours). */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonJdUt(k) + 0.5 + tz / 24);
}

/**
 * Apparent geocentric longitude of the sun in degrees [0, 360) at Julian Ephemeris Day `jde`.
 * Meeus ch. 25, low-accuracy method (≈ 0.01°), including nutation and aberration.
 */
export function sunApparentLongitude(jde: number): number {
  const T = (jde - 2451545.0) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) +
    (0.019993 - 0.000101 * T) * sinDeg(2 * M) +
    0.000289 * sinDeg(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sinDeg(omega);
  return ((lambda % 360) + 360) % 360;
}

/**
 * Index 0–11 of the 30° sector the sun is in at the start (local midnight) of day `jdn`:
 * 0 from the March equinox, 9 from the winter solstice. A month contains a major solar term
 * exactly when the sector at its first day differs from the sector at the next month's.
 */
function sunSectorAtDayStart(jdn: number, tz: number): number {
  const jdUt = jdn - 0.5 - tz / 24;
  const jde = jdUt + deltaTSeconds(decimalYearOf(jdUt)) / 86400;
  return Math.floor(sunApparentLongitude(jde) / 30);
}

// ---------------------------------------------------------------------------
// Calendar structure
// ---------------------------------------------------------------------------

/** One lunar month: its number, whether it is the leap month, and its first day (JDN). */
type MonthSpan = { month: number; leap: boolean; start: number };
/** The months of one lunar year, and the first day of the next year (JDN). */
type LunarYearTable = { months: MonthSpan[]; end: number };

/** Index of the new moon that starts the month containing day `jdn`. */
function lunationContaining(jdn: number, tz: number): number {
  let k = Math.floor((jdn - 2451550.1) / SYNODIC_MONTH);
  while (newMoonDay(k, tz) > jdn) k--;
  while (newMoonDay(k + 1, tz) <= jdn) k++;
  return k;
}

/** Index of the new moon starting month 11, the month that contains the December solstice of `year`. */
function month11Lunation(year: number, tz: number): number {
  const k = lunationContaining(julianDay({ year, month: 12, day: 31 }), tz);
  // The month holding 31 December holds the solstice unless the sun had already passed
  // 270° (sector 9) when that month began; then it is the month before. Late-December
  // sectors are 8 or 9 only, so the comparison cannot be fooled by the 360° wrap.
  return sunSectorAtDayStart(newMoonDay(k, tz), tz) >= 9 ? k - 1 : k;
}

/**
 * The months from one month 11 (of solar year `year`) up to the next, exclusive, numbered.
 * A 13-month span gets a leap month: the first one after month 11 with no major solar term.
 */
function monthsFromMonth11(year: number, tz: number): { k: number; month: number; leap: boolean }[] {
  const first = month11Lunation(year, tz);
  const count = month11Lunation(year + 1, tz) - first;
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < 13; i++) {
      const sector = sunSectorAtDayStart(newMoonDay(first + i, tz), tz);
      if (sector === sunSectorAtDayStart(newMoonDay(first + i + 1, tz), tz)) {
        leapIndex = i;
        break;
      }
    }
  }
  const result: { k: number; month: number; leap: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i;
    result.push({ k: first + i, month: ((10 + ordinal) % 12) + 1, leap: i === leapIndex });
  }
  return result;
}

const yearTables = new Map<string, LunarYearTable>();

function assertSupported(lunarYear: number, tz: number): void {
  if (!Number.isInteger(lunarYear) || lunarYear < SUPPORTED_YEARS.min || lunarYear > SUPPORTED_YEARS.max) {
    throw new RangeError(
      `Lunar year ${lunarYear} is outside the supported range ${SUPPORTED_YEARS.min}–${SUPPORTED_YEARS.max}`,
    );
  }
  if (!Number.isFinite(tz) || tz < -12 || tz > 14)
    throw new RangeError(`Time zone offset must be in hours, -12 to 14, got ${tz}`);
}

/**
 * The months of lunar year `lunarYear`: from its month 1 (Tết) to the day before the next
 * Tết. Month 1 comes out of the span that starts at month 11 of the previous solar year,
 * months 11 and 12 (and a leap 11 or 12) out of the span that starts in this one.
 * Memoised: the astronomy is deterministic and a year is asked for many times.
 */
function lunarYearTable(lunarYear: number, tz: number): LunarYearTable {
  const key = `${tz}:${lunarYear}`;
  const cached = yearTables.get(key);
  if (cached) return cached;
  assertSupported(lunarYear, tz);

  const startOfYear = (spans: { k: number; month: number; leap: boolean }[]) =>
    spans.findIndex((span) => span.month === 1 && !span.leap);
  const before = monthsFromMonth11(lunarYear - 1, tz);
  const after = monthsFromMonth11(lunarYear, tz);
  const spans = [...before.slice(startOfYear(before)), ...after.slice(0, startOfYear(after))];
  const nextTet = after[startOfYear(after)];
  if (!nextTet) throw new Error(`No month 1 found after lunar year ${lunarYear}`);
  const table: LunarYearTable = {
    months: spans.map((span) => ({ month: span.month, leap: span.leap, start: newMoonDay(span.k, tz) })),
    end: newMoonDay(nextTet.k, tz),
  };
  yearTables.set(key, table);
  return table;
}

// ---------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------

/**
 * The lunar date of a solar date.
 * @param tz hours east of UTC that define the calendar day: 7 for Vietnam (default), 8 for China.
 * @throws RangeError for an invalid date or one outside the supported years.
 */
export function solarToLunar(date: SolarDate, tz: number = VIETNAM_TZ): LunarDate {
  if (!isValidSolarDate(date)) throw new RangeError(`Not a real calendar date: ${JSON.stringify(date)}`);
  const jdn = julianDay(date);
  // Tết is never before 20 January, so the day belongs to the lunar year named after its
  // solar year or to the one before.
  let table = lunarYearTable(date.year, tz);
  let lunarYear = date.year;
  if (jdn < (table.months[0]?.start ?? jdn)) {
    lunarYear -= 1;
    table = lunarYearTable(lunarYear, tz);
  }
  for (let i = table.months.length - 1; i >= 0; i--) {
    const span = table.months[i];
    if (span && span.start <= jdn)
      return { year: lunarYear, month: span.month, day: jdn - span.start + 1, leap: span.leap };
  }
  throw new Error(`Day ${toIso(date)} is not inside lunar year ${lunarYear}`);
}

function findMonth(
  lunarYear: number,
  month: number,
  leap: boolean,
  tz: number,
): { start: number; length: number } | null {
  const table = lunarYearTable(lunarYear, tz);
  const index = table.months.findIndex((span) => span.month === month && span.leap === leap);
  const span = table.months[index];
  if (!span) return null;
  const next = table.months[index + 1]?.start ?? table.end;
  return { start: span.start, length: next - span.start };
}

/**
 * The solar date of a lunar date, or `null` when that lunar day does not exist: a leap month
 * the year does not have, or day 30 of a 29-day month. No silent substitution happens here;
 * callers that want a fallback (day 29, or the regular month) apply it themselves.
 * @param tz hours east of UTC: 7 for Vietnam (default), 8 for China.
 * @throws RangeError for a month outside 1–12 or a year outside the supported range.
 */
export function lunarToSolar(date: LunarDate, tz: number = VIETNAM_TZ): SolarDate | null {
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) {
    throw new RangeError(`Lunar month must be 1–12, got ${date.month}`);
  }
  const found = findMonth(date.year, date.month, date.leap, tz);
  if (!found || !Number.isInteger(date.day) || date.day < 1 || date.day > found.length) return null;
  return fromJulianDay(found.start + date.day - 1);
}

/**
 * Length (29 or 30 days) of a lunar month, or `null` when the year has no such month
 * (a leap month it does not have).
 */
export function lunarMonthLength(
  lunarYear: number,
  month: number,
  leap = false,
  tz: number = VIETNAM_TZ,
): number | null {
  return findMonth(lunarYear, month, leap, tz)?.length ?? null;
}

/** The number of the leap month of a lunar year (1–12), or 0 when the year has none. */
export function leapMonthOf(lunarYear: number, tz: number = VIETNAM_TZ): number {
  return lunarYearTable(lunarYear, tz).months.find((span) => span.leap)?.month ?? 0;
}

/** The solar date of Tết (lunar 1/1) of a lunar year. */
export function tetOf(lunarYear: number, tz: number = VIETNAM_TZ): SolarDate {
  const first = lunarYearTable(lunarYear, tz).months[0];
  if (!first) throw new Error(`Lunar year ${lunarYear} has no months`);
  return fromJulianDay(first.start);
}

// ---------------------------------------------------------------------------
// Year names (can chi)
// ---------------------------------------------------------------------------

const STEMS_VI = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const STEMS_ZH = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'] as const;
const ELEMENTS_EN = ['Wood', 'Fire', 'Earth', 'Metal', 'Water'] as const;
const BRANCHES_VI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
const BRANCHES_ZH = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'] as const;
/**
 * The Vietnamese zodiac. It differs from the Chinese one: Mão is the Cat (China: Rabbit 兔),
 * Sửu the water Buffalo, Mùi the Goat. The Chinese names follow the Vietnamese animals so a
 * Chinese reader learns what Vietnamese people celebrate ("猫年"), with the Chinese animal
 * given separately in `chinaZodiac`.
 */
const ANIMALS_VI = ['Chuột', 'Trâu', 'Hổ', 'Mèo', 'Rồng', 'Rắn', 'Ngựa', 'Dê', 'Khỉ', 'Gà', 'Chó', 'Lợn'] as const;
const ANIMALS_EN = [
  'Rat',
  'Buffalo',
  'Tiger',
  'Cat',
  'Dragon',
  'Snake',
  'Horse',
  'Goat',
  'Monkey',
  'Rooster',
  'Dog',
  'Pig',
] as const;
const ANIMALS_ZH_VN = ['鼠', '牛', '虎', '猫', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'] as const;
const ANIMALS_ZH_CN = ['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'] as const;
const ANIMALS_EN_CN = [
  'Rat',
  'Ox',
  'Tiger',
  'Rabbit',
  'Dragon',
  'Snake',
  'Horse',
  'Goat',
  'Monkey',
  'Rooster',
  'Dog',
  'Pig',
] as const;

/** The sexagenary name of a lunar year and its animal. */
export type YearName = Trilingual & {
  /** Position in the 60-year cycle, 0 = Giáp Tý (1984, 2044). */
  cycleIndex: number;
  /** The Vietnamese zodiac animal, in each language. */
  zodiac: Trilingual;
  /** The animal China names for the same year (Rabbit 兔 for Mão, Ox for Sửu). */
  chinaZodiac: { zh: string; en: string };
};

const at = <T>(list: readonly T[], index: number): T => {
  const value = list[index];
  if (value === undefined) throw new RangeError(`Index ${index} out of range`);
  return value;
};

/**
 * The can chi name of a lunar year: `canChi(2024)` →
 * `{ vi: 'Giáp Thìn', en: 'Wood Dragon (Giáp Thìn)', zh: '甲辰', zodiac: { vi: 'Rồng', en: 'Dragon', zh: '龙' }, … }`.
 * The year is the lunar year (see {@link LunarDate}); January before Tết still belongs to the
 * previous year's name.
 */
export function canChi(lunarYear: number): YearName {
  if (!Number.isInteger(lunarYear)) throw new RangeError(`Year must be an integer, got ${lunarYear}`);
  // 4 CE was a Giáp Tý year; the cycle index counts from there.
  const stem = (((lunarYear - 4) % 10) + 10) % 10;
  const branch = (((lunarYear - 4) % 12) + 12) % 12;
  const vi = `${at(STEMS_VI, stem)} ${at(BRANCHES_VI, branch)}`;
  return {
    vi,
    en: `${at(ELEMENTS_EN, Math.floor(stem / 2))} ${at(ANIMALS_EN, branch)} (${vi})`,
    zh: `${at(STEMS_ZH, stem)}${at(BRANCHES_ZH, branch)}`,
    cycleIndex: (((lunarYear - 4) % 60) + 60) % 60,
    zodiac: { vi: at(ANIMALS_VI, branch), en: at(ANIMALS_EN, branch), zh: at(ANIMALS_ZH_VN, branch) },
    chinaZodiac: { zh: at(ANIMALS_ZH_CN, branch), en: at(ANIMALS_EN_CN, branch) },
  };
}
