/**
 * The pure core of the interface translations: the engine's three dictionaries with the site's
 * overrides laid over them (./site-strings.ts), and `t` for a language. No Astro, no file system, so tests and scripts use it as pages do.
 */
import i18next, { type TFunction } from 'i18next';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { LOCALE_CODES, type Locale } from './locales.ts';
import siteStrings from './site-strings.ts';
import { mergeDictionary, type Dictionary } from './overrides.ts';

/** The engine's own strings, before a site's overrides. */
export const engineStrings = { vi, en, zh } as const;

export const resources = {
  vi: { translation: mergeDictionary(vi, siteStrings.vi) },
  en: { translation: mergeDictionary(en, siteStrings.en) },
  zh: { translation: mergeDictionary(zh, siteStrings.zh) },
} as unknown as { vi: { translation: typeof vi }; en: { translation: typeof en }; zh: { translation: typeof zh } };
export type { Dictionary };

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

const bound = new Map<Locale, TFunction>();

/**
 * `t` bound to one language: `useTranslations('en')('nav.invest')`. Strings without parameters
 * are looked up once per language and kept: every page asks for the same navigation and footer
 * labels, and i18next's lookup showed up in the build's profile at 3,000 entries per language.
 */
export function useTranslations(locale: Locale): TFunction {
  let t = bound.get(locale);
  if (!t) {
    // i18next's typed TFunction cannot be called generically; this wrapper keeps its behaviour.
    const fixed = instance.getFixedT(locale) as unknown as (...args: unknown[]) => string;
    const plain = new Map<string, string>();
    const lookup = (key: string | string[], ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== 'string') return fixed(key, ...rest);
      let text = plain.get(key);
      if (text === undefined) {
        text = fixed(key);
        plain.set(key, text);
      }
      return text;
    };
    t = lookup as unknown as TFunction;
    bound.set(locale, t);
  }
  return t;
}

export type UiKey = Parameters<TFunction>[0];
