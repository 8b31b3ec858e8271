/** Dates, numbers and money for a page's language, through Intl. */
import { localeInfo, type Locale } from '../i18n/locales.ts';

// Creating an Intl formatter costs far more than using one, and a build formats dates on every
// page: keep one formatter per (kind, language, options).
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, locale: Locale, options: object, make: (tag: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make(localeInfo(locale).intl);
    formatters.set(key, formatter);
  }
  return formatter;
}
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options));

/** "2025-07-12" → "12 tháng 7, 2025" / "12 July 2025" / "2025年7月12日". */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return dateFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: style === 'long' ? 'long' : 'numeric',
    day: 'numeric',
  }).format(date);
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, (tag) => new Intl.NumberFormat(tag, options)).format(value);
}

/** A phone number for display: its spaces made non-breaking so it never wraps. */
export function formatPhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

/** The tel: link of a phone number. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

const NBSP = '\u00a0';
const compactLong = (value: number, locale: Locale) =>
  formatNumber(value, locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/**
 * An amount in Vietnamese đồng, as each language writes large sums:
 * "1.500 tỷ đồng" · "VND 1.5 trillion" · "1.5万亿越南盾".
 */
export function formatVnd(amount: number, locale: Locale): string {
  if (locale === 'vi') {
    const [divisor, unit] = amount >= 1e9 ? [1e9, 'tỷ đồng'] : amount >= 1e6 ? [1e6, 'triệu đồng'] : [1, 'đồng'];
    return `${formatNumber(amount / divisor, 'vi', { maximumFractionDigits: 2 })}${NBSP}${unit}`;
  }
  if (locale === 'zh') return `${compactLong(amount, 'zh')}越南盾`;
  return `VND${NBSP}${compactLong(amount, 'en')}`;
}

/** An amount in US dollars: "12,5 triệu USD" · "USD 12.5 million" · "1250万美元". */
export function formatUsd(amount: number, locale: Locale): string {
  if (locale === 'vi') {
    const [divisor, unit] = amount >= 1e9 ? [1e9, 'tỷ USD'] : amount >= 1e6 ? [1e6, 'triệu USD'] : [1, 'USD'];
    return `${formatNumber(amount / divisor, 'vi', { maximumFractionDigits: 2 })}${NBSP}${unit}`;
  }
  if (locale === 'zh') return `${compactLong(amount, 'zh')}美元`;
  return `USD${NBSP}${compactLong(amount, 'en')}`;
}

/** A land area: "12,5 ha" · "12.5 ha" · "12.5公顷". */
export function formatHectares(ha: number, locale: Locale): string {
  return formatNumber(ha, locale, { style: 'unit', unit: 'hectare', maximumFractionDigits: 2 });
}

/** A large area: "8.310 km²" · "8,310 km²" · "8,310平方公里". */
export function formatSquareKm(km2: number, locale: Locale): string {
  const n = formatNumber(km2, locale, { maximumFractionDigits: 2 });
  return locale === 'zh' ? `${n}平方公里` : `${n}${NBSP}km²`;
}

/** A distance: "150 km" · "150公里". */
export function formatKm(km: number, locale: Locale): string {
  return formatNumber(km, locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
}

const utcDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
};

/** Day and month: "3 tháng 3" · "3 March" · "3月3日"; with `year`, the full date. */
export function formatDayMonth(iso: string, locale: Locale, year = false): string {
  return dateFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' as const } : {}),
  }).format(utcDate(iso));
}

/** A span of days: "3 – 8 tháng 3" · "3–8 March" · "3月3日至8日" (a single day when start = end). */
export function formatDayRange(start: string, end: string, locale: Locale, year = false): string {
  if (start === end) return formatDayMonth(start, locale, year);
  if (locale === 'zh') {
    // Intl's Chinese range is numeric ("3/3 – 3/8"); the written form reads better.
    const sameMonth = start.slice(0, 7) === end.slice(0, 7);
    const tail = sameMonth ? `${Number(end.slice(8, 10))}日` : formatDayMonth(end, locale);
    return `${formatDayMonth(start, locale, year)}至${tail}`;
  }
  return dateFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' as const } : {}),
  }).formatRange(utcDate(start), utcDate(end));
}

/** A month's name for a heading: "Tháng 3" · "March" · "3月". */
export function formatMonthName(month: number, locale: Locale): string {
  const name = dateFormat(locale, {
    timeZone: 'UTC',
    month: locale === 'zh' ? 'numeric' : 'long',
  }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return name.charAt(0).toLocaleUpperCase(localeInfo(locale).intl) + name.slice(1);
}

/** A list of names: "A, B và C" · "A, B and C" · "A、B和C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached('list', locale, {}, (tag) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })).format(
    items,
  );
}

/** A file size: "12,3 kB" · "12.3 kB" · "1.2 MB" (decimal units, as download pages show them). */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return formatNumber(value, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/** A language's name from its code, in the page's language: "fr" → "tiếng Pháp" · "French" · "法语". */
export function formatLanguageName(code: string, locale: Locale): string {
  return cached('language', locale, {}, (tag) => new Intl.DisplayNames([tag], { type: 'language' })).of(code) ?? code;
}
