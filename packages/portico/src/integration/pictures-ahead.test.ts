/**
 * Pictures made while the pages render (pictures-ahead.ts) go where Astro keeps its picture cache,
 * under Astro's file name, made by Astro's sharp service as Astro's picture step calls it; Astro
 * then copies them instead of making them. Whether Astro's own step makes the same files is
 * proven on the fixture site (test/incremental-build.test.ts); here, what the class itself does.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PicturesAhead, type PictureConfig } from './pictures-ahead.ts';

const work = mkdtempSync(join(tmpdir(), 'portico-pictures-ahead-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SHARP = { entrypoint: 'astro/assets/services/sharp', config: {} };
let runs = 0;

/** A build's folders: the source picture in the output (where Astro puts it before the pages render). */
function site(service: PictureConfig['image']['service'] = SHARP): PictureConfig {
  const root = join(work, `run-${++runs}`);
  mkdirSync(join(root, 'out/_astro'), { recursive: true });
  writeFileSync(join(root, 'out/_astro/hill.AbC123.png'), source);
  return { image: { service }, cacheDir: join(root, 'cache'), outDir: join(root, 'out') };
}

let source: Buffer;
beforeAll(async () => {
  source = await sharp({ create: { width: 160, height: 90, channels: 3, background: '#3a7d44' } })
    .png()
    .toBuffer();
});

/** A picture as a page's render metadata lists it. */
const picture = (hash: string, width: number) => ({
  originalPath: '/_astro/hill.AbC123.png',
  hash,
  finalPath: `/_astro/hill.AbC123_${hash}.webp`,
  originalSrcPath: '/site/src/content/media/hill.png',
  transform: {
    src: { src: '/_astro/hill.AbC123.png', width: 160, height: 90, format: 'png' },
    format: 'webp',
    width,
    height: (width * 9) / 16,
  },
});

const cached = (config: PictureConfig) =>
  existsSync(join(config.cacheDir, 'assets')) ? readdirSync(join(config.cacheDir, 'assets')).sort() : [];

describe('pictures made while the pages render', () => {
  it('makes each picture asked for once, under its name in Astro’s cache, at the size asked', async () => {
    const config = site();
    const ahead = new PicturesAhead(config);
    ahead.add([picture('w40', 40), picture('w80', 80)]);
    ahead.add([picture('w40', 40)]);
    ahead.add([]);
    // Pictures asked for early enough are all made before the last page is out.
    for (let waited = 0; ahead.made < 2 && waited < 20_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await ahead.settle();
    expect(ahead.made).toBe(2);
    expect(cached(config)).toEqual(['hill.AbC123_w40.webp', 'hill.AbC123_w80.webp']);
    const meta = await sharp(readFileSync(join(config.cacheDir, 'assets/hill.AbC123_w40.webp'))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 40, 23]);
  });

  it('leaves a picture already in the cache as it is', async () => {
    const config = site();
    mkdirSync(join(config.cacheDir, 'assets'), { recursive: true });
    writeFileSync(join(config.cacheDir, 'assets/hill.AbC123_w40.webp'), 'made by an earlier build');
    const ahead = new PicturesAhead(config);
    ahead.add([picture('w40', 40)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await ahead.settle();
    expect(ahead.made).toBe(0);
    expect(readFileSync(join(config.cacheDir, 'assets/hill.AbC123_w40.webp'), 'utf8')).toBe('made by an earlier build');
  });

  it('once the last page is out, finishes the picture under way and leaves the rest to Astro', async () => {
    const config = site();
    const ahead = new PicturesAhead(config);
    ahead.add([10, 20, 30, 40, 50, 60].map((w) => picture(`w${w}`, w)));
    await ahead.settle();
    ahead.add([picture('w70', 70)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ahead.made).toBeLessThanOrEqual(1);
    // Whole files only: nothing half-written is left for Astro to copy.
    expect(cached(config).filter((name) => !name.endsWith('.webp'))).toEqual([]);
    expect(cached(config).length).toBe(ahead.made);
  });

  it('makes nothing with another image service, nor for a source it cannot read', async () => {
    const other = site({ entrypoint: 'astro/assets/services/noop', config: {} });
    const withOther = new PicturesAhead(other);
    withOther.add([picture('w40', 40)]);
    const missing = site();
    rmSync(join(missing.outDir, '_astro/hill.AbC123.png'));
    const withoutSource = new PicturesAhead(missing);
    withoutSource.add([picture('w40', 40)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all([withOther.settle(), withoutSource.settle()]);
    expect([withOther.made, withoutSource.made]).toEqual([0, 0]);
    expect([cached(other), cached(missing)]).toEqual([[], []]);
  });
});
