/**
 * The site's link-preview cards as a build draws them: the province's name, colours, host and
 * mark on every card, and one font subset per set of cards (the default cards, the Invest pages'
 * cards), prepared once and parsed once by satori, instead of once per card. Astro build only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config from 'virtual:portico/config';
import type { Locale } from '../../i18n/locales.ts';
import { province } from '../province.ts';
import type { OgCard } from './card.ts';
import { loadBundledFonts } from './font-files.ts';
import { prepareFonts, renderPreparedCard, type PreparedFonts } from './render.ts';

let mark: string | undefined | null;

/** The province's logo as the card's mark when it is an SVG without text (the rasteriser loads no fonts). */
function markSvg(): string | undefined {
  if (mark === undefined) {
    const svg = province.logo.endsWith('.svg') ? readFileSync(join(config.root, province.logo), 'utf8') : '';
    mark = svg && !/<text[\s>]/.test(svg) ? svg : null;
  }
  return mark ?? undefined;
}

/** What every card of the site carries, in a language. */
export function siteCard(locale: Locale): Pick<OgCard, 'locale' | 'province' | 'site' | 'colours' | 'markSvg'> {
  const logo = markSvg();
  return {
    locale,
    province: province.fullName[locale],
    site: new URL(province.site).host,
    colours: province.colours,
    ...(logo ? { markSvg: logo } : {}),
  };
}

/**
 * A renderer for one set of cards: `load` lists every card of the set (memoized by the caller's
 * module), and the first call prepares the fonts for all of them.
 */
export function cardSetRenderer(load: () => Promise<readonly OgCard[]>): (card: OgCard) => Promise<Uint8Array> {
  let prepared: Promise<PreparedFonts> | undefined;
  return async (card) => {
    prepared ??= (async () => prepareFonts(await load(), await loadBundledFonts()))();
    return renderPreparedCard(card, await prepared);
  };
}

/** A PNG response. */
export const pngResponse = (png: Uint8Array) =>
  new Response(png.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
