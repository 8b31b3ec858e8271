/**
 * Chart geometry for SVG drawn at build time: numbers in, rectangles and label positions out.
 * No markup and no text of its own, so the components decide wording and the tests check the
 * arithmetic.
 */

export interface Datum {
  /** What the bar stands for (already in the reader's language). */
  label: string;
  /** A value ≥ 0. */
  value: number;
}

export interface BarLayout {
  /** Width of the whole drawing (viewBox units). */
  width: number;
  /** Height of one bar. */
  barHeight: number;
  /** Space between bars. */
  gap: number;
  /** Space on the left for the category labels. */
  labelWidth: number;
  /** Space on the right for the value labels. */
  valueWidth: number;
  /** Space above the first bar and below the last. */
  padding: number;
  /** The value the full bar length stands for; defaults to a round number ≥ the largest value. */
  max?: number;
}

export interface Bar extends Datum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Share of the scale's maximum, 0–1. */
  share: number;
  /** Where the category label ends (text-anchor end) and its baseline. */
  labelX: number;
  /** Where the value label starts (text-anchor start). */
  valueX: number;
  /** Baseline shared by both labels: the middle of the bar. */
  textY: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** The value a full-length bar stands for. */
  max: number;
  /** Where bars start and how long a full bar is. */
  plotX: number;
  plotWidth: number;
  bars: Bar[];
}

export const DEFAULT_BAR_LAYOUT: BarLayout = {
  width: 640,
  barHeight: 28,
  gap: 14,
  labelWidth: 190,
  valueWidth: 120,
  padding: 8,
};

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ value (1 for 0). */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`niceMax: ${value} is not a finite value ≥ 0`);
  if (value === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    // Rounding guards against 0.30000000000000004-style noise.
    const candidate = Number((step * power).toPrecision(12));
    if (candidate >= value) return candidate;
  }
  return 10 * power;
}

/** Horizontal bars, one per datum, in the order given. */
export function horizontalBars(data: readonly Datum[], layout: Partial<BarLayout> = {}): BarChart {
  const l: BarLayout = { ...DEFAULT_BAR_LAYOUT, ...layout };
  for (const d of data) {
    if (!Number.isFinite(d.value) || d.value < 0)
      throw new RangeError(`horizontalBars: "${d.label}" has value ${d.value}`);
  }
  const largest = data.reduce((m, d) => Math.max(m, d.value), 0);
  const max = l.max ?? niceMax(largest);
  if (max < largest) throw new RangeError(`horizontalBars: max ${max} is below the largest value ${largest}`);
  const plotX = l.labelWidth;
  const plotWidth = Math.max(0, l.width - l.labelWidth - l.valueWidth);
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = data.map((d, i) => {
    const y = l.padding + i * (l.barHeight + l.gap);
    const share = max === 0 ? 0 : d.value / max;
    const width = round(plotWidth * share);
    return {
      ...d,
      x: plotX,
      y,
      width,
      height: l.barHeight,
      share,
      labelX: plotX - 8,
      valueX: round(plotX + width + 8),
      textY: round(y + l.barHeight / 2),
    };
  });
  const height =
    data.length === 0 ? 2 * l.padding : 2 * l.padding + data.length * l.barHeight + (data.length - 1) * l.gap;
  return { width: l.width, height, max, plotX, plotWidth, bars };
}

export interface Segment extends Datum {
  x: number;
  width: number;
  /** Share of the total, 0–1. */
  share: number;
}

/** A single bar split into parts proportional to their values (e.g. communes and wards). */
export function proportionBar(parts: readonly Datum[], width: number): Segment[] {
  const total = parts.reduce((sum, p) => {
    if (!Number.isFinite(p.value) || p.value < 0)
      throw new RangeError(`proportionBar: "${p.label}" has value ${p.value}`);
    return sum + p.value;
  }, 0);
  if (total === 0) return parts.map((p) => ({ ...p, x: 0, width: 0, share: 0 }));
  let x = 0;
  return parts.map((p, i) => {
    const share = p.value / total;
    // The last segment ends exactly at `width`, whatever the rounding before it.
    const w = i === parts.length - 1 ? width - x : Math.round(width * share * 100) / 100;
    const segment = { ...p, x, width: Math.max(0, Math.round(w * 100) / 100), share };
    x = Math.round((x + segment.width) * 100) / 100;
    return segment;
  });
}
