/**
 * The press section's pages: the newsroom with its pre-built type lists (no JavaScript needed to
 * filter), every story and release, the press kits, media contacts and the media library.
 * Embargoed and draft items are not in localizedEntries, so they get no page.
 */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import type { RouteGroup } from '../../frame/routing.ts';
import { ITEM_VIEW } from './views/item-view.ts';
import {
  LIST_KINDS,
  contactsPath,
  itemPath,
  kitPath,
  kitsPath,
  listPath,
  mediaLibraryPath,
  ofKind,
  PAGE_SIZE,
  type ListKind,
} from './logic.ts';
import { CARD_PAGE_SIZE, paginate, type Paging } from '../../lib/paginate.ts';
import { pagedGroups } from '../../frame/paged.ts';

/** Page n of the media library. */

/** What the section's views receive. */
export type PressViewProps =
  | { view: 'press-list'; kind: ListKind; page: number; pages: number; items: PressItem[] }
  | { view: typeof ITEM_VIEW; entry: NewsEntry }
  | { view: 'press-kits' }
  | { view: 'press-kit'; entry: KitEntry }
  | { view: 'press-contacts' }
  | MediaLibraryProps;

export interface MediaLibraryProps {
  view: 'press-media';
  paging: Paging;
  items: MediaRecord[];
}
import {
  kitEntries,
  mediaLibrary,
  newsEntries,
  pressItems,
  typeOf,
  type KitEntry,
  type MediaRecord,
  type NewsEntry,
  type PressItem,
} from './data.ts';

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

const LIST_TITLE_KEY = {
  all: 'press.list.all',
  story: 'press.list.story',
  'press-release': 'press.list.press-release',
} as const;

function listGroups(itemsByLocale: Localized<PressItem[]>): RouteGroup<PressViewProps>[] {
  const groups: RouteGroup<PressViewProps>[] = [];
  for (const kind of LIST_KINDS) {
    const pagesByLocale = each((l) => paginate(ofKind(itemsByLocale[l], kind), PAGE_SIZE));
    const count = Math.max(...LOCALES.map(({ code }) => pagesByLocale[code].length));
    for (let page = 1; page <= count; page++) {
      const title = (l: Locale) => {
        const t = useTranslations(l);
        const base = kind === 'all' ? t('nav.press') : t(LIST_TITLE_KEY[kind]);
        return page === 1 ? base : t('pagination.pageTitle', { title: base, page });
      };
      groups.push({
        id: kind === 'all' && page === 1 ? 'section:press' : `press:list:${kind}:${page}`,
        view: 'press-list',
        paths: each((l) => listPath(l, kind, page)),
        titles: each(title),
        props: each((l) => ({
          view: 'press-list' as const,
          kind: kind as ListKind,
          page,
          pages: count,
          items: pagesByLocale[l][page - 1] ?? [],
        })),
      });
    }
  }
  return groups;
}

export async function pressRoutes(): Promise<RouteGroup<PressViewProps>[]> {
  const entries = await newsEntries();
  const kits = await kitEntries();
  const media = await mediaLibrary();
  const itemsByLocale = Object.fromEntries(
    await Promise.all(LOCALES.map(async ({ code }) => [code, await pressItems(code)])),
  ) as Localized<PressItem[]>;
  const t = (l: Locale) => useTranslations(l);

  const items: RouteGroup<PressViewProps>[] = entries.map((entry) => ({
    id: `news:${entry.name}`,
    view: ITEM_VIEW,
    paths: each((l) => itemPath(l, typeOf(entry, l), entry.segments[l])),
    titles: each((l) => entry.variants[l].entry.data.title),
    props: each(() => ({ view: ITEM_VIEW, entry })),
    indexable: each((l) => !entry.variants[l].fallback),
    entry,
  }));

  const kitPages: RouteGroup<PressViewProps>[] = kits.map((kit) => ({
    id: `press-kit:${kit.name}`,
    view: 'press-kit',
    paths: each((l) => kitPath(l, kit.segments[l])),
    titles: each((l) => kit.variants[l].entry.data.title),
    props: each(() => ({ view: 'press-kit' as const, entry: kit })),
    indexable: each((l) => !kit.variants[l].fallback),
    entry: kit,
  }));

  return [
    ...listGroups(itemsByLocale),
    ...items,
    {
      id: 'press:kits',
      view: 'press-kits',
      paths: each(kitsPath),
      titles: each((l) => t(l)('press.kits.title')),
      props: each(() => ({ view: 'press-kits' as const })),
    },
    ...kitPages,
    {
      id: 'press:contacts',
      view: 'press-contacts',
      paths: each(contactsPath),
      titles: each((l) => t(l)('press.contacts.title')),
      props: each(() => ({ view: 'press-contacts' as const })),
    },
    ...pagedGroups<MediaRecord, PressViewProps>({
      id: 'press:media',
      view: 'press-media',
      first: each(mediaLibraryPath),
      title: each((l) => t(l)('press.media.title')),
      pages: each(() => paginate(media, CARD_PAGE_SIZE)),
      props: (_l, items, paging) => ({ view: 'press-media', paging, items }),
    }),
  ];
}
