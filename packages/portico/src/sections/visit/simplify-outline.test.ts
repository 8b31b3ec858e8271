import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { OutlineInputError, simplifyOutline } from './simplify-outline.ts';
import { inProvince, parseOutline } from './outline.ts';
import { wavyBoundary } from '../../../test/helpers/boundary.ts';

const asOutline = (fc: FeatureCollection) => {
  const parsed = parseOutline(JSON.stringify(fc));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.outline;
};

describe('simplifyOutline', () => {
  it('keeps at most maxPoints of a detailed boundary and says how many', () => {
    const result = simplifyOutline(
      { type: 'Feature', properties: { name: 'x' }, geometry: wavyBoundary() },
      { maxPoints: 120 },
    );
    expect(result.before).toBe(4001);
    expect(result.after).toBeLessThanOrEqual(120);
    // The largest detail that fits: not a crude polygon either.
    expect(result.after).toBeGreaterThan(60);
    expect(result.tolerance).toBeGreaterThan(0);
    const province = result.outline.features[0]!;
    expect(province.properties).toMatchObject({ role: 'province' });
    expect(String(province.properties!.note)).toContain(`${result.after} of 4001 points kept`);
  });

  it('gives an outline the map accepts, close to the original shape', () => {
    const result = simplifyOutline(wavyBoundary(), { maxPoints: 150 });
    const outline = asOutline(result.outline);
    expect(inProvince(outline, { lat: 16.3, lon: 107.0 })).toBe(true);
    // Points well inside and well outside the wavy ring stay on their side.
    expect(inProvince(outline, { lat: 16.3 + 0.2, lon: 107.0 })).toBe(true);
    expect(inProvince(outline, { lat: 16.3 + 0.4, lon: 107.0 })).toBe(false);
  });

  it('rounds coordinates to the precision asked for', () => {
    const result = simplifyOutline(wavyBoundary(200), { tolerance: 0, precision: 3 });
    const ring = (result.outline.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring.every(([lon, lat]) => Number(lon!.toFixed(3)) === lon && Number(lat!.toFixed(3)) === lat)).toBe(true);
  });

  it('keeps fewer points with a larger tolerance', () => {
    const fine = simplifyOutline(wavyBoundary(), { tolerance: 0.001 });
    const coarse = simplifyOutline(wavyBoundary(), { tolerance: 0.01 });
    expect(coarse.after).toBeLessThan(fine.after);
    expect(coarse.tolerance).toBe(0.01);
  });

  it('joins a province in several pieces into one MultiPolygon', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: wavyBoundary(500) },
        { type: 'Feature', properties: {}, geometry: wavyBoundary(300, [108.2, 16.3]) },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107, 16] } },
      ],
    };
    const result = simplifyOutline(fc);
    expect(result.outline.features).toHaveLength(1);
    expect(result.outline.features[0]!.geometry.type).toBe('MultiPolygon');
    expect(asOutline(result.outline).rings).toHaveLength(2);
  });

  it('simplifies a file already in Portico’s format and keeps its border, neighbour and inset', () => {
    const ring = wavyBoundary(2000).coordinates[0]!;
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { role: 'province' }, geometry: { type: 'Polygon', coordinates: [ring] } },
        {
          type: 'Feature',
          properties: { role: 'border', beyond: { vi: 'LÀO', en: 'LAOS', zh: '老挝' } },
          geometry: { type: 'LineString', coordinates: ring.slice(0, 600) },
        },
        {
          type: 'Feature',
          properties: { role: 'inset', centre: [107, 16.3] },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [106.9, 16.2],
                [107.1, 16.2],
                [107.1, 16.4],
                [106.9, 16.4],
                [106.9, 16.2],
              ],
            ],
          },
        },
      ],
    };
    const result = simplifyOutline(fc, { maxPoints: 100 });
    expect(result.kept).toBe(2);
    expect(result.outline.features.map((f) => f.properties!.role)).toEqual(['province', 'border', 'inset']);
    const border = result.outline.features[1]!.geometry as { coordinates: number[][] };
    expect(border.coordinates.length).toBeLessThan(600);
    expect(result.outline.features[1]!.properties!.beyond).toEqual({ vi: 'LÀO', en: 'LAOS', zh: '老挝' });
    expect(result.outline.features[2]).toEqual(fc.features[2]);
    expect(asOutline(result.outline).borders).toHaveLength(1);
  });

  it('refuses projected coordinates and files without an area, in both languages', () => {
    const projected: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [500000, 1800000],
          [510000, 1800000],
          [510000, 1810000],
          [500000, 1800000],
        ],
      ],
    };
    expect(() => simplifyOutline(projected)).toThrow(OutlineInputError);
    try {
      simplifyOutline(projected);
    } catch (error) {
      expect((error as OutlineInputError).vi).toContain('WGS 84 (EPSG:4326)');
      expect((error as Error).message).toContain('is not a longitude and latitude');
    }
    expect(() => simplifyOutline({ type: 'FeatureCollection', features: [] })).toThrow('There is no area');
    expect(() => simplifyOutline({ type: 'Topology' })).toThrow('not a GeoJSON boundary');
  });
});
