/**
 * The pure core of the interface translations: takes the three dictionaries and returns
 * `t` for a language. No Astro, no file system, so tests and scripts use it as pages do.
 */
import i18next, { type TFunction } from 'i18next';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { LOCALE_CODES, type Locale } from './locales.ts';

export const resources = { vi: { translation: vi }, en: { translation: en }, zh: { translation: zh } } as const;

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'vi',
  supportedLngs: [...LOCALE_CODES],
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** `t` bound to one language: `useTranslations('en')('nav.invest')`. */
export function useTranslations(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

export type UiKey = Parameters<TFunction>[0];
