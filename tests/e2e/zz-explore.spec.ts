import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
const FIXTURE = join(import.meta.dirname, '../../packages/portico/test/fixtures/site');
const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? filesUnder(p) : [p]; });
const repository = Object.fromEntries(filesUnder(join(FIXTURE, 'src/content')).map((p) => [relative(FIXTURE, p), readFileSync(p).toString('base64')]));
test.use({ locale: 'vi-VN', actionTimeout: 15_000 });
test('explore', async ({ page }) => {
  test.setTimeout(200_000);
  await page.setViewportSize({ width: 1280, height: 860 });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.addInitScript(() => { (window as any).showDirectoryPicker = async () => navigator.storage.getDirectory(); });
  await page.goto('/admin/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    // @ts-expect-error x
    for await (const name of root.keys()) await root.removeEntry(name, { recursive: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, b64] of Object.entries(files)) {
      const parts = path.split('/'); let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await w.write(Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0))); await w.close();
    }
  }, repository);
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await page.getByRole('treeitem', { name: /^Ảnh và giấy phép/ }).click();
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/explore/m1.png' });
  writeFileSync('/tmp/explore/m1.yaml', await page.locator('body').ariaSnapshot());
  const f = page.locator('#first-pane-body section[data-key-path="file"]');
  writeFileSync('/tmp/explore/m1-file.html', await f.innerHTML());
  const pane = page.locator('#first-pane-body');
  const field = (key: string) => pane.locator(`section[data-key-path="${key}"]`);
  const reveal = async (key: string) => {
    for (let i = 0; i < 40 && (await field(key).count()) === 0; i++) { await page.mouse.move(300, 500); await page.mouse.wheel(0, 500); await page.waitForTimeout(100); }
    await field(key).scrollIntoViewIfNeeded(); return field(key);
  };
  await f.locator('input[type=file]').first().setInputFiles({ name: 'Chợ phiên.png', mimeType: 'image/png', buffer: readFileSync(join(FIXTURE, 'src/content/media/toan-canh.png')) });
  await page.waitForTimeout(1000);
  await field('kind').getByText('photo', { exact: true }).click();
  for (const [k, v] of [['caption.vi', 'Chợ phiên vùng cao'], ['caption.en', 'Highland market day'], ['caption.zh', '高原集市'], ['alt.vi', 'Người dân mua bán ở chợ phiên'], ['alt.en', 'People trading at a market'], ['alt.zh', '人们在集市上交易']])
    await (await reveal(k)).locator('input').fill(v);
  await (await reveal('credit')).locator('input').fill('Ảnh: Nguyễn Văn A / Báo tỉnh');
  const lic = await reveal('licence');
  writeFileSync('/tmp/explore/lic.yaml', await lic.ariaSnapshot());
  await (await reveal('allowedUse')).getByText('editorial', { exact: true }).click();
  await lic.getByRole('combobox').click();
  await page.getByRole('option', { name: 'cc-by-4.0', exact: true }).click();
  await page.locator('input').filter({ visible: true }).last();
  writeFileSync('/tmp/explore/slug.yaml', await page.locator('body').ariaSnapshot());
  await page.screenshot({ path: '/tmp/explore/m3.png' });
  const step = process.env.STEP ?? '';
  if (step.includes('a')) {
    await f.getByRole('button').first().click();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: '/tmp/explore/m2.png' });
    writeFileSync('/tmp/explore/m2.yaml', await page.locator('body').ariaSnapshot());
  }
});
