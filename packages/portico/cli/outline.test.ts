/** `portico outline` as an office runs it: a detailed boundary in, the map's outline out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOutline } from '../src/sections/visit/outline.ts';
import { wavyBoundary } from '../test/helpers/boundary.ts';

const BIN = resolve(import.meta.dirname, '../bin/portico.js');
const dir = mkdtempSync(join(tmpdir(), 'portico-outline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outline = (args: string[]) =>
  spawnSync(process.execPath, [BIN, 'outline', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
const boundary = join(dir, 'boundary.geojson');
writeFileSync(
  boundary,
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'made up' }, geometry: wavyBoundary() }],
  }),
);

describe('portico outline', { timeout: 30_000 }, () => {
  it('writes src/map/outline.geojson by default and reports the points it kept', () => {
    const result = outline(['boundary.geojson']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [, kept, total] = /kept (\d+) of (\d+) points/.exec(result.stdout)!;
    expect(Number(total)).toBe(4001);
    expect(Number(kept)).toBeLessThanOrEqual(150);
    const text = readFileSync(join(dir, 'src/map/outline.geojson'), 'utf8');
    expect(parseOutline(text).ok).toBe(true);
    // One position a line, as Prettier would write it.
    expect(text).toMatch(/^ {12}\[10\d\.\d+, 16\.\d+\],?$/m);
    expect(result.stdout).toContain('"role": "border"');
  });

  it('keeps the border and neighbours already drawn in the file it replaces', () => {
    const out = join(dir, 'with-border.geojson');
    writeFileSync(
      out,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { role: 'province' }, geometry: wavyBoundary(50) },
          {
            type: 'Feature',
            properties: { role: 'border', beyond: { vi: 'BIỂN', en: 'SEA', zh: '海' } },
            geometry: {
              type: 'LineString',
              coordinates: [
                [107.3, 16.2],
                [107.3, 16.4],
              ],
            },
          },
        ],
      }),
    );
    const result = outline(['boundary.geojson', '--out', out, '--tolerance', '0.005']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('(tolerance 0.005°');
    expect(result.stdout).toContain('kept 1 border, neighbour and inset feature(s) from the previous file');
    const parsed = parseOutline(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.outline.borders[0]?.beyond.en).toBe('SEA');
  });

  it('explains a wrong input in both languages, without a stack trace', () => {
    writeFileSync(
      join(dir, 'projected.geojson'),
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [500000, 1800000],
            [510000, 1800000],
            [510000, 1810000],
            [500000, 1800000],
          ],
        ],
      }),
    );
    const result = outline(['projected.geojson', '--out', join(dir, 'x.geojson')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✖ Tọa độ [500000,1800000] không phải kinh độ, vĩ độ.');
    expect(result.stderr).toContain('✖ The position [500000,1800000] is not a longitude and latitude.');
    expect(result.stderr).not.toMatch(/^\s{4}at /m);
    expect(outline([]).stderr).toContain('A boundary GeoJSON file is needed.');
    expect(outline(['boundary.geojson', '--tolerance', 'abc']).stderr).toContain('--tolerance needs a number');
  });
});
