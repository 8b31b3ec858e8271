/**
 * The site's link-preview cards as a build draws them: the province's name, colours, host and
 * mark on every card, and one font subset per set of cards (the default cards, the Invest pages'
 * cards), prepared once and parsed once by satori, instead of once per card. Astro build only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import config from 'virtual:portico/config';
import type { Locale } from '../../i18n/locales.ts';
import { cacheDirOf } from '../../lib/cache-dir.ts';
import { helperProcess } from '../../lib/helper-process.ts';
import { province } from '../province.ts';
import type { OgCard } from './card.ts';
import { drawnFile, drawnKey, openDrawnCache, pipelineKey, type DrawnCache } from '../../build/drawn-cache.ts';
import { FONT_PACKAGE, loadBundledFonts } from './font-files.ts';
import type { PreparedFonts } from './render.ts';

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

let pipeline: string | undefined;

/**
 * What else a card's pixels depend on besides the card: the drawing code (this folder's
 * modules, read once) and the versions of satori, sharp and the font package.
 */
const cardPipeline = () =>
  (pipeline ??= pipelineKey(
    ['card.ts', 'render.ts', 'fonts.ts', 'font-files.ts'].map((file) => `src/frame/og/${file}`),
    ['satori', FONT_PACKAGE],
    import.meta.url,
    JSON.stringify(sharp.versions),
  ));

let cache: Promise<DrawnCache> | undefined;

/** The process that draws predrawn cards (draw-process.ts), shared by every set; started on first use. */
const drawer = helperProcess('src/frame/og/draw-process.ts');
let sets = 0;

/** A card set's renderer; `predraw()` starts drawing all its cards in another process. */
export interface CardSetRenderer {
  (card: OgCard): Promise<Uint8Array>;
  /** Draw every card of the set into the cache in a process of its own, ahead of their endpoints. */
  predraw(): void;
}

/**
 * A renderer for one set of cards: `load` lists every card of the set (memoized by the caller's
 * module), and the first card that must be drawn prepares the fonts for all of them.
 *
 * Each card is kept in node_modules/.cache/portico/og/ under a hash of the card and of the
 * drawing pipeline (see cardPipeline): a build takes the cards whose text, colours and mark did not
 * change from there, byte for byte what drawing them again would give, and draws only the others.
 * With `predraw()` (called when the build lists the cards' pages) another process draws them
 * while Astro renders the HTML pages, and each endpoint waits for its own card.
 */
export function cardSetRenderer(load: () => Promise<readonly OgCard[]>): CardSetRenderer {
  let prepared: Promise<PreparedFonts> | undefined;
  // The cards being drawn by the drawing process, by key: each settles when its card is in the
  // cache, or when the drawing failed (the endpoint then draws it itself and says what is wrong).
  let predrawn: Promise<Map<string, Promise<void>>> | undefined;
  const render = async (card: OgCard) => {
    const key = drawnKey(cardPipeline(), card);
    await (await predrawn)?.get(key);
    cache ??= openDrawnCache(cacheDirOf(config.root, 'og'), 'png', new Date());
    return (await cache).get(key, async () => {
      // Drawn here only when the drawing process did not (predraw not called, or it failed): the
      // drawing modules (satori, HarfBuzz, the fonts) are loaded into this process only then.
      const { prepareFonts, renderPreparedCard } = await import('./render.ts');
      prepared ??= (async () => prepareFonts(await load(), await loadBundledFonts()))();
      return renderPreparedCard(card, await prepared);
    });
  };
  const predraw = () => {
    predrawn ??= (async () => {
      const drawn = new Map<string, Promise<void>>();
      try {
        const cards = await load();
        const pipeline = cardPipeline();
        const dir = cacheDirOf(config.root, 'og');
        // Cards already in the cache are read there by their endpoints: only the others are drawn,
        // and a build that finds them all (a rebuild) starts no drawing process.
        const missing = new Map<string, OgCard>();
        for (const card of cards) {
          const key = drawnKey(pipeline, card);
          if (!existsSync(drawnFile(dir, key, 'png'))) missing.set(key, card);
        }
        if (!missing.size) return drawn;
        const set = `set-${sets++}`;
        // The process answers in order: the set is known before its first card is asked for.
        drawer.call('cardSet', set, cards, dir, new Date().toISOString()).catch(() => {});
        for (const [key, card] of missing)
          drawn.set(
            key,
            drawer.call('card', set, key, card).then(
              () => {},
              () => {},
            ),
          );
      } catch {
        // Nothing listed: every endpoint draws its own card.
      }
      return drawn;
    })();
  };
  return Object.assign(render, { predraw });
}

/** A PNG response. */
export const pngResponse = (png: Uint8Array) =>
  new Response(png.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
