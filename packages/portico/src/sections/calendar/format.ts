/**
 * How the calendar writes its dates and occurrences in each language: lunar dates
 * ("15/1 âm lịch" · "day 15 of lunar month 1" · "农历正月十五"), solar days and spans, the
 * anniversary phrase. Pure; the words come from src/i18n through `useTranslations`.
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { anniversaryLabel, type Occurrence } from './anniversaries.ts';
import { formatDayMonth, formatDayRange } from '../../lib/format.ts';
import { addDays, fromIso, solarToLunar, toIso, type LunarDate } from './lunar.ts';
import type { DaysOff } from './logic.ts';

const ZH_MONTHS = [
  '正月',
  '二月',
  '三月',
  '四月',
  '五月',
  '六月',
  '七月',
  '八月',
  '九月',
  '十月',
  '冬月',
  '腊月',
] as const;
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** A lunar day in the Chinese almanac's words: 初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十. */
export function chineseLunarDay(day: number): string {
  if (day <= 10) return `初${ZH_DIGITS[day]}`;
  if (day < 20) return `十${ZH_DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${ZH_DIGITS[day - 20]}`;
  return '三十';
}

/** A lunar month in the Chinese almanac's words: 正月 … 十月, 冬月, 腊月. */
export const chineseLunarMonth = (month: number): string => ZH_MONTHS[month - 1] ?? `${month}月`;

const parts = (month: number, day: number, locale: Locale) =>
  locale === 'zh'
    ? { month: chineseLunarMonth(month), day: chineseLunarDay(day) }
    : { month: String(month), day: String(day) };

/** "15/1 âm lịch" · "day 15 of lunar month 1" · "农历正月十五" (leap months say so). */
export function lunarDateLabel(lunar: Pick<LunarDate, 'month' | 'day'> & { leap?: boolean }, locale: Locale): string {
  const t = useTranslations(locale);
  return t(lunar.leap ? 'calendar.lunarDateLeap' : 'calendar.lunarDate', parts(lunar.month, lunar.day, locale));
}

/**
 * The lunar days of an event lasting `days` days from `lunar`: "22–27/1 âm lịch" ·
 * "days 22–27 of lunar month 1" · "农历正月廿二至廿七". When the span crosses into the next lunar
 * month, both ends are written in full. `end` is the last solar day, to find the last lunar day.
 */
export function lunarSpanLabel(lunar: LunarDate, end: string | undefined, locale: Locale): string {
  if (!end) return lunarDateLabel(lunar, locale);
  const last = solarToLunar(fromIso(end));
  if (last.month !== lunar.month || last.leap !== lunar.leap) {
    return `${lunarDateLabel(lunar, locale)} – ${lunarDateLabel(last, locale)}`;
  }
  const t = useTranslations(locale);
  const first = parts(lunar.month, lunar.day, locale);
  return t(lunar.leap ? 'calendar.lunarRangeLeap' : 'calendar.lunarRange', {
    month: first.month,
    from: first.day,
    to: parts(last.month, last.day, locale).day,
  });
}

/** The solar day(s) of an occurrence: "3 tháng 3" · "24–29 February" · "2月24日至29日". */
export const solarLabel = (o: Pick<Occurrence, 'date' | 'endDate'>, locale: Locale, year = false): string =>
  o.date ? formatDayRange(o.date, o.endDate ?? o.date, locale, year) : '';

/** China's day for a lunar occurrence whose day differs there, or undefined. */
export const chinaLabel = (o: Pick<Occurrence, 'chinaDate'>, locale: Locale): string | undefined =>
  o.chinaDate
    ? useTranslations(locale)('calendar.chinaDate', { date: formatDayMonth(o.chinaDate, locale) })
    : undefined;

/** The anniversary phrase of an occurrence ("kỷ niệm 70 năm" · "70th anniversary" · "70周年"), or undefined. */
export const occurrenceAnniversary = (o: Pick<Occurrence, 'anniversary'>, locale: Locale): string | undefined =>
  o.anniversary ? anniversaryLabel(o.anniversary, locale) : undefined;

/** Title with its anniversary: "Chiến thắng Điện Biên Phủ (kỷ niệm 70 năm)". */
export function occurrenceTitle(o: Pick<Occurrence, 'title' | 'anniversary'>, locale: Locale): string {
  const label = occurrenceAnniversary(o, locale);
  if (!label) return o.title[locale];
  return locale === 'zh' ? `${o.title[locale]}（${label}）` : `${o.title[locale]} (${label})`;
}

/** The strongest badge of an occurrence: jubilee, major or round. */
export function badgeOf(o: Pick<Occurrence, 'round' | 'major' | 'jubilee'>): 'jubilee' | 'major' | 'round' | undefined {
  if (o.jubilee) return 'jubilee';
  if (o.major) return 'major';
  if (o.round) return 'round';
  return undefined;
}

/**
 * A festival's yearly lunar date, before it is placed in a year: "22–27/1 âm lịch" ·
 * "days 22–27 of lunar month 1" · "农历正月廿二至廿七" (the first day alone when the span runs
 * past day 29, since the month's length depends on the year).
 */
export function recurringLunarLabel(month: number, day: number, days: number, locale: Locale): string {
  const last = day + days - 1;
  if (days <= 1 || last > 29) return lunarDateLabel({ month, day }, locale);
  const first = parts(month, day, locale);
  return useTranslations(locale)('calendar.lunarRange', {
    month: first.month,
    from: first.day,
    to: parts(month, last, locale).day,
  });
}

/** A solar festival's yearly days: "9 tháng 3" · "9–11 March" · "3月9日至11日". */
export function recurringSolarLabel(month: number, day: number, days: number, locale: Locale): string {
  // A leap year as the base, so that 29 February can be written.
  const start = `2000-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return formatDayRange(start, toIso(addDays(fromIso(start), Math.max(days, 1) - 1)), locale);
}

/**
 * A public holiday's days off: "Nghỉ lễ: 14–22 tháng 2, 2026 (9 ngày)" · "Days off: 14–22 February
 * 2026 (9 days)" · "放假：2026年2月14日至22日（共9天）", or, for a year not announced yet, the number
 * of days the Labour Code gives and that the Government sets the exact days.
 */
export function daysOffLabel(daysOff: DaysOff, locale: Locale): string {
  const t = useTranslations(locale);
  return daysOff.announced
    ? t('calendar.daysOff', { dates: formatDayRange(daysOff.start, daysOff.end, locale, true), count: daysOff.days })
    : t('calendar.daysOffStatutory', { count: daysOff.days });
}
