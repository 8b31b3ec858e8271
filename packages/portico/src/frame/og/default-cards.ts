/**
 * The default link-preview card of each language (pages without their own card use it): the
 * province's full name, its names in the other languages and its tagline, in the page's
 * language. Vietnamese keeps the address it always had, /og/default.png.
 */
import { LOCALES, type Locale } from '../../i18n/locales.ts';

export function defaultOgImage(locale: Locale): string {
  return locale === 'vi' ? '/og/default.png' : `/og/default-${locale}.png`;
}

/** The file name (without .png) under /og/ of each language's default card. */
export const DEFAULT_CARD_NAMES = LOCALES.map(({ code }) => ({
  locale: code,
  name: defaultOgImage(code).slice('/og/'.length, -'.png'.length),
}));
