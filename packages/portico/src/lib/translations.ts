/**
 * Translations are linked by entry name: src/content/<collection>/<locale>/<name>.mdx.
 * This module groups entries by name and decides, for every language, which entry a reader
 * sees: its own translation, or the source shown as a fallback.
 */
import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

export interface TranslatableEntry {
  id: string;
  data: { sourceLocale?: Locale; slug?: string };
}

/** "en/border-logistics" → { locale: 'en', name: 'border-logistics' }. */
export function splitEntryId(id: string): { locale: Locale; name: string } | null {
  const slash = id.indexOf('/');
  if (slash < 0) return null;
  const locale = id.slice(0, slash);
  const name = id.slice(slash + 1);
  if (!isLocale(locale) || !name || name.includes('/')) return null;
  return { locale, name };
}

export interface TranslationGroup<E extends TranslatableEntry> {
  name: string;
  sourceLocale: Locale;
  /** The entry in its source language, if present. */
  source: E | undefined;
  byLocale: Partial<Record<Locale, E>>;
}

export function groupTranslations<E extends TranslatableEntry>(entries: readonly E[]): TranslationGroup<E>[] {
  const groups = new Map<string, TranslationGroup<E>>();
  for (const entry of entries) {
    const parts = splitEntryId(entry.id);
    if (!parts) continue;
    let group = groups.get(parts.name);
    if (!group) {
      group = { name: parts.name, sourceLocale: 'vi', source: undefined, byLocale: {} };
      groups.set(parts.name, group);
    }
    group.byLocale[parts.locale] = entry;
  }
  for (const group of groups.values()) {
    const declared = Object.values(group.byLocale).find((e) => e?.data.sourceLocale)?.data.sourceLocale;
    group.sourceLocale = declared ?? 'vi';
    group.source = group.byLocale[group.sourceLocale];
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface Variant<E> {
  /** The entry shown. */
  entry: E;
  /** The language the shown content is written in. */
  contentLocale: Locale;
  /** true when the reader's language has no translation and the source is shown instead. */
  fallback: boolean;
  /** The languages the entry really exists in. */
  available: Locale[];
}

/**
 * What each language shows. A group without its source language shows the first language it has
 * (the content check reports the missing source separately).
 */
export function resolveVariants<E extends TranslatableEntry>(
  group: TranslationGroup<E>,
): Record<Locale, Variant<E>> | null {
  const available = LOCALES.map((l) => l.code).filter((code) => group.byLocale[code]);
  const origin = group.source ?? (available[0] ? group.byLocale[available[0]] : undefined);
  if (!origin) return null;
  const originLocale = group.source ? group.sourceLocale : available[0]!;
  const result = {} as Record<Locale, Variant<E>>;
  for (const { code } of LOCALES) {
    const own = group.byLocale[code];
    result[code] = own
      ? { entry: own, contentLocale: code, fallback: false, available }
      : { entry: origin, contentLocale: originLocale, fallback: true, available };
  }
  return result;
}

/** The URL segment of a group in a language: the translation's own slug, else the source's, else the name. */
export function segmentFor<E extends TranslatableEntry>(group: TranslationGroup<E>, locale: Locale): string {
  return group.byLocale[locale]?.data.slug ?? group.source?.data.slug ?? group.name;
}
