// The frame works as a reader meets it: language switcher, skip link, search form without JS, 404s.
import { test, expect } from '@playwright/test';

test('the language switcher lands on the same page in the other language', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search is a plain GET form to the search page', async ({ page }) => {
    await page.goto('/en/');
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill('dong dang');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=dong\+dang$/);
  });
});

test('unknown addresses get the 404 page in their language', async ({ page }) => {
  for (const [path, lang, heading] of [
    ['/khong-co/', 'vi', 'Không tìm thấy trang'],
    ['/en/nothing-here/', 'en', 'Page not found'],
    ['/zh/meiyou/', 'zh-CN', '页面未找到'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('a 320 px wide phone shows the page without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/en/', '/zh/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the CSP is enforced: an injected inline script is refused and reported', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto('/en/');
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect(messages.some((m) => /Content Security Policy/.test(m))).toBe(true);
});

test('pagination is a row of 44 px targets with the current page marked', async ({ page }) => {
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/en/sitemap/page-2/');
    const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await expect(nav.locator('ul')).toHaveCSS('list-style-type', 'none');
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    const current = nav.locator('[aria-current="page"]');
    await expect(current).toHaveText('2');
    const other = nav.getByRole('link', { name: 'Page 1', exact: true });
    const bg = (l: typeof current) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg(current)).not.toBe(await bg(other));
  }
});
