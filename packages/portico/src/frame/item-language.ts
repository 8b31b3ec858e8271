/**
 * The language of an item in a list (a card, a row, a link): an entry without a translation in the
 * page's language is listed in its original language (its page is a fallback), so its title and
 * summary carry the lang of that language and the item a visible tag saying it
 * (components/LanguageTag.astro, which shows nothing for an item in the page's language).
 *
 *   const language = itemLanguage(entry.variants[locale]);
 *   <LanguageTag locale={locale} contentLocale={language.contentLocale} />
 *   <h3 lang={language.lang}><a href={path}>{title}</a></h3>
 */
import { localeInfo, type Locale } from '../i18n/locales.ts';

export interface ItemLanguage {
  /** The page's language has no translation: the item is shown in its original language. */
  fallback: boolean;
  /** The language the item's title and summary are written in. */
  contentLocale: Locale;
  /** The lang attribute of its title and summary: undefined when they are in the page's language. */
  lang: string | undefined;
}

/** What a list needs to mark an entry's variant (`entry.variants[locale]`) shown in another language. */
export function itemLanguage(variant: { fallback: boolean; contentLocale: Locale }): ItemLanguage {
  return {
    fallback: variant.fallback,
    contentLocale: variant.contentLocale,
    lang: variant.fallback ? localeInfo(variant.contentLocale).htmlLang : undefined,
  };
}
