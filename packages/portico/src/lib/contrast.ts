/**
 * Colour contrast as WCAG 2 defines it, and the focus-ring colours a palette gets: for the light
 * backgrounds (white, the surface) and for the dark bands (top bar, navigation, footer), the
 * candidate with the best contrast against every background of its kind (WCAG 2.2 asks 3:1 for
 * a focus indicator). Pure.
 */

/** Relative luminance of a #rgb or #rrggbb colour. */
export function luminance(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1, 7);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

/** The candidate whose lowest contrast against the backgrounds is highest. */
export function bestAgainst(
  candidates: readonly string[],
  backgrounds: readonly string[],
): { colour: string; ratio: number } {
  let best = { colour: candidates[0]!, ratio: 0 };
  for (const colour of candidates) {
    const ratio = Math.min(...backgrounds.map((bg) => contrast(colour, bg)));
    if (ratio > best.ratio) best = { colour, ratio };
  }
  return best;
}

export interface FocusPalette {
  primary: string;
  primaryDark: string;
  surface: string;
  text: string;
  highlight: string;
  onDark: string;
}

/** Focus-ring colours: `light` on white and the surface, `dark` on the primary and dark bands. */
export function focusColours(c: FocusPalette): { light: string; dark: string } {
  return {
    light: bestAgainst([c.primaryDark, c.text, '#000000'], ['#ffffff', c.surface]).colour,
    dark: bestAgainst([c.highlight, c.onDark, '#ffffff'], [c.primary, c.primaryDark]).colour,
  };
}
