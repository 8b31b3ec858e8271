/**
 * The province's outline for the schematic map of the Visit section.
 *
 * SCHEMATIC, NOT AN OFFICIAL BOUNDARY. No GIS data is used: these are about twenty hand-picked,
 * approximate corner points (WGS 84, rounded to 0.01°) chosen so that the shape, the extent of the
 * province (about 21°19′–22°27′ N, 106°06′–107°21′ E) and the side facing China read correctly.
 * The true boundary is far more detailed; the map's caption says the outline is simplified.
 * Another province replaces this file (and CITY_INSET) with its own outline.
 */
import type { Bounds, LatLon } from './map.ts';

/** Corner points, clockwise from the northern tip (Tràng Định). */
export const OUTLINE: readonly LatLon[] = [
  { lat: 22.45, lon: 106.55 },
  // The border with China (Guangxi) runs from here to the eastern tip (BORDER_CHINA below).
  { lat: 22.36, lon: 106.7 },
  { lat: 22.2, lon: 106.66 },
  { lat: 22.06, lon: 106.62 },
  { lat: 21.99, lon: 106.7 },
  { lat: 21.94, lon: 106.83 },
  { lat: 21.89, lon: 107.03 },
  { lat: 21.78, lon: 107.1 },
  { lat: 21.66, lon: 107.3 },
  { lat: 21.55, lon: 107.35 },
  // Quảng Ninh to the south-east, then Bắc Ninh (former Bắc Giang) to the south.
  { lat: 21.42, lon: 107.15 },
  { lat: 21.48, lon: 106.92 },
  { lat: 21.52, lon: 106.7 },
  { lat: 21.33, lon: 106.45 },
  // Thái Nguyên to the south-west and west.
  { lat: 21.4, lon: 106.22 },
  { lat: 21.62, lon: 106.12 },
  { lat: 21.9, lon: 106.1 },
  // Thái Nguyên (former Bắc Kạn) and Cao Bằng to the north-west.
  { lat: 22.06, lon: 106.22 },
  { lat: 22.28, lon: 106.3 },
  { lat: 22.4, lon: 106.42 },
];

/** The part of the outline that is the border with China (indices 0–9 of OUTLINE). */
export const BORDER_CHINA: readonly LatLon[] = OUTLINE.slice(0, 10);

/** Where the words "China" are written on the map, outside the outline. */
export const CHINA_LABEL_AT: LatLon = { lat: 22.3, lon: 107.05 };

/**
 * The provincial capital's centre, drawn larger in an inset because many places to visit lie
 * within a few kilometres of each other there.
 */
export const CITY_INSET: { centre: LatLon; bounds: Bounds } = {
  centre: { lat: 21.853, lon: 106.757 },
  bounds: { minLat: 21.838, maxLat: 21.868, minLon: 106.735, maxLon: 106.775 },
};
