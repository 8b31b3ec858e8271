/**
 * A small static map drawn at build time: latitude/longitude projected onto an SVG canvas with an
 * equirectangular projection, and labels placed next to their points without overlapping.
 *
 * Equirectangular: x = (lon − lon₀)·cos(φ₀), y = −(lat − lat₀). At the scale of a province
 * (about 1° across) the distortion is negligible; scaling longitudes by the cosine of the middle
 * latitude keeps shapes from being stretched east–west.
 *
 * Pure: no DOM, no file system, no clock. Coordinates are WGS 84 decimal degrees.
 */

export type LatLon = { lat: number; lon: number };

export type Bounds = { minLat: number; maxLat: number; minLon: number; maxLon: number };

export type Point = { x: number; y: number };

/** A box on the canvas: top-left corner, width and height. */
export type Box = { x: number; y: number; width: number; height: number };

/**
 * The smallest bounds containing every point, widened by `padding` degrees on each side.
 * @throws RangeError for an empty list or a coordinate that is not a finite number.
 */
export function boundsOf(points: readonly LatLon[], padding = 0): Bounds {
  if (points.length === 0) throw new RangeError('Bounds of no points');
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const { lat, lon } of points) {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new RangeError(`Not a coordinate: ${lat}, ${lon}`);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
  }
  return { minLat: minLat - padding, maxLat: maxLat + padding, minLon: minLon - padding, maxLon: maxLon + padding };
}

/** Whether a point lies inside the bounds (edges included). */
export function inBounds(bounds: Bounds, p: LatLon): boolean {
  return p.lat >= bounds.minLat && p.lat <= bounds.maxLat && p.lon >= bounds.minLon && p.lon <= bounds.maxLon;
}

export interface Projection {
  /** Canvas width and height (the SVG viewBox is `0 0 width height`). */
  width: number;
  height: number;
  /** The geographic area drawn. */
  bounds: Bounds;
  /** Canvas position of a coordinate; y grows downwards. */
  project: (p: LatLon) => Point;
}

/**
 * An equirectangular projection fitting `bounds` into a canvas `width` wide, with `margin` units
 * of empty space on every side. The height follows from the bounds' proportions.
 */
export function equirectangular(bounds: Bounds, width: number, margin = 0): Projection {
  const spanLat = bounds.maxLat - bounds.minLat;
  const spanLon = bounds.maxLon - bounds.minLon;
  if (!(spanLat > 0) || !(spanLon > 0)) throw new RangeError('Bounds must have a positive extent');
  if (!(width > 2 * margin)) throw new RangeError('The canvas is narrower than its margins');
  const midLat = (bounds.minLat + bounds.maxLat) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const scale = (width - 2 * margin) / (spanLon * kx);
  const height = spanLat * scale + 2 * margin;
  return {
    width,
    height,
    bounds,
    project: ({ lat, lon }) => ({
      x: margin + (lon - bounds.minLon) * kx * scale,
      y: margin + (bounds.maxLat - lat) * scale,
    }),
  };
}

/** Round to one decimal: enough for a screen, and it keeps the SVG small. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** An SVG path (`M … L … Z`) for a closed outline. */
export function outlinePath(outline: readonly LatLon[], projection: Projection): string {
  if (outline.length < 3) throw new RangeError('An outline needs at least three points');
  return (
    outline
      .map((p, i) => {
        const { x, y } = projection.project(p);
        return `${i === 0 ? 'M' : 'L'}${round1(x)} ${round1(y)}`;
      })
      .join('') + 'Z'
  );
}

/**
 * Rough width of a text line: CJK ideographs, kana and full-width forms take a full em, other
 * characters about 0.56 em (a sans-serif average, slightly generous for Vietnamese diacritics).
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 1 : 0.56;
  return ems * fontSize;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

export interface LabelRequest {
  id: string;
  /** The point's position on the canvas. */
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** false when no position was free: the label is left out (the point's number still shows). */
  placed: boolean;
  /** Text position: `x`/`y` are the SVG text anchor point and baseline. */
  x: number;
  y: number;
  anchor: LabelAnchor;
  /** The box the text occupies. */
  box: Box;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Radius of the point markers, which labels must not cover. */
  markerRadius: number;
  /** Space between a marker and its label. */
  gap?: number;
}

/**
 * Places a label beside each point, trying in turn right, left, above, below and the four
 * diagonals, and taking the first position that stays inside the canvas and overlaps neither an
 * earlier label nor any marker. Points are handled in the order given, so put the important ones
 * first. A label with no free position is returned with `placed: false`.
 */
export function placeLabels(points: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const { width, height, fontSize, markerRadius } = options;
  const gap = options.gap ?? 3;
  const r = markerRadius;
  const markers: Box[] = points.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
  const taken: Box[] = [];
  const ascent = fontSize * 0.8;
  return points.map((p) => {
    const w = estimateTextWidth(p.text, fontSize);
    const h = fontSize;
    const d = r + gap;
    // [box left, box top, anchor]
    const candidates: [number, number, LabelAnchor][] = [
      [p.x + d, p.y - h / 2, 'start'],
      [p.x - d - w, p.y - h / 2, 'end'],
      [p.x - w / 2, p.y - d - h, 'middle'],
      [p.x - w / 2, p.y + d, 'middle'],
      [p.x + d * 0.7, p.y - d * 0.7 - h, 'start'],
      [p.x + d * 0.7, p.y + d * 0.7, 'start'],
      [p.x - d * 0.7 - w, p.y - d * 0.7 - h, 'end'],
      [p.x - d * 0.7 - w, p.y + d * 0.7, 'end'],
    ];
    for (const [left, top, anchor] of candidates) {
      const box = { x: left, y: top, width: w, height: h };
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
      if (!inside) continue;
      if (taken.some((b) => overlaps(b, box)) || markers.some((m) => overlaps(m, box))) continue;
      taken.push(box);
      const x = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
      // Baseline: the top of the box plus the ascent, centring the glyphs in the box.
      const y = top + ascent + (h - fontSize) / 2;
      return { id: p.id, text: p.text, placed: true, x: round1(x), y: round1(y), anchor, box };
    }
    return {
      id: p.id,
      text: p.text,
      placed: false,
      x: round1(p.x),
      y: round1(p.y),
      anchor: 'start',
      box: { x: p.x, y: p.y, width: 0, height: 0 },
    };
  });
}

/** An SVG path through the points, open (a line) unless `closed`. */
export function linePath(points: readonly LatLon[], projection: Projection, closed = false): string {
  if (points.length < 2) throw new RangeError('A line needs at least two points');
  const d = points
    .map((p, i) => {
      const { x, y } = projection.project(p);
      return `${i === 0 ? 'M' : 'L'}${round1(x)} ${round1(y)}`;
    })
    .join('');
  return closed ? `${d}Z` : d;
}

/**
 * Where to write an area's name: its `labelAt` if given, else the middle of the part of the
 * area that lies on the canvas (the centre of its clipped bounding box), kept `inset` units
 * inside the canvas's edges.
 */
export function areaLabelPoint(ring: readonly LatLon[], projection: Projection, labelAt?: LatLon, inset = 12): Point {
  if (labelAt) return projection.project(labelAt);
  const pts = ring.map((p) => projection.project(p));
  const clamp = (v: number, max: number) => Math.min(Math.max(v, inset), max - inset);
  const xs = pts.map((p) => clamp(p.x, projection.width));
  const ys = pts.map((p) => clamp(p.y, projection.height));
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/**
 * Move a centred label (text-anchor middle, baseline at `at.y`) so the whole text stays on the
 * canvas, `pad` units from its edges. Capitals are wider than the estimate: `widen` allows for it.
 */
export function keepLabelOnCanvas(
  at: Point,
  text: string,
  fontSize: number,
  canvas: { width: number; height: number },
  pad = 4,
  widen = 1.2,
): Point {
  const half = (estimateTextWidth(text, fontSize) * widen) / 2;
  return {
    x: Math.min(Math.max(at.x, half + pad), canvas.width - half - pad),
    y: Math.min(Math.max(at.y, fontSize + pad), canvas.height - pad),
  };
}

/** A point to draw: `n` is the number shown in its marker (the same as in the list beside the map). */
export interface MapPoint extends LatLon {
  id: string;
  label: string;
  n?: number;
}

export interface DrawnPoint {
  id: string;
  n?: number;
  x: number;
  y: number;
}

/** A drawn map: everything an SVG needs, in canvas units. */
export interface MapPanel {
  width: number;
  height: number;
  /** The closed outline, if one was given. */
  outline?: string;
  /** Extra open lines (e.g. an international border). */
  lines: string[];
  /** Closed areas drawn under the outline (neighbouring provinces, countries, the sea). */
  areas: string[];
  points: DrawnPoint[];
  labels: PlacedLabel[];
  project: (p: LatLon) => Point;
  projection: Projection;
}

export interface PanelOptions {
  /** The area drawn; defaults to the outline's (or the points') bounds. */
  bounds?: Bounds;
  width: number;
  margin: number;
  outline?: readonly LatLon[];
  lines?: readonly (readonly LatLon[])[];
  /** Areas around the outline, drawn first; their parts off the canvas are cut off by the SVG. */
  areas?: readonly (readonly LatLon[])[];
  points: readonly MapPoint[];
  fontSize: number;
  markerRadius: number;
}

/**
 * Moves markers that would overlap apart until their centres are at least `min` apart (the
 * cartographer's "displacement"): only the drawing moves, never the data. Pairs are pushed apart
 * along the line between them (or sideways when they coincide), a few rounds at most, and markers
 * are kept on the canvas.
 */
export function separate<T extends Point>(
  points: readonly T[],
  min: number,
  canvas: { width: number; height: number },
): T[] {
  const out = points.map((p) => ({ ...p }));
  for (let round = 0; round < 20; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= min - 1e-9) continue;
        if (d < 1e-9) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (min - d) / 2 + 0.01;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    for (const p of out) {
      p.x = Math.min(Math.max(p.x, min / 2), canvas.width - min / 2);
      p.y = Math.min(Math.max(p.y, min / 2), canvas.height - min / 2);
    }
    if (!moved) break;
  }
  return out;
}

/**
 * Projects an outline, lines and points onto a canvas, moves overlapping markers apart and places
 * the points' labels.
 * @throws RangeError when a point lies outside the area drawn.
 */
export function drawPanel(options: PanelOptions): MapPanel {
  const bounds = options.bounds ?? boundsOf(options.outline?.length ? options.outline : options.points);
  const projection = equirectangular(bounds, options.width, options.margin);
  for (const p of options.points) {
    if (!inBounds(bounds, p)) throw new RangeError(`${p.id} (${p.lat}, ${p.lon}) lies outside the map`);
  }
  const points = separate(
    options.points.map((p) => ({ id: p.id, ...(p.n === undefined ? {} : { n: p.n }), ...projection.project(p) })),
    2 * options.markerRadius + 1,
    projection,
  );
  const labels = placeLabels(
    points.map((p, i) => ({ id: p.id, x: p.x, y: p.y, text: options.points[i]!.label })),
    {
      width: projection.width,
      height: projection.height,
      fontSize: options.fontSize,
      markerRadius: options.markerRadius,
    },
  );
  return {
    width: projection.width,
    height: projection.height,
    ...(options.outline ? { outline: outlinePath(options.outline, projection) } : {}),
    lines: (options.lines ?? []).map((line) => linePath(line, projection)),
    areas: (options.areas ?? []).map((ring) => outlinePath(ring, projection)),
    points: points.map((p) => ({ ...p, x: round1(p.x), y: round1(p.y) })),
    labels,
    project: projection.project,
    projection,
  };
}
