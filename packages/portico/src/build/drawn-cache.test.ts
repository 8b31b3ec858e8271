import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawnKey, openDrawnCache, packageVersions } from './drawn-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drawn-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const now = new Date('2026-12-06T00:00:00Z');
const png = (n: number) => new Uint8Array([137, 80, 78, 71, n]);

describe('the drawings kept between builds', () => {
  it('draws a card once and reads it back the same, in the next build too', async () => {
    const draw = vi.fn(async () => png(1));
    const key = drawnKey('pipeline-1', { title: 'Khu công nghiệp', locale: 'vi' });
    const first = await openDrawnCache(dir, 'png', now);
    expect(await first.get(key, draw)).toEqual(png(1));
    const next = await openDrawnCache(dir, 'png', now);
    expect(await next.get(key, draw)).toEqual(png(1));
    expect(draw).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual([`${key}.png`]);
  });

  it('draws again when the card or the pipeline changed', () => {
    const card = { title: 'A', colours: { primary: '#123456' } };
    expect(drawnKey('p', card)).toBe(drawnKey('p', { ...card }));
    expect(drawnKey('p', card)).not.toBe(drawnKey('p', { ...card, title: 'B' }));
    expect(drawnKey('p', card)).not.toBe(drawnKey('q', card));
  });

  it('removes cards no build used for a month, and half-written files, and keeps the rest', async () => {
    await writeFile(join(dir, 'old.png'), png(2));
    await writeFile(join(dir, 'recent.png'), png(3));
    await writeFile(join(dir, 'cut.png.123.part'), png(4));
    const longAgo = new Date(now.getTime() - 31 * 86_400_000);
    await utimes(join(dir, 'old.png'), longAgo, longAgo);
    const lastWeek = new Date(now.getTime() - 7 * 86_400_000);
    await utimes(join(dir, 'recent.png'), lastWeek, lastWeek);
    await openDrawnCache(dir, 'png', now);
    expect((await readdir(dir)).sort()).toEqual(['recent.png']);
  });

  it('draws a card two pages share once, even when both ask at the same time', async () => {
    const draw = vi.fn(async () => png(5));
    const cache = await openDrawnCache(dir, 'png', now);
    const key = drawnKey('p', { title: 'Same title' });
    const [a, b] = await Promise.all([cache.get(key, draw), cache.get(key, draw)]);
    expect([a, b]).toEqual([png(5), png(5)]);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual([`${key}.png`]);
  });

  it('keeps nothing when drawing fails', async () => {
    const cache = await openDrawnCache(dir, 'png', now);
    await expect(cache.get('k', async () => Promise.reject(new Error('no glyph')))).rejects.toThrow('no glyph');
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps each kind of file under its own type, and cleans up only by age', async () => {
    const pdf = new Uint8Array([37, 80, 68, 70]);
    const key = drawnKey('pdf-pipeline', { title: 'Fact sheet' });
    const cache = await openDrawnCache(dir, 'pdf', now);
    expect(await cache.get(key, async () => pdf)).toEqual(pdf);
    expect(await readdir(dir)).toEqual([`${key}.pdf`]);
    const draw = vi.fn(async () => new Uint8Array([0]));
    expect(await (await openDrawnCache(dir, 'pdf', now)).get(key, draw)).toEqual(pdf);
    expect(draw).not.toHaveBeenCalled();
  });

  it('names the installed versions of the packages a drawing depends on, exported package.json or not', () => {
    const require = createRequire(import.meta.url);
    const pdfkit = JSON.parse(readFileSync(join(dirname(require.resolve('pdfkit')), '..', 'package.json'), 'utf8'));
    const satori = require('satori/package.json') as { version: string };
    // pdfkit does not export its package.json.
    expect(() => require('pdfkit/package.json')).toThrow();
    expect(packageVersions(['pdfkit', 'satori'], import.meta.url)).toBe(
      `pdfkit@${pdfkit.version} satori@${satori.version}`,
    );
    expect(() => packageVersions(['no-such-package-here'], import.meta.url)).toThrow();
  });
});
