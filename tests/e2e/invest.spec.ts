// The Invest section as readers meet it: the opportunity list filters without JavaScript (pre-built
// pages) and with it (the filter element), sorts by column, and an opportunity prints on one A4 page.
// Filtered lists are not in the sitemap, so they get their own accessibility check here.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the opportunity list filters through pre-built pages', async ({ page }) => {
    await page.goto('/en/invest/opportunities/');
    await expect(page.locator('form.opp-filter')).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Filter the list' });
    await expect(nav).toBeVisible();
    const all = await page.locator('.opp-table tbody tr').count();
    expect(all).toBeGreaterThanOrEqual(10);

    await nav.getByRole('link', { name: 'Renewable energy' }).click();
    await expect(page).toHaveURL(/\/en\/invest\/opportunities\/sector\/renewable-energy\/$/);
    const rows = page.locator('.opp-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(all);
    for (const sector of await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['sector']))) {
      expect(sector).toBe('nang-luong-tai-tao');
    }
    await expect(page.getByRole('navigation', { name: 'Filter the list' }).locator('[aria-current="page"]')).toHaveText(
      'Renewable energy',
    );
  });

  test('scale and form filters exist in every language', async ({ page }) => {
    for (const path of [
      '/dau-tu/co-hoi/quy-mo/10-50-ha/',
      '/en/invest/opportunities/form/joint-venture/',
      '/zh/touzi/jihui/hangye/shuzi-jingji/',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('.opp-table tbody tr').count(), path).toBeGreaterThan(0);
    }
  });
});

test('the filter element combines filters and the headings sort the table', async ({ page }) => {
  await page.goto('/en/invest/opportunities/');
  const form = page.locator('form.opp-filter');
  await expect(form).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Filter the list' })).toBeHidden();
  const rows = page.locator('.opp-table tbody tr');
  const total = await rows.count();

  await form.getByLabel('Sector').selectOption({ label: 'Agricultural and forest products processing' });
  const visible = page.locator('.opp-table tbody tr:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(form.getByRole('status')).toContainText(`${shown} of ${total}`);

  await form.getByLabel('Scale').selectOption({ label: '200 ha and over' });
  await expect(visible).toHaveCount(0);
  await expect(page.getByText('No opportunity matches this filter.')).toBeVisible();

  await form.getByRole('button', { name: 'Show all' }).click();
  await expect(visible).toHaveCount(total);

  const area = page.getByRole('columnheader', { name: 'Area' });
  await area.getByRole('button').click();
  await expect(area).toHaveAttribute('aria-sort', 'descending');
  const values = await rows.evaluateAll((trs) =>
    trs.map((tr) => (tr as HTMLTableRowElement).cells[3]!.dataset['sort'] ?? ''),
  );
  const known = values.filter((v) => v !== '').map(Number);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  expect(values.slice(known.length).every((v) => v === '')).toBe(true);
  await area.getByRole('button').click();
  await expect(area).toHaveAttribute('aria-sort', 'ascending');
});

test('an opportunity prints on one A4 page', async ({ page }) => {
  for (const path of [
    '/en/invest/opportunities/dong-dang-logistics-centre/',
    '/dau-tu/co-hoi/khu-nghi-duong-sinh-thai-mau-son/',
    '/zh/touzi/jihui/xinqing-lengku/',
  ]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, path).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(box?.[1])), `${path} width`).toBe(595);
    expect(Math.round(Number(box?.[2])), `${path} height`).toBe(842);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('pages outside the sitemap pass axe too', async ({ page }) => {
  const failures: string[] = [];
  for (const path of [
    '/en/invest/opportunities/sector/renewable-energy/',
    '/dau-tu/co-hoi/khu-vuc/cua-khau-chi-ma/',
    '/zh/touzi/jihui/guimo/200-gongqing-yishang/',
  ]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of results.violations)
      failures.push(
        `${path}: ${v.id} ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
      );
  }
  expect(failures).toEqual([]);
});

test.describe('the filter and the order live in the address', () => {
  test('a shared address opens the same filtered, sorted list, and a change rewrites it', async ({ page }) => {
    await page.goto('/en/invest/opportunities/?form=joint-venture&sort=capital');
    const form = page.locator('form.opp-filter');
    await expect(form.getByLabel('Investment form')).toHaveValue('joint-venture');
    await expect(form.getByLabel('Sort by')).toHaveValue('capital');
    await expect(page.getByRole('columnheader', { name: 'Capital' })).toHaveAttribute('aria-sort', 'descending');
    const visible = page.locator('.opp-table tbody tr:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    for (const f of await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['form'])))
      expect(f).toBe('joint-venture');

    await form.getByLabel('Investment form').selectOption('');
    await form.getByLabel('Scale').selectOption({ label: '10–50 ha' });
    await expect(page).toHaveURL(/\?scale=medium&sort=capital$/);
    const shown = await visible.count();
    await page.reload();
    await expect(form.getByLabel('Scale')).toHaveValue('medium');
    await expect(visible).toHaveCount(shown);

    await form.getByRole('button', { name: 'Show all' }).click();
    await expect(page).toHaveURL(/\/en\/invest\/opportunities\/$/);
  });

  test('capital sorts by its value in đồng, so USD 150 million comes first', async ({ page }) => {
    await page.goto('/en/invest/opportunities/?sort=capital');
    const first = page.locator('.opp-table tbody tr').first();
    await expect(first.locator('td').nth(3)).toContainText('USD 150 million');
    await expect(page.getByText('count at 25,000 đồng to the dollar')).toBeVisible();
    await page.getByRole('columnheader', { name: 'Capital' }).getByRole('button').click();
    await expect(page).toHaveURL(/\?sort=capital&dir=asc$/);
    await expect(page.locator('.opp-table tbody tr').first().locator('td').nth(3)).not.toContainText('USD 150 million');
  });

  test('an unknown value in the address is ignored', async ({ page }) => {
    await page.goto('/en/invest/opportunities/?sector=nonsense&sort=nonsense');
    const rows = page.locator('.opp-table tbody tr');
    await expect(page.locator('.opp-table tbody tr:visible')).toHaveCount(await rows.count());
    await expect(page.locator('form.opp-filter').getByLabel('Sector')).toHaveValue('');
  });
});

test('on a phone every column of an opportunity is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/en/invest/opportunities/');
  const row = page.locator('.opp-table tbody tr').first();
  const boxes = await row.locator('th, td').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().right));
  expect(boxes.length).toBe(7);
  for (const right of boxes) expect(right).toBeLessThanOrEqual(320);
  await expect(row.locator('td').first()).toHaveCSS('display', 'block');
  // The sort order is still available: the select in the form.
  await expect(page.locator('form.opp-filter').getByLabel('Sort by')).toBeVisible();
});

test('an opportunity offers a Print control, and the printed sheet names the portal, its address, a QR code and the date', async ({
  page,
}) => {
  await page.goto('/en/invest/opportunities/dong-dang-logistics-centre/');
  const button = page.getByRole('button', { name: 'Print or save as PDF' });
  await expect(button).toBeVisible();
  await expect(page.locator('.print-head')).toBeHidden();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(button).toBeHidden();
  const head = page.locator('.print-head');
  await expect(head).toBeVisible();
  await expect(head).toContainText('Lang Son Province');
  await expect(head.locator('img')).toBeVisible();
  const foot = page.locator('.print-foot');
  await expect(foot).toBeVisible();
  await expect(foot).toContainText(
    'https://langson.portico.example/en/invest/opportunities/dong-dang-logistics-centre/',
  );
  await expect(foot.getByRole('img', { name: 'QR code for the address of this page' })).toBeVisible();
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
  await expect(foot).toContainText(`Printed on ${today}`);
  await page.emulateMedia({ media: 'screen' });
});

test.describe('without JavaScript, the print sheet', () => {
  test.use({ javaScriptEnabled: false });
  test('has no dead Print button and dates itself by the build', async ({ page }) => {
    await page.goto('/zh/touzi/jihui/xinqing-lengku/');
    await expect(page.locator('[data-print]')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-foot')).toContainText('信息截至');
  });
});
