/**
 * The new site's map outline: the office's boundary simplified with the engine's own
 * `portico outline` code when the engine is on this machine, or a placeholder shape marked
 * [PLACEHOLDER] (with the boundary copied beside it to simplify after `npm install`).
 * Also a point inside the outline, for the example destination and zone.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SiteOutline {
  /** src/map/outline.geojson */
  text: string;
  /** A point inside it (3 decimals). */
  inside: { lat: number; lon: number };
  /** What was done, for the summary. */
  report: { vi: string; en: string };
  /** The boundary copied into the site when it could not be simplified yet (src/map/<name>). */
  boundaryCopy?: { path: string; text: string };
}

type Ring = { lat: number; lon: number }[];

/** A schematic hexagon about 0.6° across around a point, marked as a placeholder. */
function placeholderOutline(centre: { lat: number; lon: number }): string {
  const { lat, lon } = centre;
  const ring = [
    [lon, lat + 0.3],
    [lon + 0.3, lat + 0.15],
    [lon + 0.3, lat - 0.15],
    [lon, lat - 0.3],
    [lon - 0.3, lat - 0.15],
    [lon - 0.3, lat + 0.15],
    [lon, lat + 0.3],
  ].map(([x, y]) => [Number(x!.toFixed(4)), Number(y!.toFixed(4))]);
  const fc = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          role: 'province',
          note: '[PLACEHOLDER] A made-up hexagon: replace it with the province’s boundary (npx portico outline <boundary.geojson>), then add borders and neighbours (docs/start-a-province.md).',
        },
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ],
  };
  return `${JSON.stringify(fc, null, 2).replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
}

/** A point inside the outline, near the middle of its bounds. */
function pointInside(
  rings: Ring[],
  inside: (p: { lat: number; lon: number }) => boolean,
): { lat: number; lon: number } {
  const all = rings.flat();
  const [minLat, maxLat] = [Math.min(...all.map((p) => p.lat)), Math.max(...all.map((p) => p.lat))];
  const [minLon, maxLon] = [Math.min(...all.map((p) => p.lon)), Math.max(...all.map((p) => p.lon))];
  const middle = { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 };
  const round = (p: { lat: number; lon: number }) => ({ lat: Number(p.lat.toFixed(3)), lon: Number(p.lon.toFixed(3)) });
  if (inside(round(middle))) return round(middle);
  let best: { lat: number; lon: number } | undefined;
  let bestDistance = Infinity;
  for (let i = 1; i < 20; i++)
    for (let j = 1; j < 20; j++) {
      const p = round({ lat: minLat + ((maxLat - minLat) * i) / 20, lon: minLon + ((maxLon - minLon) * j) / 20 });
      const d = (p.lat - middle.lat) ** 2 + (p.lon - middle.lon) ** 2;
      if (d < bestDistance && inside(p)) [best, bestDistance] = [p, d];
    }
  return best ?? round(rings[0]![0]!);
}

/** Where the placeholder shape goes when there is no boundary: the middle of Vietnam's mainland. */
const DEFAULT_CENTRE = { lat: 16.0, lon: 107.5 };

export async function siteOutline(
  boundaryFile: string | undefined,
  engineDir: string | undefined,
): Promise<SiteOutline> {
  if (!boundaryFile) {
    return {
      text: placeholderOutline(DEFAULT_CENTRE),
      inside: DEFAULT_CENTRE,
      report: {
        vi: 'Chưa có ranh giới: src/map/outline.geojson là hình mẫu [PLACEHOLDER].',
        en: 'No boundary given: src/map/outline.geojson is a [PLACEHOLDER] shape.',
      },
    };
  }
  const raw = readFileSync(boundaryFile, 'utf8');
  if (!engineDir) {
    const copy = `src/map/${basename(boundaryFile).replace(/[^\w.-]+/g, '-')}`;
    return {
      text: placeholderOutline(DEFAULT_CENTRE),
      inside: DEFAULT_CENTRE,
      boundaryCopy: { path: copy, text: raw },
      report: {
        vi: `Đã chép ranh giới vào ${copy}. Sau khi npm install, chạy: npx portico outline ${copy}`,
        en: `The boundary is copied to ${copy}. After npm install, run: npx portico outline ${copy}`,
      },
    };
  }
  const engine = (path: string) => import(pathToFileURL(join(engineDir, path)).href);
  const { simplifyOutline, OutlineInputError } = await engine('src/sections/visit/simplify-outline.ts');
  const { parseOutline, inProvince } = await engine('src/sections/visit/outline.ts');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new OutlineError(
      `${boundaryFile} không phải JSON hợp lệ: ${(error as Error).message}`,
      `${boundaryFile} is not valid JSON: ${(error as Error).message}`,
    );
  }
  let result;
  try {
    result = simplifyOutline(json, { sourceName: basename(boundaryFile) });
  } catch (error) {
    if (error instanceof OutlineInputError)
      throw new OutlineError((error as { vi: string }).vi, (error as Error).message);
    throw error;
  }
  const text = `${JSON.stringify(result.outline, null, 2).replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
  const parsed = parseOutline(text);
  if (!parsed.ok)
    throw new OutlineError(
      `Ranh giới sau khi đơn giản hóa không dùng được: ${parsed.problems.map((p: { vi: string }) => p.vi).join('; ')}`,
      `The simplified boundary is not usable: ${parsed.problems.map((p: { en: string }) => p.en).join('; ')}`,
    );
  return {
    text,
    inside: pointInside(parsed.outline.rings, (p) => inProvince(parsed.outline, p)),
    report: {
      vi: `Ranh giới: giữ ${result.after} trên ${result.before} điểm (dung sai ${result.tolerance}°).`,
      en: `Boundary: kept ${result.after} of ${result.before} points (tolerance ${result.tolerance}°).`,
    },
  };
}

export class OutlineError extends Error {
  readonly vi: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
  }
}
