import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardText, type OgCard } from './card.ts';
import { loadBundledFonts, type FontPair } from './font-files.ts';
import { missingCharacters } from './fonts.ts';
import { cardFonts, prepareFonts, rasterise, renderOgCard, renderPreparedCard } from './render.ts';

const colours = { primary: '#2a6f4e', primaryDark: '#173d2b', accent: '#c0392b', surface: '#fbf8f1' };
const zh: OgCard = {
  locale: 'zh',
  province: '青河省',
  eyebrow: '投资',
  title: '边境经济区：新投资者享受特别优惠，一站式办理手续',
  tagline: '越南与中国之间的门户',
  site: 'example.org',
  colours,
};
const vi: OgCard = {
  locale: 'vi',
  province: 'Tỉnh Sông Xanh',
  eyebrow: 'Đầu tư',
  title: 'Bắc Sơn: đặc sản, ơn nghĩa và ưu đãi cho nhà đầu tư',
  tagline: 'Ắc quy, đường, mặt trời',
  site: 'example.org',
  colours,
};

let fonts: FontPair;
beforeAll(async () => {
  fonts = await loadBundledFonts();
});

/** Size and the share of pixels in a box that are close to a colour. */
async function inspect(
  png: Uint8Array,
  box: { left: number; top: number; width: number; height: number },
  hex: string,
) {
  const meta = await sharp(png).metadata();
  const { data, info } = await sharp(png).extract(box).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let near = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (target.every((v, c) => Math.abs(data[i + c]! - v) < 40)) near++;
  }
  return { width: meta.width, height: meta.height, format: meta.format, share: near / (info.width * info.height) };
}

const titleBox = { left: 80, top: 220, width: 1040, height: 150 };

describe('og card rendering', { timeout: 60_000 }, () => {
  it('draws a Chinese card with a glyph for every character, 1200×630 and not blank', async () => {
    const text = cardText(zh);
    const subset = await cardFonts(zh, fonts);
    // The subset fonts the card is drawn with have every character in their cmap.
    expect(missingCharacters(subset.bold, text.bold)).toEqual([]);
    expect(missingCharacters(subset.regular, text.regular)).toEqual([]);
    expect(subset.bold.byteLength).toBeLessThan(100_000);
    const png = await renderOgCard(zh, fonts);
    const seen = await inspect(png, titleBox, colours.primaryDark);
    expect([seen.format, seen.width, seen.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    // The title's ink covers a fair part of its box (boxes or nothing would not).
    expect(seen.share).toBeGreaterThan(0.15);
  });

  it('draws a Vietnamese card with ắ ặ ơ ư đ in the font used', async () => {
    const text = cardText(vi);
    for (const ch of 'ắặơưđĐẮ') expect(text.bold + text.regular).toContain(ch);
    const subset = await cardFonts(vi, fonts);
    expect(missingCharacters(subset.bold, text.bold)).toEqual([]);
    expect(missingCharacters(subset.regular, text.regular)).toEqual([]);
    const png = await renderOgCard(vi, fonts);
    const seen = await inspect(png, titleBox, colours.primaryDark);
    expect([seen.width, seen.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(seen.share).toBeGreaterThan(0.1);
  });

  it('gives the same bytes for the same card, and the same for decomposed Vietnamese', async () => {
    const a = await renderOgCard(vi, fonts);
    const b = await renderOgCard({ ...vi }, fonts);
    expect(Buffer.compare(a, b)).toBe(0);
    const nfd = await renderOgCard(
      { ...vi, title: vi.title.normalize('NFD'), province: vi.province.normalize('NFD') },
      fonts,
    );
    expect(Buffer.compare(a, nfd)).toBe(0);
    const other = await renderOgCard({ ...vi, title: `${vi.title}!` }, fonts);
    expect(Buffer.compare(a, other)).not.toBe(0);
  });

  it('refuses a card with a character the font lacks instead of drawing a box', async () => {
    // Devanagari is not in the bundled font.
    await expect(renderOgCard({ ...vi, title: 'नमस्ते' }, fonts)).rejects.toThrow(/no glyph for न \(U\+0928\)/);
  });

  it('draws a set of cards with one subset for all: the same bytes as alone, and refuses a card outside the set', async () => {
    const prepared = await prepareFonts([zh, vi], fonts);
    expect(missingCharacters(prepared.bold, cardText(zh).bold + cardText(vi).bold)).toEqual([]);
    expect(Buffer.compare(await renderPreparedCard(vi, prepared), await renderOgCard(vi, fonts))).toBe(0);
    await expect(renderPreparedCard({ ...zh, title: '另一个标题' }, prepared)).rejects.toThrow(/no glyph for 另/);
  });
});

describe('rasterising', () => {
  it('refuses an SVG that would need the machine’s fonts (a <text> element)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><text x="10" y="50">谅</text></svg>';
    await expect(rasterise(svg)).rejects.toThrow(/<text> element/);
    const paths = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><path d="M0 0h10v10z"/></svg>';
    expect((await sharp(await rasterise(paths)).metadata()).width).toBe(CARD_WIDTH);
  });
});
