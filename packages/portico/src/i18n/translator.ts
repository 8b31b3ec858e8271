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

/** Kept translations per language at most: a long-running dev server does not grow for ever. */
const KEPT = 20_000;

/** Parameters made only of text, numbers and booleans: the same ones always give the same string. */
const plainParams = (rest: unknown[]): string | undefined => {
  if (rest.length !== 1) return undefined;
  const params = rest[0];
  if (typeof params !== 'object' || params === null || Object.getPrototypeOf(params) !== Object.prototype)
    return undefined;
  for (const value of Object.values(params))
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  return JSON.stringify(params);
};

/**
 * `t` bound to one language: `useTranslations('en')('nav.invest')`. Strings are looked up once
 * per language and kept, with their parameters when those are plain text and numbers: every page
 * asks for the same navigation and footer labels and formats the same dates and counts, and
 * i18next's lookup showed up in the build's profile (about 1 s of a cold build at 1,000 entries
 * per language with parameters, before they were kept too).
 */
export function useTranslations(locale: Locale): TFunction {
  let t = bound.get(locale);
  if (!t) {
    // i18next's typed TFunction cannot be called generically; this wrapper keeps its behaviour.
    const fixed = instance.getFixedT(locale) as unknown as (...args: unknown[]) => string;
    const kept = new Map<string, string>();
    const lookup = (key: string | string[], ...rest: unknown[]) => {
      if (typeof key !== 'string') return fixed(key, ...rest);
      const params = rest.length === 0 ? '' : plainParams(rest);
      if (params === undefined) return fixed(key, ...rest);
      const id = params ? `${key}\0${params}` : key;
      let text = kept.get(id);
      if (text === undefined) {
        text = fixed(key, ...rest);
        if (typeof text !== 'string') return text;
        if (kept.size >= KEPT) kept.clear();
        kept.set(id, text);
      }
      return text;
    };
    t = lookup as unknown as TFunction;
    bound.set(locale, t);
  }
  return t;
}

export type UiKey = Parameters<TFunction>[0];
