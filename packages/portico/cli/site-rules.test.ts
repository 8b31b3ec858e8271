/**
 * `portico check` and `portico build` on a copy of the engine's fixture site: placeholders left
 * from `npm create portico` and destinations outside the outline, as an office would meet them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ENGINE = resolve(import.meta.dirname, '..');
const FIXTURE = join(ENGINE, 'test/fixtures/site');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the fixture site with some files changed (paths from the site's root). It lives inside
 * the workspace, as the fixture does, so the engine and Astro resolve from the workspace's
 * node_modules (.tmp-* is ignored by git).
 */
function site(changes: Record<string, (old: string) => string> = {}): string {
  const root = mkdtempSync(join(ENGINE, 'test', '.tmp-site-'));
  made.push(root);
  cpSync(FIXTURE, root, {
    recursive: true,
    filter: (src) => !/[\\/](dist|\.build[^\\/]*|\.astro|node_modules)$/.test(src),
  });
  for (const [path, change] of Object.entries(changes)) {
    writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
  }
  return root;
}

const portico = (root: string, args: string[]) =>
  spawnSync(process.execPath, [join(ENGINE, 'bin/portico.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORTICO_QUIET: '1', PORTICO_PREVIEW: '' },
    timeout: 120_000,
  });

const withPlaceholders = {
  'src/content/pages/vi/gioi-thieu.md': (t: string) =>
    t
      .replace(/^title: .*$/m, "title: '[PLACEHOLDER] Giới thiệu tỉnh'")
      .replace(/\n$/, '\n\n[PLACEHOLDER] Viết đoạn mở đầu.\n'),
  'province.config.ts': (t: string) =>
    t.replace("vi: 'Một tỉnh hư cấu để kiểm thử Portico'", "vi: '[PLACEHOLDER] Khẩu hiệu của tỉnh'"),
};

describe('placeholders', { timeout: 120_000 }, () => {
  it('check passes on the fixture as it is', () => {
    const result = portico(site(), ['check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('check lists every file that still has one, with its fields, and how to preview', () => {
    const result = portico(site(withPlaceholders), ['check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✖ province.config.ts:');
    expect(result.stderr).toMatch(
      /✖ province\.config\.ts:\d+\n {2}trường \/ field: tagline\.vi\n {2}giá trị \/ found: "\[PLACEHOLDER\] Khẩu hiệu của tỉnh"/,
    );
    expect(result.stderr).toMatch(/✖ src\/content\/pages\/vi\/gioi-thieu\.md:2\n {2}trường \/ field: title, \(body\)/);
    expect(result.stderr).toContain('2 problem(s) in 2 file(s).');
    expect(result.stderr).toContain('npm run build -- --allow-placeholders');
    expect(result.stderr).not.toMatch(/^\s{4}at /m);
  });

  it('check --allow-placeholders warns and passes', () => {
    const result = portico(site(withPlaceholders), ['check', '--allow-placeholders']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('⚠ 2 tệp còn nội dung mẫu / file(s) still have placeholders');
    expect(result.stderr).toContain('src/content/pages/vi/gioi-thieu.md:2 (title, (body))');
  });

  it('build refuses to publish while any remain, and --allow-placeholders builds a preview that says so', () => {
    const root = site(withPlaceholders);
    const refused = portico(root, ['build']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('src/content/pages/vi/gioi-thieu.md');
    expect(refused.stderr).toContain('The build stopped; dist/ was left as it was.');
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(existsSync(join(root, '.build')) ? readdirSync(join(root, '.build')) : []).toEqual([]);

    const preview = portico(root, ['build', '--allow-placeholders']);
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('file(s) still have placeholders');
    const home = readFileSync(join(root, 'dist/index.html'), 'utf8');
    expect(home).toContain('<p class="preview-banner" role="note">Bản xem trước');
    expect(readFileSync(join(root, 'dist/en/index.html'), 'utf8')).toContain(
      'Preview: this site still has placeholder text',
    );
  });

  it('a site without placeholders has no preview banner', () => {
    const root = site();
    const built = portico(root, ['build']);
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).not.toContain('preview-banner');
  });
});

describe('destinations outside the outline', { timeout: 60_000 }, () => {
  it('check names the file, the field and its line, in both languages', () => {
    const root = site({
      'src/content/destinations/en/doi-mau.md': (t) => t.replace('lat: 16.35', 'lat: 17.35'),
    });
    const result = portico(root, ['check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /✖ src\/content\/destinations\/en\/doi-mau\.md:\d+\n {2}trường \/ field: coordinates\n {2}giá trị \/ found: lat: 17\.35, lon: 107/,
    );
    expect(result.stderr).toContain('VI: Tọa độ nằm ngoài ranh giới của Ví Dụ (src/map/outline.geojson).');
    expect(result.stderr).toContain("EN: The coordinates lie outside Example's outline (src/map/outline.geojson).");
    expect(result.stderr).toContain('1 problem(s) in 1 file(s).');
  });
});
