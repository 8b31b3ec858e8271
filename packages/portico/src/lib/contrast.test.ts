import { describe, expect, it } from 'vitest';
import { bestAgainst, contrast, focusColours } from './contrast.ts';

describe('contrast', () => {
  it('follows WCAG 2: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    // The measurement: a red ring on the green navigation bar.
    expect(contrast('#b3261e', '#1f5d3a')).toBeLessThan(1.5);
  });

  it('picks the candidate with the best worst case', () => {
    expect(bestAgainst(['#ffff00', '#ffffff'], ['#000000', '#808080']).colour).toBe('#ffffff');
  });

  it('gives focus colours with at least 3:1 on every background, for a green and a pale palette', () => {
    for (const c of [
      {
        primary: '#1f5d3a',
        primaryDark: '#143d27',
        surface: '#f7f4ec',
        text: '#1d2320',
        highlight: '#e0b64a',
        onDark: '#e8efe9',
      },
      {
        primary: '#3a6ea5',
        primaryDark: '#20466e',
        surface: '#ffffff',
        text: '#222222',
        highlight: '#f2c14e',
        onDark: '#eef3f8',
      },
    ]) {
      const f = focusColours(c);
      for (const bg of ['#ffffff', c.surface]) expect(contrast(f.light, bg)).toBeGreaterThanOrEqual(3);
      for (const bg of [c.primary, c.primaryDark]) expect(contrast(f.dark, bg)).toBeGreaterThanOrEqual(3);
    }
  });
});
