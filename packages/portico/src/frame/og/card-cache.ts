/**
 * A folder of drawn cards kept between builds (node_modules/.cache/portico/og/), one PNG per
 * card under a hash of what its pixels depend on: the card itself and the drawing pipeline.
 * A card that did not change is read back, byte for byte what drawing it again would give; only
 * the others are drawn. Cards no build has used for `maxAgeDays` are removed when the folder opens.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CardCache {
  /** The card's PNG from the folder, or drawn by `draw` and kept. */
  get(key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array>;
}

/** The name a card is kept under: a hash of the pipeline key and the card's JSON. */
export const cardKey = (pipeline: string, card: unknown): string =>
  createHash('sha256').update(pipeline).update('\0').update(JSON.stringify(card)).digest('hex');

/** The file a card is kept in. */
export const cardFile = (dir: string, key: string): string => join(dir, `${key}.png`);

/** Open (and make) the folder, removing cards unused for `maxAgeDays` as of `now`. */
export async function openCardCache(dir: string, now: Date, maxAgeDays = 30): Promise<CardCache> {
  await mkdir(dir, { recursive: true });
  const oldest = now.getTime() - maxAgeDays * 86_400_000;
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => undefined);
    // Cards unused for long, and any half-written file a stopped build left.
    if (info && (info.mtimeMs < oldest || name.endsWith('.part'))) await unlink(file).catch(() => {});
  }
  // Two pages may share a card (same title): one drawing serves both.
  const pending = new Map<string, Promise<Uint8Array>>();
  let written = 0;
  const fetchOrDraw = async (key: string, draw: () => Promise<Uint8Array>) => {
    const file = cardFile(dir, key);
    const kept = await readFile(file).catch(() => undefined);
    if (kept) {
      // Mark it used, so the clean-up keeps it.
      await utimes(file, now, now).catch(() => {});
      return new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength);
    }
    const png = await draw();
    // Written beside, then renamed: a build stopped midway never leaves half a card behind.
    const partial = `${file}.${process.pid}-${written++}.part`;
    await writeFile(partial, png);
    await rename(partial, file);
    return png;
  };
  return {
    get(key, draw) {
      let card = pending.get(key);
      if (!card) {
        card = fetchOrDraw(key, draw).finally(() => pending.delete(key));
        pending.set(key, card);
      }
      return card;
    },
  };
}
