// No page scrolls sideways on a phone: every page in the sitemap (and the 404 pages) at 320 and
// 390 px, scrollWidth within the viewport. One browser page per worker, reused, the viewport
// resized between the two widths, so the sweep stays fast.
import { test, expect } from '@playwright/test';
import { sitemapPaths } from './pages.ts';

const paths = [...sitemapPaths(), '/404.html', '/en/404/', '/zh/404/'];
const CHUNKS = 2;
test.describe.configure({ timeout: 300_000 });

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const mine = paths.filter((_, i) => i % CHUNKS === chunk);
  test(`no page scrolls sideways at 320 or 390 px, part ${chunk + 1} of ${CHUNKS} (${mine.length} pages)`, async ({
    page,
  }) => {
    // Pictures have their size in the HTML and CSS: skip loading them to go faster.
    await page.route(/\.(png|jpe?g|webp|avif)$/, (route) => route.abort());
    const wide: string[] = [];
    for (const path of mine) {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 700 });
        if (width === 320) await page.goto(path, { waitUntil: 'load' });
        const overflow = await page.evaluate(() => {
          const doc = document.documentElement;
          const extra = doc.scrollWidth - doc.clientWidth;
          if (extra <= 0) return undefined;
          // Name the widest culprit: the deepest element reaching past the right edge.
          const culprits = [...document.body.querySelectorAll('*')].filter(
            (el) => el.getBoundingClientRect().right > doc.clientWidth + 1,
          );
          const last = culprits.at(-1);
          return `${extra}px (${last ? `${last.tagName.toLowerCase()}.${[...last.classList].join('.')}` : '?'})`;
        });
        if (overflow) wide.push(`${path} at ${width}: ${overflow}`);
      }
    }
    expect(wide).toEqual([]);
  });
}
