import { describe, expect, it } from 'vitest';
import { horizontalBars, niceMax, proportionBar } from './charts.ts';

describe('niceMax', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(61)).toBe(100);
    expect(niceMax(150)).toBe(200);
    expect(niceMax(230)).toBe(250);
    expect(niceMax(394)).toBe(500);
    expect(niceMax(8310)).toBe(10000);
    expect(niceMax(0.3)).toBe(0.5);
    expect(niceMax(2000)).toBe(2000);
  });
  it('refuses negative and infinite values', () => {
    expect(() => niceMax(-1)).toThrow(RangeError);
    expect(() => niceMax(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('horizontalBars', () => {
  const layout = { width: 600, labelWidth: 150, valueWidth: 50, barHeight: 20, gap: 10, padding: 5 };

  it('makes bar lengths proportional to values on a round scale', () => {
    const chart = horizontalBars(
      [
        { label: 'a', value: 61 },
        { label: 'b', value: 4 },
      ],
      layout,
    );
    expect(chart.max).toBe(100);
    expect(chart.plotX).toBe(150);
    expect(chart.plotWidth).toBe(400);
    expect(chart.bars[0]!.width).toBeCloseTo(244);
    expect(chart.bars[1]!.width).toBeCloseTo(16);
    expect(chart.bars[0]!.share).toBeCloseTo(0.61);
  });

  it('stacks bars top to bottom with the gap and padding', () => {
    const chart = horizontalBars(
      [
        { label: 'a', value: 1 },
        { label: 'b', value: 2 },
        { label: 'c', value: 3 },
      ],
      layout,
    );
    expect(chart.bars.map((b) => b.y)).toEqual([5, 35, 65]);
    expect(chart.height).toBe(5 + 3 * 20 + 2 * 10 + 5);
    expect(chart.bars[1]!.textY).toBe(45);
    expect(chart.bars[2]!.labelX).toBe(142);
    expect(chart.bars[2]!.valueX).toBeCloseTo(150 + chart.bars[2]!.width + 8);
  });

  it('never draws beyond the plot area', () => {
    const chart = horizontalBars([{ label: 'x', value: 8310 }], layout);
    for (const bar of chart.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plotX + chart.plotWidth);
  });

  it('honours an explicit maximum and refuses one below the data', () => {
    expect(horizontalBars([{ label: 'x', value: 5 }], { ...layout, max: 10 }).bars[0]!.width).toBe(200);
    expect(() => horizontalBars([{ label: 'x', value: 50 }], { ...layout, max: 10 })).toThrow(RangeError);
  });

  it('handles zeros, empty data and refuses negative values', () => {
    expect(horizontalBars([{ label: 'z', value: 0 }], layout).bars[0]!.width).toBe(0);
    expect(horizontalBars([], layout)).toMatchObject({ bars: [], height: 10 });
    expect(() => horizontalBars([{ label: 'n', value: -1 }], layout)).toThrow(RangeError);
  });
});

describe('proportionBar', () => {
  it('splits the width by share and ends exactly at the width', () => {
    const parts = proportionBar(
      [
        { label: 'communes', value: 61 },
        { label: 'wards', value: 4 },
      ],
      650,
    );
    expect(parts[0]).toMatchObject({ x: 0, width: 610 });
    expect(parts[1]).toMatchObject({ x: 610, width: 40 });
    expect(parts[0]!.share + parts[1]!.share).toBeCloseTo(1);
  });

  it('keeps segments contiguous with awkward shares', () => {
    const parts = proportionBar(
      [1, 1, 1].map((value, i) => ({ label: String(i), value })),
      100,
    );
    expect(parts[1]!.x).toBeCloseTo(parts[0]!.width);
    expect(parts[2]!.x + parts[2]!.width).toBeCloseTo(100);
  });

  it('draws nothing when every value is zero', () => {
    expect(proportionBar([{ label: 'a', value: 0 }], 100)[0]).toMatchObject({ width: 0, share: 0 });
  });
});
