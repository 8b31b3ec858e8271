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

/** Fonts ready for satori: subset bytes and the ArrayBuffers satori parses once and caches. */
export interface PreparedFonts {
  bold: Uint8Array;
  regular: Uint8Array;
  /** satori keeps each font it parsed in a WeakMap keyed by this buffer: reuse it across cards. */
  buffers: { bold: ArrayBuffer; regular: ArrayBuffer };
}

const arrayBuffer = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

/**
 * The fonts a set of cards is drawn with: each weight cut down to the characters those cards
 * draw in it, checked to have every one. A build prepares once for all its cards (one subset,
 * parsed once by satori) instead of once per card.
 */
export async function prepareFonts(cards: readonly OgCard[], fonts: FontPair): Promise<PreparedFonts> {
  const texts = cards.map((card) => cardText(normalised(card)));
  const boldText = texts.map((t) => t.bold).join('');
  const regularText = texts.map((t) => t.regular).join('');
  const [bold, regular] = await Promise.all([subsetFor(fonts.bold, boldText), subsetFor(fonts.regular, regularText)]);
  const what = cards.length === 1 ? `og card "${cards[0]!.title}"` : `og cards (${cards.length})`;
  assertCovered(bold, boldText, what);
  assertCovered(regular, regularText, what);
  return { bold, regular, buffers: { bold: arrayBuffer(bold), regular: arrayBuffer(regular) } };
}

/** The fonts one card is drawn with: each weight cut down to the characters drawn in it. */
export async function cardFonts(card: OgCard, fonts: FontPair): Promise<FontPair> {
  const { bold, regular } = await prepareFonts([card], fonts);
  return { bold, regular };
}

/**
 * The card as SVG (text as paths), with fonts from prepareFonts. Throws if the prepared fonts
 * lack a character the card draws (the card was not among those they were prepared for).
 */
export async function renderPreparedSvg(card: OgCard, prepared: PreparedFonts): Promise<string> {
  const drawn = normalised(card);
  const text = cardText(drawn);
  assertCovered(prepared.bold, text.bold, `og card "${card.title}"`);
  assertCovered(prepared.regular, text.regular, `og card "${card.title}"`);
  const tree = ogCardTree(drawn, emWidth(prepared.bold, drawn.title), FAMILY);
  // satori takes React-like element objects; the tree is one (see OgNode).
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [
      { name: FAMILY, data: prepared.buffers.regular, weight: 400, style: 'normal' },
      { name: FAMILY, data: prepared.buffers.bold, weight: 700, style: 'normal' },
    ],
  });
}

/** The card as SVG (text as paths). Throws if the font lacks a character the card draws. */
export async function renderOgSvg(card: OgCard, fonts: FontPair): Promise<string> {
  return renderPreparedSvg(card, await prepareFonts([card], fonts));
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

/** The card as PNG bytes (1200×630), with fonts prepared for a whole build (see prepareFonts). */
export async function renderPreparedCard(card: OgCard, prepared: PreparedFonts): Promise<Uint8Array> {
  return rasterise(await renderPreparedSvg(card, prepared));
}
