/**
 * Destinations must lie in the province: every destination is drawn on the Visit map, and a point
 * outside the outline is almost always a typing mistake (latitude and longitude swapped, a digit
 * lost). The build refuses them; `portico check` reports them first, with the file and field.
 * Pure: the caller reads the entries and the site's outline.
 */
import type { Problem } from '../lib/problems.ts';
import { inProvince, type MapOutline } from '../sections/visit/outline.ts';

/** A destination's coordinates as written in one file. */
export interface PlacedEntry {
  file: string;
  lat: number;
  lon: number;
  /** The line of `coordinates:` in the file, where known. */
  line?: number;
}

/** A point of the province to show in examples: the middle of its outline when that lies inside. */
function pointInside(outline: MapOutline): { lat: number; lon: number } {
  const ring = outline.rings[0] ?? [];
  const lats = ring.map((p) => p.lat);
  const lons = ring.map((p) => p.lon);
  const middle = { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: (Math.min(...lons) + Math.max(...lons)) / 2 };
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const point = inProvince(outline, middle) ? middle : (ring[0] ?? middle);
  return { lat: round(point.lat), lon: round(point.lon) };
}

/** One problem per entry whose coordinates lie outside the province's outline. */
export function placesOutsideOutline(
  entries: readonly PlacedEntry[],
  outline: MapOutline,
  provinceName: { vi: string; en: string },
  outlineFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const inside = pointInside(outline);
  for (const entry of entries) {
    if (inProvince(outline, { lat: entry.lat, lon: entry.lon })) continue;
    const swapped = inProvince(outline, { lat: entry.lon, lon: entry.lat });
    problems.push({
      file: entry.file,
      field: 'coordinates',
      ...(entry.line ? { line: entry.line } : {}),
      found: `lat: ${entry.lat}, lon: ${entry.lon}`,
      vi:
        `Tọa độ nằm ngoài ranh giới của ${provinceName.vi} (${outlineFile}). ` +
        (swapped
          ? 'Có vẻ vĩ độ (lat) và kinh độ (lon) bị đổi chỗ cho nhau.'
          : 'Kiểm tra lại vĩ độ (lat) và kinh độ (lon), mỗi số có ít nhất ba chữ số thập phân.'),
      en:
        `The coordinates lie outside ${provinceName.en}'s outline (${outlineFile}). ` +
        (swapped
          ? 'Latitude (lat) and longitude (lon) look swapped.'
          : 'Check the latitude (lat) and longitude (lon), each with at least three decimals.'),
      example: swapped
        ? `coordinates: { lat: ${entry.lon}, lon: ${entry.lat} }`
        : `coordinates: { lat: ${inside.lat}, lon: ${inside.lon} }`,
    });
  }
  return problems;
}
