import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  areaLabelPoint,
  boundsOf,
  drawPanel,
  equirectangular,
  estimateTextWidth,
  inBounds,
  keepLabelOnCanvas,
  outlinePath,
  overlaps,
  placeLabels,
  separate,
} from './map.ts';

// A made-up province: a rough hexagon with a border along its north-east side.
const OUTLINE = [
  { lat: 16.6, lon: 107.2 },
  { lat: 16.5, lon: 107.6 },
  { lat: 16.2, lon: 107.7 },
  { lat: 15.9, lon: 107.5 },
  { lat: 16.0, lon: 107.1 },
  { lat: 16.3, lon: 107.0 },
];
const BORDER = OUTLINE.slice(0, 3);

describe('boundsOf', () => {
  it('encloses every point, with padding', () => {
    const b = boundsOf(
      [
        { lat: 21.5, lon: 106.2 },
        { lat: 22.4, lon: 107.3 },
        { lat: 21.8, lon: 106.7 },
      ],
      0.1,
    );
    expect(b.minLat).toBeCloseTo(21.4);
    expect(b.maxLat).toBeCloseTo(22.5);
    expect(b.minLon).toBeCloseTo(106.1);
    expect(b.maxLon).toBeCloseTo(107.4);
    expect(inBounds(b, { lat: 21.8, lon: 106.7 })).toBe(true);
    expect(inBounds(b, { lat: 23, lon: 106.7 })).toBe(false);
  });

  it('refuses no points and non-numbers', () => {
    expect(() => boundsOf([])).toThrow(RangeError);
    expect(() => boundsOf([{ lat: Number.NaN, lon: 1 }])).toThrow(RangeError);
  });
});

describe('equirectangular', () => {
  const bounds = { minLat: 21, maxLat: 22.5, minLon: 106, maxLon: 107.5 };
  const p = equirectangular(bounds, 600, 20);

  it('maps the corners to the margins and keeps north up', () => {
    expect(p.project({ lat: 22.5, lon: 106 })).toEqual({ x: 20, y: 20 });
    const se = p.project({ lat: 21, lon: 107.5 });
    expect(se.x).toBeCloseTo(580);
    expect(se.y).toBeCloseTo(p.height - 20);
  });

  it('shrinks longitudes by the cosine of the middle latitude', () => {
    // 1.5° of latitude against 1.5°·cos(21.75°) of longitude: taller than wide.
    expect((p.height - 40) / (p.width - 40)).toBeCloseTo(1 / Math.cos((21.75 * Math.PI) / 180), 6);
  });

  it('keeps every point of the bounds on the canvas (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 21, max: 22.5, noNaN: true }),
        fc.double({ min: 106, max: 107.5, noNaN: true }),
        (lat, lon) => {
          const { x, y } = p.project({ lat, lon });
          return x >= 20 - 1e-9 && x <= 580 + 1e-9 && y >= 20 - 1e-9 && y <= p.height - 20 + 1e-9;
        },
      ),
    );
  });

  it('is monotonic: further east is further right, further north is higher', () => {
    const a = p.project({ lat: 21.5, lon: 106.5 });
    const b = p.project({ lat: 21.9, lon: 106.9 });
    expect(b.x).toBeGreaterThan(a.x);
    expect(b.y).toBeLessThan(a.y);
  });

  it('refuses empty bounds', () => {
    expect(() => equirectangular({ minLat: 1, maxLat: 1, minLon: 0, maxLon: 1 }, 100)).toThrow(RangeError);
  });
});

describe('outlinePath', () => {
  it('draws a closed path with rounded numbers', () => {
    const p = equirectangular({ minLat: 0, maxLat: 1, minLon: 0, maxLon: 1 }, 100);
    const d = outlinePath(
      [
        { lat: 1, lon: 0 },
        { lat: 1, lon: 1 },
        { lat: 0, lon: 0.5 },
      ],
      p,
    );
    expect(d).toMatch(/^M0 0L100 0L50 100(\.\d)?Z$/);
  });
});

describe('estimateTextWidth', () => {
  it('gives ideographs a full em and Latin letters about half', () => {
    expect(estimateTextWidth('友谊关', 10)).toBe(30);
    expect(estimateTextWidth('Mẫu Sơn', 10)).toBeCloseTo(7 * 5.6);
  });
});

describe('placeLabels', () => {
  const options = { width: 300, height: 200, fontSize: 10, markerRadius: 5, gap: 2 };

  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([{ id: 'a', x: 100, y: 100, text: 'Lạng Sơn' }], options);
    expect(label).toMatchObject({ placed: true, anchor: 'start' });
    expect(label!.box.x).toBeGreaterThan(100);
  });

  it('moves a label to the left at the right edge', () => {
    const [label] = placeLabels([{ id: 'a', x: 295, y: 100, text: 'Mẫu Sơn' }], options);
    expect(label).toMatchObject({ placed: true, anchor: 'end' });
    expect(label!.box.x + label!.box.width).toBeLessThan(295);
  });

  it('never lets placed labels overlap each other or any marker, and keeps them on the canvas', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 300 }),
            y: fc.integer({ min: 0, max: 200 }),
            n: fc.integer({ min: 2, max: 14 }),
          }),
          { maxLength: 25 },
        ),
        (raw) => {
          const points = raw.map((r, i) => ({ id: String(i), x: r.x, y: r.y, text: 'x'.repeat(r.n) }));
          const labels = placeLabels(points, options).filter((l) => l.placed);
          for (const [i, a] of labels.entries()) {
            if (a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.width > 300 || a.box.y + a.box.height > 200) return false;
            for (const b of labels.slice(i + 1)) if (overlaps(a.box, b.box)) return false;
            for (const p of points)
              if (overlaps(a.box, { x: p.x - 5, y: p.y - 5, width: 10, height: 10 })) return false;
          }
          return true;
        },
      ),
    );
  });

  it('gives up on a label with no room instead of overlapping', () => {
    // Nine points on the same spot: right, left, above and below fill up; the diagonals would
    // overlap those, so the other labels are left out rather than drawn over each other.
    const crowded = [
      { id: 'a', x: 150, y: 100, text: 'Động Tam Thanh' },
      { id: 'b', x: 150, y: 100, text: 'Động Nhị Thanh' },
      { id: 'c', x: 150, y: 100, text: 'Chợ Kỳ Lừa' },
      { id: 'd', x: 150, y: 100, text: 'Đền Tả Phủ' },
      { id: 'e', x: 150, y: 100, text: 'Đền Kỳ Cùng' },
      { id: 'f', x: 150, y: 100, text: 'Chợ Đông Kinh' },
      { id: 'g', x: 150, y: 100, text: 'Thành nhà Mạc' },
      { id: 'h', x: 150, y: 100, text: 'Núi Tô Thị' },
      { id: 'i', x: 150, y: 100, text: 'Phố đi bộ' },
    ];
    const labels = placeLabels(crowded, options);
    expect(labels.map((l) => l.placed)).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(labels.slice(0, 4).map((l) => l.anchor)).toEqual(['start', 'end', 'middle', 'middle']);
  });
});

describe('drawPanel', () => {
  it('draws the outline, lines and numbered points, with a label for each', () => {
    const panel = drawPanel({
      width: 400,
      margin: 10,
      outline: OUTLINE,
      lines: [BORDER],
      points: [
        { id: 'gate', lat: 16.4, lon: 107.45, label: 'Cửa khẩu', n: 1 },
        { id: 'peak', lat: 16.1, lon: 107.3, label: 'Núi Mây', n: 2 },
      ],
      fontSize: 11,
      markerRadius: 7,
    });
    expect(panel.outline).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z$/);
    expect(panel.lines[0]).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2}$/);
    expect(panel.points.map((p) => p.n)).toEqual([1, 2]);
    expect(panel.labels.every((l) => l.placed)).toBe(true);
    for (const p of panel.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(panel.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(panel.height);
    }
  });

  it('refuses a point outside the area drawn (a typo in coordinates)', () => {
    expect(() =>
      drawPanel({
        width: 400,
        margin: 10,
        outline: OUTLINE,
        points: [{ id: 'typo', lat: 61.3, lon: 107.3, label: 'x' }],
        fontSize: 11,
        markerRadius: 7,
      }),
    ).toThrow(/typo/);
  });

  it('draws areas around the outline (neighbours) as closed paths, reaching past the canvas', () => {
    const around = [
      { lat: 17.5, lon: 106 },
      { lat: 17.5, lon: 108.5 },
      { lat: 15.5, lon: 108.5 },
      { lat: 15.5, lon: 106 },
    ];
    const panel = drawPanel({
      width: 400,
      margin: 10,
      outline: OUTLINE,
      areas: [around],
      points: [],
      fontSize: 11,
      markerRadius: 7,
    });
    expect(panel.areas).toHaveLength(1);
    expect(panel.areas[0]).toMatch(/^M-[\d.]+ -[\d.]+(L-?[\d.]+ -?[\d.]+){3}Z$/);
  });
});

describe('area labels', () => {
  const projection = equirectangular({ minLat: 16, maxLat: 17, minLon: 107, maxLon: 108 }, 400, 0);
  it('sit at labelAt, or in the middle of the part of the area on the canvas', () => {
    const east = [
      { lat: 16, lon: 107.5 },
      { lat: 16, lon: 110 },
      { lat: 17, lon: 110 },
      { lat: 17, lon: 107.5 },
    ];
    const mid = areaLabelPoint(east, projection);
    expect(mid.x).toBeGreaterThan(projection.width * 0.7);
    expect(mid.x).toBeLessThan(projection.width);
    expect(areaLabelPoint(east, projection, { lat: 16.5, lon: 107.5 }).x).toBeCloseTo(projection.width / 2, 5);
  });

  it('are moved inside the canvas when their text would run off an edge', () => {
    const canvas = { width: 400, height: 300 };
    const moved = keepLabelOnCanvas({ x: 5, y: 2 }, 'THAI NGUYEN', 11, canvas);
    const half = (estimateTextWidth('THAI NGUYEN', 11) * 1.2) / 2;
    expect(moved.x - half).toBeGreaterThanOrEqual(4);
    expect(moved.y).toBeGreaterThanOrEqual(11);
    expect(keepLabelOnCanvas({ x: 200, y: 150 }, 'X', 11, canvas)).toEqual({ x: 200, y: 150 });
  });
});

describe('separate', () => {
  it('moves overlapping markers apart, including ones on the same spot, and leaves others alone', () => {
    const out = separate(
      [
        { x: 100, y: 100 },
        { x: 103, y: 101 },
        { x: 100, y: 100 },
        { x: 300, y: 50 },
      ],
      19,
      { width: 400, height: 200 },
    );
    for (const [i, a] of out.slice(0, 3).entries())
      for (const b of out.slice(i + 1, 3)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(19 - 1e-6);
    expect(out[3]).toEqual({ x: 300, y: 50 });
  });

  it('keeps every pair apart for random clusters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 40, max: 60 }), y: fc.integer({ min: 40, max: 60 }) }), {
          minLength: 2,
          maxLength: 6,
        }),
        (pts) => {
          const out = separate(pts, 10, { width: 400, height: 400 });
          return out.every((a, i) => out.slice(i + 1).every((b) => Math.hypot(a.x - b.x, a.y - b.y) >= 10 - 1e-6));
        },
      ),
    );
  });
});
