/**
 * From a detailed boundary (an official or open GeoJSON file, thousands of points) to the outline
 * the schematic map needs (a few hundred points), with Turf's simplification (Douglas–Peucker,
 * high quality) and coordinates rounded to a useful precision. Pure: GeoJSON in, GeoJSON out;
 * `portico outline` reads and writes the files. The result's format is described in ./outline.ts.
 */
import simplify from '@turf/simplify';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

export interface SimplifyOptions {
  /** Douglas–Peucker tolerance in degrees; when absent, the largest detail kept within maxPoints. */
  tolerance?: number;
  /** The most points the province's polygons may keep when the tolerance is chosen (default 150: plenty for a map 600 px wide). */
  maxPoints?: number;
  /** Decimals kept in coordinates (default 4: about 11 m). */
  precision?: number;
  /** Where the boundary came from, written in the province feature's `note`. */
  sourceName?: string;
}

export interface SimplifyResult {
  outline: FeatureCollection;
  /** Points of the province's polygons before and after. */
  before: number;
  after: number;
  tolerance: number;
  /** Features that already had a Portico role (border, neighbour, inset) were simplified and kept. */
  kept: number;
}

/** A problem with the input, in both languages. */
export class OutlineInputError extends Error {
  readonly vi: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
  }
}

type Polygonal = Polygon | MultiPolygon;

const isPolygonal = (g: Geometry | null | undefined): g is Polygonal =>
  g?.type === 'Polygon' || g?.type === 'MultiPolygon';

/** Every position of a geometry, for counting and range checks. */
function positions(g: Geometry): number[][] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

const count = (features: Feature[]) =>
  features.reduce((n, f) => n + (f.geometry ? positions(f.geometry).length : 0), 0);

/** The input as a list of features, whatever GeoJSON object it is. */
function featuresOf(input: unknown): Feature[] {
  const value = input as { type?: string };
  if (value?.type === 'FeatureCollection') return (input as FeatureCollection).features;
  if (value?.type === 'Feature') return [input as Feature];
  if (value?.type === 'Polygon' || value?.type === 'MultiPolygon')
    return [{ type: 'Feature', properties: {}, geometry: input as Polygonal }];
  throw new OutlineInputError(
    'Tệp không phải GeoJSON có ranh giới: cần một FeatureCollection, Feature, Polygon hoặc MultiPolygon.',
    'The file is not a GeoJSON boundary: expected a FeatureCollection, Feature, Polygon or MultiPolygon.',
  );
}

/** One polygonal geometry from several (a province in several pieces, islands). */
function union(geometries: Polygonal[]): Polygonal {
  const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function simplified<T extends Feature>(feature: T, tolerance: number, precision: number): T {
  const copy = structuredClone(feature);
  if (!copy.geometry || copy.geometry.type === 'Point') return copy;
  const simple = tolerance > 0 ? simplify(copy, { tolerance, highQuality: true, mutate: true }) : copy;
  return truncate(simple, { precision, coordinates: 2, mutate: true });
}

/**
 * Simplify a boundary into a Portico outline. A plain boundary (no `role` on its features) becomes
 * the province feature; a file already in Portico's format keeps its roles, with every line and
 * polygon simplified the same way.
 * @throws OutlineInputError when the input has no polygon or is not in longitude/latitude.
 */
export function simplifyOutline(input: unknown, options: SimplifyOptions = {}): SimplifyResult {
  const precision = options.precision ?? 4;
  const maxPoints = options.maxPoints ?? 150;
  const features = featuresOf(input);
  for (const feature of features) {
    if (!feature?.geometry) continue;
    const outside = positions(feature.geometry).find(([lon, lat]) => !(Math.abs(lon!) <= 180 && Math.abs(lat!) <= 90));
    if (outside)
      throw new OutlineInputError(
        `Tọa độ ${JSON.stringify(outside.slice(0, 2))} không phải kinh độ, vĩ độ. Hãy xuất ranh giới theo hệ WGS 84 (EPSG:4326), ví dụ bằng QGIS hoặc ogr2ogr -t_srs EPSG:4326.`,
        `The position ${JSON.stringify(outside.slice(0, 2))} is not a longitude and latitude. Export the boundary in WGS 84 (EPSG:4326), e.g. with QGIS or ogr2ogr -t_srs EPSG:4326.`,
      );
  }
  const withRole = features.filter((f) => typeof f.properties?.role === 'string');
  const provinceFeatures = withRole.length
    ? withRole.filter((f) => f.properties!.role === 'province')
    : features.filter((f) => isPolygonal(f.geometry));
  if (!provinceFeatures.length || !provinceFeatures.every((f) => isPolygonal(f.geometry)))
    throw new OutlineInputError(
      'Không có vùng (Polygon hoặc MultiPolygon) nào làm ranh giới tỉnh.',
      "There is no area (Polygon or MultiPolygon) to use as the province's boundary.",
    );
  const province: Feature<Polygonal> = withRole.length
    ? (provinceFeatures[0] as Feature<Polygonal>)
    : {
        type: 'Feature',
        properties: { role: 'province' },
        geometry: union(provinceFeatures.map((f) => f.geometry as Polygonal)),
      };
  const before = count([province]);

  let tolerance = options.tolerance;
  if (tolerance === undefined) {
    // The smallest tolerance (most detail) that keeps the province within maxPoints.
    if (count([simplified(province, 0, precision)]) <= maxPoints) tolerance = 0;
    else {
      let low = 0;
      let high = 0.001;
      while (count([simplified(province, high, precision)]) > maxPoints && high < 1) high *= 2;
      for (let i = 0; i < 24; i++) {
        const middle = (low + high) / 2;
        if (count([simplified(province, middle, precision)]) > maxPoints) low = middle;
        else high = middle;
      }
      tolerance = high;
    }
  }

  const outProvince = simplified(province, tolerance, precision);
  const after = count([outProvince]);
  const shown = Number(tolerance.toPrecision(3));
  const note = options.sourceName
    ? `Simplified by portico outline from ${options.sourceName}: ${after} of ${before} points kept (tolerance ${shown}°).`
    : `Simplified by portico outline: ${after} of ${before} points kept (tolerance ${shown}°).`;
  outProvince.properties = { ...(withRole.length ? outProvince.properties : {}), role: 'province', note };
  const others = withRole.filter((f) => f.properties!.role !== 'province');
  const outOthers = others.map((f) => (f.properties!.role === 'inset' ? f : simplified(f, tolerance, precision)));
  return {
    outline: { type: 'FeatureCollection', features: [outProvince, ...outOthers] },
    before,
    after,
    tolerance: shown,
    kept: others.length,
  };
}
