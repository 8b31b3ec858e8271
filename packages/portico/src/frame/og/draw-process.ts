/**
 * Draws link-preview cards into the card cache in a process of its own (lib/helper-process.ts;
 * see cardSetRenderer's predraw in site-cards.ts), on the other core while the build renders its
 * pages, so that the fonts, satori and HarfBuzz (about 220 MB) are not added to the build's own
 * process. A set of cards is announced first (`cardSet`): its fonts are cut down to what all its
 * cards draw, once, when its first card is drawn. A card that cannot be drawn fails its call; the
 * endpoint then draws it itself and reports the error.
 */
import { serveCalls } from '../../lib/helper-process.ts';
import type { OgCard } from './card.ts';
import { openDrawnCache, type DrawnCache } from '../../build/drawn-cache.ts';
import { loadBundledFonts } from './font-files.ts';
import { prepareFonts, renderPreparedCard, type PreparedFonts } from './render.ts';

const sets = new Map<string, { cards: OgCard[]; prepared?: Promise<PreparedFonts> }>();
let cache: Promise<DrawnCache> | undefined;

serveCalls({
  cardSet: (set: string, cards: OgCard[], dir: string, now: string) => {
    sets.set(set, { cards });
    cache ??= openDrawnCache(dir, 'png', new Date(now));
  },
  card: async (set: string, key: string, card: OgCard) => {
    const known = sets.get(set);
    if (!known) throw new Error(`card set "${set}" was not announced`);
    const kept = await cache!;
    await kept.get(key, async () => {
      known.prepared ??= (async () => prepareFonts(known.cards, await loadBundledFonts()))();
      return renderPreparedCard(card, await known.prepared);
    });
  },
});
