// Keyboard focus is visible everywhere: tabbing through pages, every focused element shows an
// outline of at least 2 px whose colour has 3:1 contrast with the background it is drawn on
// (WCAG 2.2), measured on each band of the page: top bar, header, navigation, content, footer.
import { test, expect } from '@playwright/test';

const PAGES = ['/', '/en/invest/opportunities/', '/zh/lvyou/', '/en/press/', '/en/visit/destinations/bac-le-temple/'];

interface Measure {
  band: string;
  what: string;
  ratio: number;
  width: number;
}

test('the focus ring has 3:1 contrast on every band of the page', async ({ page }) => {
  test.setTimeout(120_000);
  const measures: Measure[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    const seen = new Set<string>();
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      const m = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        // The outline is drawn outside the element (offset 2 px): on its parent's background.
        let node: HTMLElement | null = el.parentElement;
        let bg = 'rgb(255, 255, 255)';
        while (node) {
          const c = getComputedStyle(node).backgroundColor;
          const alpha = rgb(c)[3];
          if (c !== 'transparent' && alpha !== 0) {
            bg = c;
            break;
          }
          node = node.parentElement;
        }
        const style = getComputedStyle(el);
        const [a, b] = [lum(style.outlineColor), lum(bg)].sort((x, y) => y - x);
        const band = el.closest('.topbar')
          ? 'top bar'
          : el.closest('.primary-nav')
            ? 'navigation'
            : el.closest('.site-header')
              ? 'header'
              : el.closest('.site-footer')
                ? 'footer'
                : 'content';
        const id = `${el.tagName}:${el.getAttribute('href') ?? el.id ?? ''}:${el.textContent?.trim().slice(0, 30)}`;
        return {
          id,
          band,
          what: `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" ${style.outlineColor} on ${bg}`,
          ratio: style.outlineStyle === 'none' ? 0 : (a! + 0.05) / (b! + 0.05),
          width: parseFloat(style.outlineWidth),
        };
      });
      if (!m) continue;
      if (seen.has(m.id)) break; // back at the start: every element was visited
      seen.add(m.id);
      measures.push({ band: m.band, what: `${path} ${m.what}`, ratio: m.ratio, width: m.width });
    }
  }
  for (const band of ['top bar', 'header', 'navigation', 'content', 'footer']) {
    expect(measures.filter((m) => m.band === band).length, band).toBeGreaterThan(0);
  }
  const weak = measures
    .filter((m) => m.ratio < 3 || m.width < 2)
    .map((m) => `${m.band}: ${m.what} (${m.ratio.toFixed(2)}:1, ${m.width}px)`);
  expect(weak).toEqual([]);
});
