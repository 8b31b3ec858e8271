// Link previews: every page's og:image is a 1200×630 PNG the site built, in the page's language,
// and the bundled font has a glyph for every character the cards draw (titles in Chinese and
// Vietnamese included), so no card shows a box (issue 18).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { builtPages, fileForUrl, province, readDist } from './dist.ts';
import { loadBundledFonts } from '../../src/frame/og/font-files.ts';
import { missingCharacters } from '../../src/frame/og/fonts.ts';

const pages = builtPages().filter((p) => /<meta property="og:image"/.test(p.html));
const meta = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)![1]!;
const imagePath = (html: string) => new URL(meta(html, 'og:image')!).pathname;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('open-graph cards', () => {
  it('every page has one, built, 1200×630', () => {
    expect(pages.length).toBeGreaterThan(10);
    const images = new Set(pages.map((p) => imagePath(p.html)));
    const missing = [...images].filter((path) => !fileForUrl(path));
    expect(missing).toEqual([]);
    for (const path of images) expect(pngSize(readDist(path.slice(1))), path).toEqual({ width: 1200, height: 630 });
  });

  it('a page in Chinese or English gets a card in its own language, never the Vietnamese default', () => {
    const wrong = pages
      .filter((p) => langOf(p.html) !== 'vi')
      .filter((p) => {
        const image = imagePath(p.html);
        const lang = langOf(p.html).slice(0, 2);
        return !(image.startsWith(`/og/${lang}/`) || image === `/og/default-${lang}.png`);
      })
      .map((p) => `${p.url} → ${imagePath(p.html)}`);
    expect(wrong).toEqual([]);
    expect(existsSync(fileForUrl('/og/default-zh.png')!)).toBe(true);
    expect(readDist('og/default-zh.png').equals(readDist('og/default.png'))).toBe(false);
  });

  it('the bundled font draws every character of every card title and the province names', async () => {
    const fonts = await loadBundledFonts();
    const titles = pages
      .filter((p) => !imagePath(p.html).startsWith('/og/default'))
      .map((p) => meta(p.html, 'og:title') ?? '');
    const names = [...Object.values(province.fullName), ...Object.values(province.tagline ?? {})];
    const text = [...titles, ...names].join('');
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(missingCharacters(fonts.bold, text)).toEqual([]);
  });
});
