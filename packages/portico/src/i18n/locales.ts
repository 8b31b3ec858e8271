/**
 * The one table of languages. Everything that needs to know which languages exist,
 * their URL prefix, `<html lang>`, Intl locale or label reads it from here.
 */
export const LOCALES = [
  {
    code: 'vi',
    htmlLang: 'vi',
    intl: 'vi-VN',
    og: 'vi_VN',
    prefix: '',
    label: 'Tiếng Việt',
    short: 'VI',
    dir: 'ltr',
  },
  {
    code: 'en',
    htmlLang: 'en',
    intl: 'en-GB',
    og: 'en_GB',
    prefix: 'en',
    label: 'English',
    short: 'EN',
    dir: 'ltr',
  },
  {
    code: 'zh',
    htmlLang: 'zh-CN',
    intl: 'zh-CN',
    og: 'zh_CN',
    prefix: 'zh',
    label: '中文',
    short: '中文',
    dir: 'ltr',
  },
] as const;

export type LocaleInfo = (typeof LOCALES)[number];
export type Locale = LocaleInfo['code'];

/** The language of the site root and of `x-default`. */
export const DEFAULT_LOCALE: Locale = 'vi';

export const LOCALE_CODES: readonly Locale[] = LOCALES.map((l) => l.code);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

export function localeInfo(code: Locale): LocaleInfo {
  const info = LOCALES.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale ${code}`);
  return info;
}

/** A value given in every language, e.g. a province's name. */
export type Localized<T = string> = Record<Locale, T>;
