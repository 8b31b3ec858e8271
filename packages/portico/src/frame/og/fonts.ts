/**
 * The bundled font, cut down to what a card or a sheet draws. Pure: font bytes and text in,
 * font bytes (or facts about them) out; reading the font files is in font-files.ts.
 *
 * Subsetting uses HarfBuzz (subset-font), so a 10 MB CJK font becomes a few kilobytes with
 * only the glyphs the text needs (and those GSUB reaches from them); coverage and widths
 * are read with fontkit from the font's own cmap and advances.
 */
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

/** Characters every subset keeps: the space and the ellipsis a clamped line ends with. */
export const ALWAYS_KEPT = ' …';

/** The text as drawn: NFC (Vietnamese typed with combining marks becomes precomposed letters). */
export const drawnText = (text: string): string => text.normalize('NFC');

/** A TrueType font with only the glyphs `text` needs (plus ALWAYS_KEPT). Deterministic. */
export async function subsetFor(font: Uint8Array, text: string): Promise<Uint8Array> {
  const chars = [...new Set(drawnText(text + ALWAYS_KEPT))].sort().join('');
  const out = await subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), chars, {
    targetFormat: 'truetype',
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Parsed fonts by their bytes: a build asks about the same subset for every card. */
const opened = new WeakMap<Uint8Array, fontkit.Font>();

function open(font: Uint8Array): fontkit.Font {
  const known = opened.get(font);
  if (known) return known;
  const f = fontkit.create(Buffer.from(font.buffer, font.byteOffset, font.byteLength));
  if ('fonts' in f) throw new Error('font: a collection, not one font');
  opened.set(font, f as fontkit.Font);
  return f as fontkit.Font;
}

/** Characters of `text` the font has no glyph for (its cmap), once each, in order; whitespace and controls are not asked. */
export function missingCharacters(font: Uint8Array, text: string): string[] {
  const f = open(font);
  const missing: string[] = [];
  for (const ch of new Set(drawnText(text))) {
    if (/^[\s\p{Cc}]$/u.test(ch)) continue;
    if (!f.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.push(ch);
  }
  return missing;
}

/** The width of `text` on one line in em: the shaped glyphs' advances over units per em. */
export function emWidth(font: Uint8Array, text: string): number {
  const f = open(font);
  const run = f.layout(drawnText(text));
  return run.positions.reduce((sum, p) => sum + p.xAdvance, 0) / f.unitsPerEm;
}

/** The font's ascent and x-height in em. */
export function verticalMetrics(font: Uint8Array): { ascent: number; xHeight: number } {
  const f = open(font);
  return { ascent: f.ascent / f.unitsPerEm, xHeight: f.xHeight / f.unitsPerEm };
}

/** Throw, naming the characters and what they were for, if the font lacks any of them. */
export function assertCovered(font: Uint8Array, text: string, what: string): void {
  const missing = missingCharacters(font, text);
  if (missing.length) {
    const list = missing
      .map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    throw new Error(`${what}: the font has no glyph for ${list}`);
  }
}
