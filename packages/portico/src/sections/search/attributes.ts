/**
 * What a view spreads on the element holding an entry so the search index takes it, with the
 * filters and metadata search results show (src/lib/search.ts does the work):
 *
 *   <article {...searchAttributes(locale, variant.fallback ? undefined : { section: 'invest', type: 'zones' })}>
 *
 * Pass `undefined` for a fallback page (shown in another language): it must stay out of this
 * language's index. `section` and `type` are keys, translated here; `sector` and `kind` are the
 * names readers see, already in the page's language.
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import type { SectionKey } from '../../frame/routing.ts';
import { pagefindAttributes } from './logic.ts';
import type vi from '../../i18n/vi.json';

/** The content types results are filtered by (labels in the i18n files under search.types). */
export type SearchType = keyof (typeof vi)['search']['types'];

export interface SearchFacetKeys {
  /** The section the entry belongs to; 'none' for top-level pages such as About. */
  section: SectionKey | 'none';
  type: SearchType;
  /** Opportunities: the sector's name in this language. */
  sector?: string | undefined;
  /** Calendar entries (and other entries with a kind): the kind's name in this language. */
  kind?: string | undefined;
  /** YYYY-MM-DD shown with the result. */
  date?: string | undefined;
  /** A built image URL shown with the result, and its alt text. */
  image?: string | undefined;
  imageAlt?: string | undefined;
}

export function searchAttributes(locale: Locale, facets: SearchFacetKeys | undefined): Record<string, string> {
  if (!facets) return {};
  const t = useTranslations(locale);
  const { section, type, ...rest } = facets;
  return pagefindAttributes({
    ...rest,
    section: section === 'none' ? t('search.general') : t(`nav.${section}`),
    type: t(`search.types.${type}`),
  } as Parameters<typeof pagefindAttributes>[0]);
}

/** The section each prose collection's entries belong to (pages say it themselves). */
const SECTION_OF: Partial<Record<SearchType, SectionKey>> = {
  sectors: 'invest',
  zones: 'invest',
  opportunities: 'invest',
  incentives: 'invest',
  destinations: 'visit',
  festivals: 'visit',
  culture: 'culture',
  news: 'press',
  'press-kits': 'press',
  'press-releases': 'press',
  calendar: 'calendar',
};

const isSearchType = (name: string): name is SearchType => name === 'pages' || name in SECTION_OF;

/** The facets of a prose entry from its collection and front matter (for EntryView and the like). */
export function entryFacets(collection: string, data: { section?: string; updated?: string }): SearchFacetKeys {
  const type: SearchType = isSearchType(collection) ? collection : 'pages';
  const section = (data.section as SectionKey | 'none' | undefined) ?? SECTION_OF[type] ?? 'none';
  return { section, type, date: data.updated };
}
