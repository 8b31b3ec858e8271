/**
 * Draws a set of link-preview cards into the card cache on its own thread (see predrawCards in
 * site-cards.ts): started when the build lists the cards' pages, it has them ready, on the other
 * core, by the time their endpoints render. Posts `{ key }` for each card in the cache, then
 * `{ done: true }`; a card it cannot draw is left to the endpoint, which reports the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OgCard } from './card.ts';
import { cardKey, openCardCache } from './card-cache.ts';
import { loadBundledFonts } from './font-files.ts';
import { prepareFonts, renderPreparedCard, type PreparedFonts } from './render.ts';

const { cards, dir, pipeline, now } = workerData as { cards: OgCard[]; dir: string; pipeline: string; now: string };
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
  parentPort!.postMessage({ key });
}
parentPort!.postMessage({ done: true });
