/** A made-up detailed boundary for the outline tests (no real province's shape). */
import type { Polygon } from 'geojson';

/** A wavy ring of `n` points around `centre` ([lon, lat]), about 0.3° across, closed. */
export function wavyBoundary(n = 4000, centre: [number, number] = [107.0, 16.3]): Polygon {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = 0.3 * (1 + 0.08 * Math.sin(7 * a) + 0.02 * Math.sin(53 * a) + 0.003 * Math.sin(997 * a));
    ring.push([centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}
