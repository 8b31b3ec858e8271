/**
 * Draw an open-graph card: satori lays the card out with the font's real metrics and turns
 * the text into paths, resvg rasterises the SVG to PNG with no system fonts loaded. A pure
 * function of the card and the font bytes: the same input gives the same PNG, byte for byte,
 * so a cache keyed by a hash of (card, font) can skip the work.
 *
 * resvg runs as WebAssembly (@resvg/resvg-wasm): the same bytes on every platform, no native
 * binary, and memory freed after each card. The native @resvg/resvg-js 2.6.2 was 2.7× faster
 * here but kept about 3 MB per card that no garbage collection gave back (1.4 GB after 400
 * cards), which a site with thousands of cards cannot afford.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardText, ogCardTree, type OgCard } from './card.ts';
import { assertCovered, drawnText, emWidth, subsetFor } from './fonts.ts';
import type { FontPair } from './font-files.ts';

/** The name the fonts carry inside the layout (any name: only these fonts are given). */
const FAMILY = 'Card';

/** The card with every text field in NFC. */
function normalised(card: OgCard): OgCard {
  const n = (s: string | undefined) => (s === undefined ? undefined : drawnText(s));
  return {
    ...card,
    province: drawnText(card.province),
    title: drawnText(card.title),
    ...(card.eyebrow !== undefined ? { eyebrow: n(card.eyebrow) } : {}),
    ...(card.tagline !== undefined ? { tagline: n(card.tagline) } : {}),
    ...(card.site !== undefined ? { site: n(card.site) } : {}),
  } as OgCard;
}

/** The fonts a card is drawn with: each weight cut down to the characters drawn in it. */
export async function cardFonts(card: OgCard, fonts: FontPair): Promise<FontPair> {
  const text = cardText(normalised(card));
  const [bold, regular] = await Promise.all([subsetFor(fonts.bold, text.bold), subsetFor(fonts.regular, text.regular)]);
  assertCovered(bold, text.bold, `og card "${card.title}"`);
  assertCovered(regular, text.regular, `og card "${card.title}"`);
  return { bold, regular };
}

const arrayBuffer = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

/** The card as SVG (text as paths). Throws if the font lacks a character the card draws. */
export async function renderOgSvg(card: OgCard, fonts: FontPair): Promise<string> {
  const drawn = normalised(card);
  const subset = await cardFonts(drawn, fonts);
  const tree = ogCardTree(drawn, emWidth(subset.bold, drawn.title), FAMILY);
  // satori takes React-like element objects; the tree is one (see OgNode).
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [
      { name: FAMILY, data: arrayBuffer(subset.regular), weight: 400, style: 'normal' },
      { name: FAMILY, data: arrayBuffer(subset.bold), weight: 700, style: 'normal' },
    ],
  });
}

let wasmReady: Promise<void> | undefined;

/** Load resvg's WebAssembly once per process. */
function resvgReady(): Promise<void> {
  wasmReady ??= (async () => {
    const path = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(await readFile(path));
  })();
  return wasmReady;
}

/** Rasterise a card's SVG to a 1200×630 PNG, with no fonts (satori already drew the text as paths). */
export async function rasterise(svg: string): Promise<Uint8Array> {
  await resvgReady();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
  try {
    const image = resvg.render();
    try {
      return image.asPng().slice();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** The card as PNG bytes (1200×630). */
export async function renderOgCard(card: OgCard, fonts: FontPair): Promise<Uint8Array> {
  return rasterise(await renderOgSvg(card, fonts));
}
