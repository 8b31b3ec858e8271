/**
 * Draw an open-graph card: satori lays the card out with the font's real metrics and turns
 * the text into paths, and sharp (libvips) rasterises that SVG to PNG. A pure function of the
 * card and the font bytes: the same input gives the same PNG, byte for byte, so a cache keyed
 * by a hash of (card, font) can skip the work.
 *
 * Why sharp and not resvg: the SVG holds no text (satori drew every glyph as a path, and an SVG
 * with a <text> element is refused below), so no font of the machine can enter the picture, and
 * sharp is already the build's image library. It rasterises on libvips' own threads, so a build
 * renders HTML pages while cards are drawn: 24 ms a card off the main thread, where
 * @resvg/resvg-wasm took 34–39 ms on it (its native twin, 2.7× faster, kept ~3 MB per card).
 */
import sharp from 'sharp';
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

/**
 * Rasterise a card's SVG to a 1200×630 PNG. The SVG must draw its text as paths (satori does):
 * one with a <text> element would be drawn with whatever fonts the machine has, so it is refused.
 */
export async function rasterise(svg: string): Promise<Uint8Array> {
  if (/<text[\s>]/.test(svg)) throw new Error('og card: the SVG has a <text> element; draw text as paths');
  // satori writes width="1200" height="630": at 72 dpi one SVG unit is one pixel.
  const png = await sharp(Buffer.from(svg), { density: 72 }).png().toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The card as PNG bytes (1200×630). */
export async function renderOgCard(card: OgCard, fonts: FontPair): Promise<Uint8Array> {
  return rasterise(await renderOgSvg(card, fonts));
}

/** The card as PNG bytes (1200×630), with fonts prepared for a whole build (see prepareFonts). */
export async function renderPreparedCard(card: OgCard, prepared: PreparedFonts): Promise<Uint8Array> {
  return rasterise(await renderPreparedSvg(card, prepared));
}
