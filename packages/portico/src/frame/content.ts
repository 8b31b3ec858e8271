/**
 * The only place that reads the content collections. Returns what is public at build time,
 * grouped by translation. Every entry comes wrapped so that what a page reads of it is noted
 * (incremental builds, lib/incremental/track.ts).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { noteChangeAt, registerLoader, remember, trackEntries } from '../lib/incremental/track.ts';
import type { ProseCollection } from '../collections/index.ts';
import { groupVisibility, type MemberPublication } from '../lib/publication.ts';
import {
  groupTranslations,
  resolveVariants,
  segmentFor,
  type TranslationGroup,
  type Variant,
} from '../lib/translations.ts';
import type { Locale } from '../i18n/locales.ts';
import { buildNowUntil } from './clock.ts';

export type ProseEntry<C extends ProseCollection = ProseCollection> = CollectionEntry<C>;

registerLoader((collection) => getCollection(collection as CollectionKey));

/** A collection's entries, each wrapped so that the page reading them depends on what it reads. */
export async function readCollection<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return trackEntries(collection, await getCollection(collection));
}

/**
 * Entries that are neither drafts nor scheduled for later, judged by translation group: a draft
 * or embargoed source holds back every translation of it (lib/publication.ts groupVisibility).
 */
export function publishedEntries<C extends ProseCollection>(collection: C): Promise<ProseEntry<C>[]> {
  return published(collection) as Promise<ProseEntry<C>[]>;
}

const published = remember('published', async (collection: ProseCollection): Promise<ProseEntry[]> => {
  // What is public changes by the clock only when a scheduled entry's time comes (noted below).
  const now = buildNowUntil(() => undefined);
  const all = (await readCollection(collection)) as ProseEntry[];
  const visible = new Set<string>();
  for (const group of groupTranslations(all)) {
    const byLocale = group.byLocale as Partial<Record<Locale, ProseEntry>>;
    const data = Object.fromEntries(Object.entries(byLocale).map(([l, e]) => [l, e!.data as MemberPublication]));
    const seen = groupVisibility(data as Partial<Record<Locale, MemberPublication>>, group.sourceLocale, now);
    for (const locale of Object.keys(byLocale) as Locale[]) {
      const shown = seen[locale];
      if (shown?.visible) visible.add(byLocale[locale]!.id);
      else if (shown?.reason === 'scheduled') noteChangeAt(shown.until.getTime());
    }
  }
  return all.filter((entry) => visible.has(entry.id));
});

export interface LocalizedEntry<C extends ProseCollection = ProseCollection> {
  collection: C;
  name: string;
  /** What each language shows. */
  variants: Record<Locale, Variant<ProseEntry<C>>>;
  /** This entry's URL segment in each language. */
  segments: Record<Locale, string>;
}

/** Every public entry of a collection, with what each language shows and its URL segment. */
export function localizedEntries<C extends ProseCollection>(collection: C): Promise<LocalizedEntry<C>[]> {
  return localized(collection) as Promise<LocalizedEntry<C>[]>;
}

const localized = remember('localized', async (collection: ProseCollection): Promise<LocalizedEntry[]> => {
  const groups = groupTranslations(await publishedEntries(collection)) as TranslationGroup<ProseEntry>[];
  const result: LocalizedEntry[] = [];
  for (const group of groups) {
    const variants = resolveVariants(group);
    if (!variants) continue;
    const segments = { vi: segmentFor(group, 'vi'), en: segmentFor(group, 'en'), zh: segmentFor(group, 'zh') };
    result.push({ collection, name: group.name, variants, segments });
  }
  return result;
});
