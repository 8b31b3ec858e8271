/**
 * Pure helpers of the Visit and Culture sections: grouping by kind, ordering, and the small
 * formatting that is not language text (coordinates).
 */
import { localeInfo, type Locale } from '../../i18n/locales.ts';

/**
 * Items grouped under the kinds they belong to, in the order of `kinds`; empty kinds are left
 * out. Within a kind, items keep the order given (sort them first).
 */
export function groupByKind<K extends string, T>(
  items: readonly T[],
  kinds: readonly K[],
  kindOf: (item: T) => K,
): { kind: K; items: T[] }[] {
  return kinds
    .map((kind) => ({ kind, items: items.filter((item) => kindOf(item) === kind) }))
    .filter((g) => g.items.length > 0);
}

/**
 * At most `limit` items, the best ranked first (lower rank is better; ties keep their order),
 * returned in their original order: which destinations a map has room for.
 */
export function pickBest<T>(items: readonly T[], limit: number, rankOf: (item: T) => number): T[] {
  if (items.length <= limit) return [...items];
  const kept = new Set(
    items
      .map((item, i) => ({ i, rank: rankOf(item) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .slice(0, Math.max(0, limit))
      .map((x) => x.i),
  );
  return items.filter((_, i) => kept.has(i));
}

/** Sorts by a text in the reader's language's collation (Vietnamese letters in their own order). */
export function sortByText<T>(items: readonly T[], textOf: (item: T) => string, locale: Locale): T[] {
  const collator = new Intl.Collator(localeInfo(locale).intl);
  return [...items].sort((a, b) => collator.compare(textOf(a), textOf(b)));
}

/** "21.877° N, 107.004° E": a position for readers (3 decimals, about 100 m). */
export function formatCoordinates(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(3)}° ${ns}, ${Math.abs(lon).toFixed(3)}° ${ew}`;
}

/** Rounds a coordinate to 3 decimals (about 100 m), the precision the content uses. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** A place for schema.org: its name and where it is (commune, province, Vietnam). */
const placeOf = (name: string, commune: string, region: string) => ({
  '@type': 'Place',
  name,
  address: { '@type': 'PostalAddress', addressLocality: commune, addressRegion: region, addressCountry: 'VN' },
});

/** schema.org TouristAttraction for a destination page (JSON-LD). */
export function destinationJsonLd(d: {
  url: string;
  name: string;
  description: string;
  commune: string;
  region: string;
  lat: number;
  lon: number;
  language: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristAttraction',
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: d.language,
    geo: { '@type': 'GeoCoordinates', latitude: round3(d.lat), longitude: round3(d.lon) },
    address: placeOf(d.name, d.commune, d.region).address,
  };
}

/** schema.org Event for a festival's next occurrence (JSON-LD); dates are YYYY-MM-DD. */
export function festivalJsonLd(f: {
  url: string;
  name: string;
  description: string;
  place: string;
  commune: string;
  region: string;
  start: string;
  end: string;
  language: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: f.name,
    description: f.description,
    url: f.url,
    inLanguage: f.language,
    startDate: f.start,
    endDate: f.end,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: placeOf(f.place, f.commune, f.region),
  };
}
