// The Visit map as a phone and a desktop show it: it fits the screen from 320 px (scaled, never
// scrolled), the capital's inset goes below it on a phone and beside it on a desktop, and the
// land around the province is drawn and named, with the border labelled by what lies beyond.
import { test, expect, type Page } from '@playwright/test';

const VISIT = { vi: '/du-lich/', en: '/en/visit/', zh: '/zh/lvyou/' } as const;

async function geometry(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect;
    const panels = document.querySelector('.pmap__panels') as HTMLElement;
    return {
      viewport: document.documentElement.clientWidth,
      main: box('.pmap__svg:not(.pmap__inset)'),
      inset: box('.pmap__inset'),
      panelsOverflow: panels.scrollWidth - panels.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

test('the map fits a 320 and a 390 px phone, scaled, with the inset below it', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of Object.values(VISIT)) {
      await page.goto(path);
      const g = await geometry(page);
      expect(g.panelsOverflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
      expect(g.pageOverflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
      expect(g.main.left, path).toBeGreaterThanOrEqual(0);
      expect(g.main.right, path).toBeLessThanOrEqual(g.viewport);
      expect(g.inset.top, `${path}: the inset is below the map`).toBeGreaterThanOrEqual(g.main.bottom);
      expect(g.inset.right, path).toBeLessThanOrEqual(g.viewport);
    }
  }
});

test('on a desktop the inset sits beside the map', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(VISIT.en);
  const g = await geometry(page);
  expect(g.inset.left).toBeGreaterThanOrEqual(g.main.right);
  expect(Math.abs(g.inset.top - g.main.top)).toBeLessThan(2);
});

test('the land around the province is drawn and named; the border is labelled by what lies beyond', async ({
  page,
}) => {
  for (const [path, names, beyond] of [
    [VISIT.vi, ['Cao Bằng', 'Thái Nguyên', 'Bắc Ninh', 'Quảng Ninh'], 'TRUNG QUỐC'],
    [VISIT.en, ['Cao Bang', 'Thai Nguyen', 'Bac Ninh', 'Quang Ninh'], 'CHINA'],
    [VISIT.zh, ['高平省', '太原省', '北宁省', '广宁省'], '中国'],
  ] as const) {
    await page.goto(path);
    const map = page.locator('.pmap__svg').first();
    expect(await map.locator('.pmap__area').count(), path).toBeGreaterThanOrEqual(names.length);
    // Neighbouring land is not painted like the province or like the sea around it.
    const fills = await map.evaluate((svg) => ({
      area: getComputedStyle(svg.querySelector('.pmap__area')!).fill,
      land: getComputedStyle(svg.querySelector('.pmap__land')!).fill,
    }));
    expect(fills.area).not.toBe(fills.land);
    expect(await map.locator('.pmap__neighbour').allTextContents()).toEqual(expect.arrayContaining([...names]));
    await expect(map.locator('.pmap__country')).toHaveText(beyond);
    // Every name is drawn inside the map.
    const svgBox = (await map.boundingBox())!;
    for (const label of await map.locator('.pmap__neighbour, .pmap__country').all()) {
      const b = (await label.boundingBox())!;
      expect(b.x, (await label.textContent()) ?? '').toBeGreaterThanOrEqual(svgBox.x - 0.5);
      expect(b.x + b.width, (await label.textContent()) ?? '').toBeLessThanOrEqual(svgBox.x + svgBox.width + 0.5);
    }
  }
});
