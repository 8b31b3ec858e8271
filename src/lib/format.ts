/** Dates, numbers and money for a page's language, through Intl. */
import { localeInfo, type Locale } from '../i18n/locales.ts';

/** "2025-07-12" → "12 tháng 7, 2025" / "12 July 2025" / "2025年7月12日". */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(localeInfo(locale).intl, {
    timeZone: 'UTC',
    year: 'numeric',
    month: style === 'long' ? 'long' : 'numeric',
    day: 'numeric',
  }).format(date);
}

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeInfo(locale).intl, options).format(value);
}

/** A phone number for display: its spaces made non-breaking so it never wraps. */
export function formatPhone(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

/** The tel: link of a phone number. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}
