import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardKey, openCardCache } from './card-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'og-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2026-12-06T00:00:00Z');
const png = (n: number) => new Uint8Array([137, 80, 78, 71, n]);

describe('the cards kept between builds', () => {
  it('draws a card once and reads it back the same, in the next build too', async () => {
    const draw = vi.fn(async () => png(1));
    const key = cardKey('pipeline-1', { title: 'Khu công nghiệp', locale: 'vi' });
    const first = await openCardCache(dir, now);
    expect(await first.get(key, draw)).toEqual(png(1));
    const next = await openCardCache(dir, now);
    expect(await next.get(key, draw)).toEqual(png(1));
    expect(draw).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual([`${key}.png`]);
  });

  it('draws again when the card or the pipeline changed', () => {
    const card = { title: 'A', colours: { primary: '#123456' } };
    expect(cardKey('p', card)).toBe(cardKey('p', { ...card }));
    expect(cardKey('p', card)).not.toBe(cardKey('p', { ...card, title: 'B' }));
    expect(cardKey('p', card)).not.toBe(cardKey('q', card));
  });

  it('removes cards no build used for a month, and half-written files, and keeps the rest', async () => {
    await writeFile(join(dir, 'old.png'), png(2));
    await writeFile(join(dir, 'recent.png'), png(3));
    await writeFile(join(dir, 'cut.png.123.part'), png(4));
    const longAgo = new Date(now.getTime() - 31 * 86_400_000);
    await utimes(join(dir, 'old.png'), longAgo, longAgo);
    const lastWeek = new Date(now.getTime() - 7 * 86_400_000);
    await utimes(join(dir, 'recent.png'), lastWeek, lastWeek);
    await openCardCache(dir, now);
    expect((await readdir(dir)).sort()).toEqual(['recent.png']);
  });

  it('draws a card two pages share once, even when both ask at the same time', async () => {
    const draw = vi.fn(async () => png(5));
    const cache = await openCardCache(dir, now);
    const key = cardKey('p', { title: 'Same title' });
    const [a, b] = await Promise.all([cache.get(key, draw), cache.get(key, draw)]);
    expect([a, b]).toEqual([png(5), png(5)]);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual([`${key}.png`]);
  });

  it('keeps nothing when drawing fails', async () => {
    const cache = await openCardCache(dir, now);
    await expect(cache.get('k', async () => Promise.reject(new Error('no glyph')))).rejects.toThrow('no glyph');
    expect(await readdir(dir)).toEqual([]);
  });
});
