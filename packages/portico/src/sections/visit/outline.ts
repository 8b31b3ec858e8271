/**
 * The province's outline for the schematic map, read from the GeoJSON file the site names in
 * its configuration (`map.outline`). Pure: the caller reads the file and passes its text.
 *
 * The file is a FeatureCollection (coordinates are [longitude, latitude], WGS 84) with:
 *  - one feature with `"role": "province"`: a Polygon or MultiPolygon, the province itself;
 *  - any number of `"role": "border"`: LineStrings along the province's edge that are a national
 *    border or a coast, with `"beyond": { "vi", "en", "zh" }` (what lies on the other side, e.g.
 *    the neighbouring country or the sea) and optionally `"labelAt": [lon, lat]`;
 *  - any number of `"role": "neighbour"`: Polygons of what surrounds the province, drawn as land
 *    (or sea with `"kind": "sea"`), with `"name": { "vi", "en", "zh" }` and optionally `"labelAt"`;
 *  - at most one `"role": "inset"`: a Polygon (a rectangle) around the capital's centre, drawn
 *    larger when several destinations lie in it, with `"centre": [lon, lat]`.
 * Other properties (a `note`, the source) are kept in the file for people and ignored here.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Bounds, LatLon } from './map.ts';
import type { Localized } from '../../i18n/locales.ts';

export interface MapBorder {
  points: LatLon[];
  beyond: Localized;
  labelAt?: LatLon;
}

export interface MapNeighbour {
  rings: LatLon[][];
  name: Localized;
  kind: 'land' | 'sea';
  labelAt?: LatLon;
}

export interface MapOutline {
  /** The province's polygons (outer rings), largest first. */
  rings: LatLon[][];
  borders: MapBorder[];
  neighbours: MapNeighbour[];
  inset?: { centre: LatLon; bounds: Bounds };
  /** The GeoJSON polygons, for point-in-polygon tests. */
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/** A mistake in the outline file: where (a path into the JSON) and what, in both languages. */
export interface OutlineProblem {
  path: string;
  vi: string;
  en: string;
}

export type OutlineResult = { ok: true; outline: MapOutline } | { ok: false; problems: OutlineProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function position(value: unknown): LatLon | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const [lon, lat] = value;
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) return undefined;
  return { lat, lon };
}

function localizedOf(value: unknown): Localized | undefined {
  if (!isObject(value)) return undefined;
  const { vi, en, zh } = value;
  return typeof vi === 'string' && vi && typeof en === 'string' && en && typeof zh === 'string' && zh
    ? { vi, en, zh }
    : undefined;
}

/** Parse the outline file's text. Every problem names its place in the file. */
export function parseOutline(text: string): OutlineResult {
  const problems: OutlineProblem[] = [];
  const add = (path: string, vi: string, en: string) => problems.push({ path, vi, en });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    add(
      '(file)',
      `Tệp không phải JSON hợp lệ: ${(error as Error).message}`,
      `The file is not valid JSON: ${(error as Error).message}`,
    );
    return { ok: false, problems };
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    add(
      'type',
      'Cần một GeoJSON "FeatureCollection" có danh sách "features".',
      'Expected a GeoJSON "FeatureCollection" with a "features" list.',
    );
    return { ok: false, problems };
  }
  const rings: LatLon[][] = [];
  const polygons: number[][][][] = [];
  const borders: MapBorder[] = [];
  const neighbours: MapNeighbour[] = [];
  let inset: MapOutline['inset'];

  const ringsOf = (
    geometry: unknown,
    path: string,
    what: string,
  ): { latlon: LatLon[][]; raw: number[][][][] } | undefined => {
    if (
      !isObject(geometry) ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
      !Array.isArray(geometry.coordinates)
    ) {
      add(
        `${path}.geometry`,
        `${what} cần hình "Polygon" hoặc "MultiPolygon".`,
        `${what} needs a "Polygon" or "MultiPolygon" geometry.`,
      );
      return undefined;
    }
    const polys = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown[];
    const latlon: LatLon[][] = [];
    const raw: number[][][][] = [];
    for (const [i, poly] of polys.entries()) {
      const outer = Array.isArray(poly) ? poly[0] : undefined;
      const points = Array.isArray(outer) ? outer.map(position) : [];
      if (points.length < 4 || points.some((p) => !p)) {
        add(
          `${path}.geometry.coordinates.${i}`,
          'Mỗi vùng cần ít nhất 4 điểm [kinh độ, vĩ độ] (điểm cuối trùng điểm đầu), kinh độ −180…180, vĩ độ −90…90.',
          'Each polygon needs at least 4 [longitude, latitude] positions (the last equal to the first), longitude −180…180, latitude −90…90.',
        );
        continue;
      }
      const ring = points as LatLon[];
      const [first, last] = [ring[0]!, ring.at(-1)!];
      // GeoJSON repeats the first position at the end; the map closes its paths itself.
      latlon.push(first.lat === last.lat && first.lon === last.lon ? ring.slice(0, -1) : ring);
      raw.push(poly as number[][][]);
    }
    return { latlon, raw };
  };

  json.features.forEach((feature, i) => {
    const path = `features.${i}`;
    if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.properties)) {
      add(
        path,
        'Mỗi phần tử cần "type": "Feature" và "properties".',
        'Each item needs "type": "Feature" and "properties".',
      );
      return;
    }
    const props = feature.properties;
    switch (props.role) {
      case 'province': {
        const got = ringsOf(feature.geometry, path, 'Ranh giới tỉnh / The province');
        if (got) {
          rings.push(...got.latlon);
          polygons.push(...got.raw);
        }
        break;
      }
      case 'border': {
        const g = feature.geometry;
        const points =
          isObject(g) && g.type === 'LineString' && Array.isArray(g.coordinates) ? g.coordinates.map(position) : [];
        if (points.length < 2 || points.some((p) => !p))
          add(
            `${path}.geometry`,
            'Đường biên giới cần hình "LineString" có ít nhất 2 điểm [kinh độ, vĩ độ].',
            'A border needs a "LineString" geometry of at least 2 [longitude, latitude] positions.',
          );
        const beyond = localizedOf(props.beyond);
        if (!beyond)
          add(
            `${path}.properties.beyond`,
            'Ghi bên kia biên giới là gì, bằng ba thứ tiếng: { "vi": …, "en": …, "zh": … }.',
            'Say what lies beyond the border, in three languages: { "vi": …, "en": …, "zh": … }.',
          );
        const labelAt = props.labelAt === undefined ? undefined : position(props.labelAt);
        if (props.labelAt !== undefined && !labelAt)
          add(`${path}.properties.labelAt`, 'Viết [kinh độ, vĩ độ].', 'Write [longitude, latitude].');
        if (beyond && points.length >= 2 && points.every(Boolean))
          borders.push({ points: points as LatLon[], beyond, ...(labelAt ? { labelAt } : {}) });
        break;
      }
      case 'neighbour': {
        const got = ringsOf(feature.geometry, path, 'Vùng lân cận / A neighbour');
        const name = localizedOf(props.name);
        if (!name)
          add(
            `${path}.properties.name`,
            'Ghi tên vùng bằng ba thứ tiếng: { "vi": …, "en": …, "zh": … }.',
            'Give its name in three languages: { "vi": …, "en": …, "zh": … }.',
          );
        const labelAt = props.labelAt === undefined ? undefined : position(props.labelAt);
        if (got && name)
          neighbours.push({
            rings: got.latlon,
            name,
            kind: props.kind === 'sea' ? 'sea' : 'land',
            ...(labelAt ? { labelAt } : {}),
          });
        break;
      }
      case 'inset': {
        const got = ringsOf(feature.geometry, path, 'Khung phóng to / The inset');
        const centre = position(props.centre);
        if (!centre)
          add(
            `${path}.properties.centre`,
            'Ghi tâm khung phóng to: [kinh độ, vĩ độ].',
            "Give the inset's centre: [longitude, latitude].",
          );
        if (inset) add(path, 'Chỉ được có một khung phóng to.', 'There can be only one inset.');
        if (got?.latlon[0] && centre) {
          const ring = got.latlon[0];
          inset = {
            centre,
            bounds: {
              minLat: Math.min(...ring.map((p) => p.lat)),
              maxLat: Math.max(...ring.map((p) => p.lat)),
              minLon: Math.min(...ring.map((p) => p.lon)),
              maxLon: Math.max(...ring.map((p) => p.lon)),
            },
          };
        }
        break;
      }
      default:
        add(
          `${path}.properties.role`,
          `"role" phải là province, border, neighbour hoặc inset (đang là ${JSON.stringify(props.role)}).`,
          `"role" must be province, border, neighbour or inset (found ${JSON.stringify(props.role)}).`,
        );
    }
  });
  if (!rings.length && !problems.some((p) => p.path.includes('geometry')))
    add(
      'features',
      'Cần một phần tử có "role": "province" (ranh giới của tỉnh).',
      'One feature must have "role": "province" (the province\'s outline).',
    );
  if (problems.length) return { ok: false, problems };
  const area = (r: LatLon[]) =>
    Math.abs(r.reduce((sum, p, i) => sum + p.lon * r[(i + 1) % r.length]!.lat - r[(i + 1) % r.length]!.lon * p.lat, 0));
  const order = rings.map((_, i) => i).sort((a, b) => area(rings[b]!) - area(rings[a]!));
  return {
    ok: true,
    outline: {
      rings: order.map((i) => rings[i]!),
      borders,
      neighbours,
      ...(inset ? { inset } : {}),
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0]! }
          : { type: 'MultiPolygon', coordinates: polygons },
    },
  };
}

/** Whether a point lies in the province (edges included). */
export function inProvince(outline: MapOutline, point: LatLon): boolean {
  return booleanPointInPolygon([point.lon, point.lat], outline.geometry);
}
