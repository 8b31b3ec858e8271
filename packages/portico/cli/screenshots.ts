/**
 * npm run screenshots [-- --out screenshots] [--port 4620] [--only home,search]
 *
 * Screenshots of the built site (dist/) for a reviewer: the home page, a destination, the
 * opportunity list, a press release and the search page with results, in every language, at
 * phone (390×844) and desktop (1366×900) size, full page. The pages are chosen from the sitemap
 * with the sections' own URL segments, so every Portico site gets the same set. The site is served
 * on 127.0.0.1 from dist/; Chromium is the system's (CHROME_PATH, default /usr/bin/chromium).
 * Writes <out>/<page>-<lang>-<size>.png and <out>/index.html (all of them on one page).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import { readSiteConfig } from '../src/config/load.ts';
import { choosePages, type Shot } from './screenshots/choose.ts';
import { serveDist } from './serve-dist.ts';
import { sitemapPaths } from './screenshots/sitemap.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    port: { type: 'string', default: '4620' },
    only: { type: 'string' },
  },
});
const out = resolve(root, values.out!);
const dist = join(root, 'dist');
const SIZES = [
  { name: 'phone', width: 390, height: 844, mobile: true },
  { name: 'desktop', width: 1366, height: 900, mobile: false },
] as const;

const config = await readSiteConfig(root);
if (!config.ok) throw new Error('screenshots: province.config.ts does not load; run `npm run check` first');
const names = config.config.province.name as Record<Locale, string>;
const only = values.only?.split(',').map((s) => s.trim());
const shots: Shot[] = choosePages(
  sitemapPaths(dist),
  LOCALES.map((l) => l.code),
  names,
).filter((s) => !only || only.includes(s.page));

mkdirSync(out, { recursive: true });
const server = await serveDist(dist, Number(values.port));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const files: { shot: Shot; size: string; file: string }[] = [];
try {
  for (const size of SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      isMobile: size.mobile,
      hasTouch: size.mobile,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    for (const shot of shots) {
      await page.goto(`${server.origin}${shot.path}`, { waitUntil: 'load' });
      // The search page draws its results after load: wait until it has.
      if (shot.page === 'search')
        await page.waitForSelector('portico-search[data-state="done"], portico-search[data-state="error"]', {
          timeout: 30_000,
        });
      const file = `${shot.page}-${shot.locale}-${size.name}.png`;
      // A full-page shot shows the pictures below the fold too: load the lazy ones first.
      await page.evaluate(async () => {
        const lazy = [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')];
        for (const img of lazy) img.loading = 'eager';
        // (no named functions in here: the script is sent to the browser as it is compiled)
        await Promise.all(
          lazy.map(
            (img) =>
              new Promise<void>((done) => {
                if (img.complete) return done();
                img.addEventListener('load', () => done(), { once: true });
                img.addEventListener('error', () => done(), { once: true });
              }),
          ),
        );
      });
      await page.screenshot({ path: join(out, file), fullPage: true });
      files.push({ shot, size: size.name, file });
      console.log(`  ${file}  ${shot.path}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>Screenshots</title>
<style>body{font:14px sans-serif;margin:1rem}figure{display:inline-block;vertical-align:top;margin:0 1rem 2rem 0}img{border:1px solid #ccc;max-width:100%}figure.phone img{width:390px}figure.desktop img{width:683px}</style>
${files.map((f) => `<figure class="${f.size}"><img src="${f.file}" alt="" loading="lazy"><figcaption>${escape(`${f.shot.page} · ${f.shot.locale} · ${f.size} · ${f.shot.path}`)}</figcaption></figure>`).join('\n')}\n`,
);
console.log(`✓ ${files.length} screenshots in ${out} (open index.html)`);
