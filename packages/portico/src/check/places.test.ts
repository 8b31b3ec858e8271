import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placesOutsideOutline } from './places.ts';
import { parseOutline } from '../sections/visit/outline.ts';

// The engine fixture's made-up hexagon (lon 106.7–107.3, lat 16.0–16.6).
const parsed = parseOutline(
  readFileSync(new URL('../../test/fixtures/site/src/map/outline.geojson', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the fixture outline must parse');
const outline = parsed.outline;
const NAME = { vi: 'Ví Dụ', en: 'Example' };
const check = (lat: number, lon: number) =>
  placesOutsideOutline(
    [{ file: 'src/content/destinations/vi/mau.md', lat, lon, line: 6 }],
    outline,
    NAME,
    'src/map/outline.geojson',
  );

describe('placesOutsideOutline', () => {
  it('accepts a point inside the outline', () => {
    expect(check(16.35, 107.0)).toEqual([]);
  });

  it('names the file, field and line, and says what to check in both languages', () => {
    const [problem, ...rest] = check(17.5, 107.0);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'src/content/destinations/vi/mau.md',
      field: 'coordinates',
      line: 6,
      found: 'lat: 17.5, lon: 107',
    });
    expect(problem!.vi).toContain('nằm ngoài ranh giới của Ví Dụ (src/map/outline.geojson)');
    expect(problem!.en).toContain("outside Example's outline (src/map/outline.geojson)");
    // The example is a point of this province, not of another one.
    const [, lat, lon] = /lat: ([\d.]+), lon: ([\d.]+)/.exec(problem!.example!)!.map(Number);
    expect(check(lat!, lon!)).toEqual([]);
  });

  it('spots latitude and longitude written the wrong way round', () => {
    const [problem] = check(107.0, 16.35);
    expect(problem!.en).toContain('look swapped');
    expect(problem!.example).toBe('coordinates: { lat: 16.35, lon: 107 }');
  });
});
