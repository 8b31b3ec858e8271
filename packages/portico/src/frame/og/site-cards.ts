/**
 * The site's link-preview cards as a build draws them: the province's name, colours, host and
 * mark on every card, and one font subset per set of cards (the default cards, the Invest pages'
 * cards), prepared once and parsed once by satori, instead of once per card. Astro build only.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import config from 'virtual:portico/config';
import type { Locale } from '../../i18n/locales.ts';
import { cacheDirOf } from '../../lib/cache-dir.ts';
import { engineFile } from '../../lib/helper-process.ts';
import { province } from '../province.ts';
import type { OgCard } from './card.ts';
import type { PredrawJob } from './predraw-process.ts';
import { cardKey, openCardCache, type CardCache } from './card-cache.ts';
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
function pipelineKey(): string {
  if (pipeline === undefined) {
    const require = createRequire(import.meta.url);
    const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    // The engine's own folder through its package name: this module may run bundled elsewhere.
    const og = join(dirname(require.resolve('portico/package.json')), 'src/frame/og');
    const hash = createHash('sha256');
    for (const file of ['card.ts', 'render.ts', 'fonts.ts', 'font-files.ts']) hash.update(readFileSync(join(og, file)));
    hash.update(['satori', FONT_PACKAGE].map((name) => `${name}@${version(name)}`).join(' '));
    hash.update(JSON.stringify(sharp.versions));
    pipeline = hash.digest('hex');
  }
  return pipeline;
}

let cache: Promise<CardCache> | undefined;

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
 * drawing pipeline (see pipelineKey): a build takes the cards whose text, colours and mark did not
 * change from there, byte for byte what drawing them again would give, and draws only the others.
 * With `predraw()` (called when the build lists the cards' pages) another process draws them
 * while Astro renders the HTML pages, and each endpoint waits for its own card.
 */
export function cardSetRenderer(load: () => Promise<readonly OgCard[]>): CardSetRenderer {
  let prepared: Promise<PreparedFonts> | undefined;
  let predrawn: Map<string, Promise<void>> | undefined;
  const render = async (card: OgCard) => {
    const key = cardKey(pipelineKey(), card);
    await predrawn?.get(key);
    cache ??= openCardCache(cacheDirOf(config.root, 'og'), new Date());
    return (await cache).get(key, async () => {
      // Drawn here only when no drawer did (predraw not called, or the drawer failed): the drawing
      // modules (satori, HarfBuzz, the fonts) are loaded into this process only then.
      const { prepareFonts, renderPreparedCard } = await import('./render.ts');
      prepared ??= (async () => prepareFonts(await load(), await loadBundledFonts()))();
      return renderPreparedCard(card, await prepared);
    });
  };
  const predraw = () => {
    if (predrawn) return;
    predrawn = new Map();
    // The endpoints waiting for a card, by key; each is let go when the drawer has the card in the
    // cache, and all of them whatever happens to the drawer (the endpoint then draws it itself).
    const waiting = new Map<string, () => void>();
    const release = (key: string) => {
      waiting.get(key)?.();
      waiting.delete(key);
    };
    const releaseAll = () => {
      for (const resolve of waiting.values()) resolve();
      waiting.clear();
    };
    load()
      .then((cards) => {
        const pipeline = pipelineKey();
        for (const card of cards) {
          const key = cardKey(pipeline, card);
          if (!predrawn!.has(key)) predrawn!.set(key, new Promise<void>((resolve) => waiting.set(key, resolve)));
        }
        const drawer = fork(
          engineFile('src/lib/child-entry.mjs'),
          [pathToFileURL(engineFile('src/frame/og/predraw-process.ts')).href],
          { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
        );
        const job: PredrawJob = {
          cards: [...cards],
          dir: cacheDirOf(config.root, 'og'),
          pipeline,
          now: new Date().toISOString(),
        };
        drawer.send(job);
        // A build that stops for another reason must still be able to exit (the drawer then
        // stops too: it exits when its channel closes).
        drawer.unref();
        drawer.channel?.unref();
        drawer.on('message', (message: { key?: string; done?: boolean }) =>
          message.key === undefined ? releaseAll() : release(message.key),
        );
        drawer.once('error', releaseAll);
        drawer.once('exit', releaseAll);
      })
      .catch(releaseAll);
  };
  return Object.assign(render, { predraw });
}

/** A PNG response. */
export const pngResponse = (png: Uint8Array) =>
  new Response(png.slice().buffer as ArrayBuffer, { headers: { 'Content-Type': 'image/png' } });
