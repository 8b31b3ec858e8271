/**
 * Draws a set of link-preview cards into the card cache in a process of its own (see predrawCards
 * in site-cards.ts): started when the build lists the cards' pages, it has them ready, on the
 * other core, by the time their endpoints render. A process, not a thread, so that its fonts and
 * WebAssembly memories (about 220 MB) are not added to the build's own process while the pages
 * render. Reads `{ cards, dir, pipeline, now }` from its first message; posts `{ key }` for each
 * card in the cache, then `{ done: true }`, and exits. A card it cannot draw is left to the
 * endpoint, which reports the error. It also stops when the build goes away.
 */
import type { OgCard } from './card.ts';
import { cardKey, openCardCache } from './card-cache.ts';
import { loadBundledFonts } from './font-files.ts';
import { prepareFonts, renderPreparedCard, type PreparedFonts } from './render.ts';

export interface PredrawJob {
  cards: OgCard[];
  dir: string;
  pipeline: string;
  now: string;
}

const send = (message: { key: string } | { done: true }) =>
  new Promise<void>((resolve) => process.send!(message, undefined, {}, () => resolve()));

process.once('disconnect', () => process.exit(0));
process.once('message', async (message) => {
  const { cards, dir, pipeline, now } = message as PredrawJob;
  const cache = await openCardCache(dir, new Date(now));
  let prepared: Promise<PreparedFonts> | undefined;
  for (const card of cards) {
    const key = cardKey(pipeline, card);
    try {
      await cache.get(key, async () => {
        prepared ??= (async () => prepareFonts(cards, await loadBundledFonts()))();
        return renderPreparedCard(card, await prepared);
      });
    } catch {
      // The endpoint draws it again and says what is wrong.
    }
    await send({ key });
  }
  await send({ done: true });
  process.disconnect();
});
