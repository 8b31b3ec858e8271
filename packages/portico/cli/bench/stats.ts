/**
 * Statistics and units for the benchmark report: median and percentiles, byte and time
 * formatting, and the "✓ <step> (N ms)" lines `portico build` prints. Pure.
 */

/** The value at quantile q (0…1) of a list, interpolating between neighbours; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** 1536 → "1.5 KB", 3_400_000 → "3.2 MB" (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** 950 → "950 ms", 83_400 → "83.4 s", 754_000 → "12 min 34 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
}

/** 12345.6 → "12,346"; with digits, 3.14159 → "3.1". */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export interface StepTiming {
  name: string;
  ms: number;
}

/** The post-build steps' timings from the build's output: lines "✓ <step> (123 ms)". */
export function parseStepTimings(output: string): StepTiming[] {
  const steps: StepTiming[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s*✓ (.+?) \((\d+) ms\)\s*$/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
    if (m) steps.push({ name: m[1]!, ms: Number(m[2]) });
  }
  return steps;
}

/** Astro's per-page log lines ("  ├─ /en/press/index.html (+12ms)"): the page and its render time. */
export function parsePageTimings(output: string): { page: string; ms: number }[] {
  const pages: { page: string; ms: number }[] = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /[├└]─ (\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
    if (m) pages.push({ page: m[1]!, ms: m[3] === 's' ? Number(m[2]) * 1000 : Number(m[2]) });
  }
  return pages;
}
