/**
 * The Visit and Culture sections' data: destinations, festivals and culture articles in every
 * language (through localizedEntries, which handles translations, fallbacks, drafts and embargo),
 * the practical pages, the festivals' dates for the build's year, and the points of the map.
 * Returns plain objects; the views stay thin.
 */
import { existsSync } from 'node:fs';
import type { Locale } from '../../i18n/locales.ts';
import { DESTINATION_KINDS } from './schema.ts';
import { CULTURE_KINDS } from '../culture/schema.ts';
import { nextFestivalDate, festivalDates, type FestivalDate, type RecurringDate } from '../calendar/festival-dates.ts';
import type { MapPoint } from './map.ts';
import { groupByKind, pickBest, sortByText } from './logic.ts';
import type { SolarDate } from '../calendar/lunar.ts';
import { todayIn } from '../calendar/logic.ts';
import { localizedEntries, type LocalizedEntry } from '../../frame/content.ts';
import { remember } from '../../lib/incremental/track.ts';
import { buildNowForDay } from '../../frame/clock.ts';
import { mapOutline, province } from '../../frame/province.ts';
import { EditorError, renderedAt, unusablePicture } from '../../lib/editor-error.ts';
import { mediaById, type MediaRecord } from '../press/data.ts';
import { routeById } from '../../frame/routes.ts';
import { inProvince } from './outline.ts';
import { itemLanguage, type ItemLanguage } from '../../frame/item-language.ts';

export type DestinationEntry = LocalizedEntry<'destinations'>;
export type FestivalEntry = LocalizedEntry<'festivals'>;
export type CultureEntry = LocalizedEntry<'culture'>;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];
export type CultureKind = (typeof CULTURE_KINDS)[number];
export { DESTINATION_KINDS, CULTURE_KINDS };

/**
 * Every public destination. A destination whose coordinates fall outside the province (a typo
 * such as 12.877 for 21.877) stops the build with the entry named.
 */
export const destinationEntries = remember('visit:destinations', async (): Promise<DestinationEntry[]> => {
  const entries = await localizedEntries('destinations');
  for (const entry of entries) {
    for (const locale of entry.variants.vi.available) {
      const { coordinates } = entry.variants[locale].entry.data;
      if (!inProvince(mapOutline, coordinates)) {
        throw new EditorError(
          `src/content/destinations/${locale}/${entry.name}: coordinates ${coordinates.lat}, ${coordinates.lon} lie outside ${province.name.en} (check latitude and longitude)`,
        );
      }
    }
  }
  return entries;
});

export const festivalEntries = (): Promise<FestivalEntry[]> => localizedEntries('festivals');
export const cultureEntries = (): Promise<CultureEntry[]> => localizedEntries('culture');

/** Today in the province's time zone, at build time (remembered: a page showing it depends on the day). */
export const buildToday = remember('visit:today', (): SolarDate =>
  todayIn(buildNowForDay(province.timeZone), province.timeZone),
);

/** The URL of a route by id in a language (e.g. `destinations:mau-son`), if the site has it. */
export async function pathOfId(id: string, locale: Locale): Promise<string | undefined> {
  return (await routeById(id, locale))?.path;
}

/** A picture's record, or undefined when there is none or it has expired (it must not be shown then). */
export async function mediaRecord(id: string | undefined): Promise<MediaRecord | undefined> {
  return id ? mediaById(id) : undefined;
}

/** Several pictures in order; an unknown or expired one stops the build with the place named. */
export async function mediaRecords(ids: readonly string[], where: string): Promise<MediaRecord[]> {
  return Promise.all(
    ids.map(async (id, i) => {
      const media = await mediaById(id);
      if (!media) {
        const file = renderedAt(where, existsSync);
        throw unusablePicture(file, file.startsWith('/') ? '(body) <Gallery items>' : `gallery.${i}`, id);
      }
      return media;
    }),
  );
}

/** Destinations grouped by kind, sorted by title in the reader's language. */
export async function destinationsByKind(
  locale: Locale,
): Promise<{ kind: DestinationKind; items: DestinationEntry[] }[]> {
  const sorted = sortByText(await destinationEntries(), (e) => e.variants[locale].entry.data.title, locale);
  return groupByKind(sorted, DESTINATION_KINDS, (e) => e.variants[locale].entry.data.kind);
}

/** Culture articles grouped by kind, by their `order` and then title. */
export async function cultureByKind(locale: Locale): Promise<{ kind: CultureKind; items: CultureEntry[] }[]> {
  const sorted = sortByText(await cultureEntries(), (e) => e.variants[locale].entry.data.title, locale).sort(
    (a, b) => a.variants[locale].entry.data.order - b.variants[locale].entry.data.order,
  );
  return groupByKind(sorted, CULTURE_KINDS, (e) => e.variants[locale].entry.data.kind);
}

/** A festival with its occurrence in the build's year and its current-or-next one. */
export interface FestivalWithDates {
  entry: FestivalEntry;
  date: RecurringDate;
  /** The occurrences starting in the build's year. */
  thisYear: FestivalDate[];
  /** The current or next occurrence from the build's day. */
  next: FestivalDate | undefined;
}

export function datesOf(entry: FestivalEntry, today: SolarDate = buildToday()): FestivalWithDates {
  const date = entry.variants.vi.entry.data.date;
  return { entry, date, thisYear: festivalDates(date, today.year), next: nextFestivalDate(date, today) };
}

/**
 * Every festival with its dates, in the order they fall this year. Computed once per build (the
 * build's day does not change during it): every destination page asks for its festivals.
 */
export const festivalsWithDates = remember('visit:festivals', async (): Promise<FestivalWithDates[]> => {
  const today = buildToday();
  const all = (await festivalEntries()).map((e) => datesOf(e, today));
  const key = (f: FestivalWithDates) => f.thisYear[0]?.start ?? '9999';
  return all.sort((a, b) => key(a).localeCompare(key(b)) || a.entry.name.localeCompare(b.entry.name));
});

/** The festivals held at a destination. */
export async function festivalsAt(destination: string): Promise<FestivalWithDates[]> {
  return (await festivalsWithDates()).filter((f) => f.entry.variants.vi.entry.data.destination === destination);
}

/** A link with a title and its one-line description (in its language: see ItemLanguage). */
export interface PageLink extends ItemLanguage {
  path: string;
  title: string;
  description: string;
}

/**
 * The Visit section's own pages (the `pages` collection with section: visit): practical
 * information (role: practical) and the rest (itineraries), each by `order`.
 */
export async function visitPages(locale: Locale): Promise<{ practical: PageLink[]; itineraries: PageLink[] }> {
  const pages = (await localizedEntries('pages')).filter((p) => p.variants[locale].entry.data.section === 'visit');
  pages.sort((a, b) => a.variants[locale].entry.data.order - b.variants[locale].entry.data.order);
  const routes = await Promise.all(pages.map((p) => routeById(`pages:${p.name}`, locale)));
  const links = pages.flatMap((p, i) => {
    const route = routes[i];
    const data = p.variants[locale].entry.data;
    return route
      ? [
          {
            practical: data.role === 'practical',
            link: {
              path: route.path,
              title: data.title,
              description: data.description,
              ...itemLanguage(p.variants[locale]),
            },
          },
        ]
      : [];
  });
  return {
    practical: links.filter((l) => l.practical).map((l) => l.link),
    itineraries: links.filter((l) => !l.practical).map((l) => l.link),
  };
}

/** A destination on the map, numbered as in the list beside it. */
export interface LocatedDestination extends MapPoint, ItemLanguage {
  n: number;
  path: string;
  title: string;
  kind: DestinationKind;
  /** In the provincial capital's inset. */
  inCity: boolean;
}

/**
 * The destinations on the map, numbered in the order of the grouped list. Every destination page
 * draws the locator map: computed once per language, not per page.
 */
export const mapDestinations = remember('visit:map', (locale: Locale) => computeMapDestinations(locale));

/**
 * How many destinations the section's map shows: beyond about 30 numbered pins the labels no
 * longer fit and the section's home outgrows its weight budget. The full list is paginated.
 */
export const MAP_LIMIT = 30;

const RANKING_ORDER = { 'special-national': 0, national: 1, provincial: 2 } as const;

/** The destinations on the section's map: at most MAP_LIMIT, ranked heritage first, renumbered. */
export async function mapSelection(locale: Locale): Promise<{ points: LocatedDestination[]; total: number }> {
  const all = await mapDestinations(locale);
  const rankings = new Map(
    (await destinationEntries()).map((e) => [e.name, e.variants[locale].entry.data.ranking] as const),
  );
  const picked = pickBest(all, MAP_LIMIT, (p) => {
    const ranking = rankings.get(p.id);
    return ranking ? RANKING_ORDER[ranking] : 3;
  });
  return { points: picked.map((p, i) => ({ ...p, n: i + 1 })), total: all.length };
}

async function computeMapDestinations(locale: Locale): Promise<LocatedDestination[]> {
  const groups = await destinationsByKind(locale);
  const items = groups.flatMap(({ items }) => items);
  const paths = new Map(
    await Promise.all(
      items.map(async (e) => [e.name, (await routeById(`destinations:${e.name}`, locale))?.path ?? ''] as const),
    ),
  );
  const bounds = mapOutline.inset?.bounds;
  let n = 0;
  return groups.flatMap(({ items }) =>
    items.map((entry) => {
      const data = entry.variants[locale].entry.data;
      const { lat, lon } = data.coordinates;
      n += 1;
      return {
        id: entry.name,
        n,
        lat,
        lon,
        label: data.mapLabel ?? data.title,
        title: data.title,
        kind: data.kind,
        path: paths.get(entry.name) ?? '',
        ...itemLanguage(entry.variants[locale]),
        inCity:
          !!bounds && lat >= bounds.minLat && lat <= bounds.maxLat && lon >= bounds.minLon && lon <= bounds.maxLon,
      };
    }),
  );
}
