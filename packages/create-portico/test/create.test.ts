/**
 * `npx create-portico <folder>` with flags, as an office's contractor runs it (no install here:
 * install-and-build.test.ts does that). The site it writes is checked with the engine's own
 * `portico check`, which needs nothing installed in the new folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANG_SON_FACTS } from '../../../tests/helpers/lang-son-facts.ts';
import { wavyBoundary } from '../../portico/test/helpers/boundary.ts';
import { FLAGS } from './flags.ts';

const CREATE = resolve(import.meta.dirname, '../bin/create-portico.js');
const ENGINE = resolve(import.meta.dirname, '../../portico');
const tmp = mkdtempSync(join(tmpdir(), 'create-portico-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const create = (args: string[]) =>
  spawnSync(process.execPath, [CREATE, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
const portico = (cwd: string, args: string[]) =>
  spawnSync(process.execPath, [join(ENGINE, 'bin/portico.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

/** Every file under a folder, by path from it. */
function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesOf(join(dir, d.name), base) : [join(dir, d.name).slice(base.length + 1)],
  );
}

const boundary = join(tmp, 'ranh-gioi.geojson');
writeFileSync(
  boundary,
  JSON.stringify({ type: 'Feature', properties: {}, geometry: wavyBoundary(3000, [106.2, 14.4]) }),
);

describe('create-portico with flags', () => {
  const site = join(tmp, 'vi-du');
  const made = create(['vi-du', ...FLAGS, '--outline', boundary]);

  it('writes a complete site and says what to do next', () => {
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('✓ province.config.ts hợp lệ / is valid');
    expect(made.stdout).toMatch(/Boundary: kept \d+ of 3001 points/);
    expect(made.stdout).toContain('npm run check');
    const files = filesOf(site);
    for (const file of [
      'package.json',
      '.npmrc',
      '.gitignore',
      'README.md',
      'astro.config.ts',
      'province.config.ts',
      'src/content.config.ts',
      'src/content/README.md',
      'src/assets/logo.svg',
      'src/map/outline.geojson',
    ])
      expect(files).toContain(file);
    // The pages every site needs and one example of every prose collection, in three languages.
    for (const role of ['gioi-thieu', 'lien-he', 'kha-nang-tiep-can', 'so-do-trang', 'press-boilerplate'])
      for (const l of ['vi', 'en', 'zh']) expect(files).toContain(`src/content/pages/${l}/${role}.md`);
    for (const collection of [
      'news',
      'press-kits',
      'sectors',
      'zones',
      'opportunities',
      'incentives',
      'destinations',
      'festivals',
      'culture',
    ])
      for (const l of ['vi', 'en', 'zh'])
        expect(files.filter((f) => f.startsWith(`src/content/${collection}/${l}/`))).toHaveLength(1);
    for (const list of ['contacts', 'glossary', 'calendar-dates', 'diplomatic-relations', 'redirects'])
      expect(files).toContain(`src/content/${list}.yaml`);
    expect(files).toContain('src/content/media/anh-mau.yaml');
    expect(files).toContain('src/content/media/anh-mau.png');
  });

  it('writes the package.json a site needs: the engine by path, Node 24, approved install scripts', () => {
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
    expect(pkg.dependencies.portico).toMatch(/^file:.*packages\/portico$/);
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
    expect(pkg.allowScripts).toEqual({ node: true, esbuild: true });
    expect(pkg.scripts).toMatchObject({ build: 'portico build', check: 'portico check', outline: 'portico outline' });
    expect(readFileSync(join(site, '.npmrc'), 'utf8')).toContain('omit-lockfile-registry-resolved=true');
  });

  it('puts the answers where they belong', () => {
    const config = readFileSync(join(site, 'province.config.ts'), 'utf8');
    expect(config).toContain("name: { vi: 'Ví Dụ', en: 'Vi Du', zh: '示例' }");
    expect(config).toContain("site: 'https://dulich.vi-du.example'");
    expect(config).toContain("phone: '+84 200 3800 000'");
    expect(config).toContain("vi: 'Sở Ngoại vụ tỉnh Ví Dụ'");
    expect(readFileSync(join(site, 'src/content/contacts.yaml'), 'utf8')).toContain('email: "lienhe@vi-du.example"');
    expect(readFileSync(join(site, 'src/content/glossary.yaml'), 'utf8')).toMatch(
      /vi-du-province:\n {2}vi: "tỉnh Ví Dụ"\n {2}en: "Vi Du Province"\n {2}zh: "示例省"/,
    );
  });

  it('leaves national dates and diplomatic relations to the engine: the site’s lists start empty', () => {
    for (const list of ['calendar-dates', 'diplomatic-relations', 'redirects']) {
      const text = readFileSync(join(site, `src/content/${list}.yaml`), 'utf8');
      expect(
        text.split('\n').every((line) => line === '' || line.startsWith('#')),
        list,
      ).toBe(true);
    }
  });

  it('writes no Lạng Sơn fact', () => {
    for (const file of filesOf(site).filter((f) => !f.endsWith('.png'))) {
      const text = readFileSync(join(site, file), 'utf8');
      for (const fact of LANG_SON_FACTS) expect(text.includes(fact), `${file}: ${fact}`).toBe(false);
    }
  });

  it('gives a site whose only problems are its placeholders, each listed by check with its fields', () => {
    const loose = portico(site, ['check', '--allow-placeholders']);
    expect(loose.stdout).toContain('✓ Nội dung hợp lệ / Content OK');
    expect(loose.status).toBe(0);
    const strict = portico(site, ['check']);
    expect(strict.status).toBe(1);
    const listed = [...strict.stderr.matchAll(/^✖ (\S+?):\d+$/gm)].map((m) => m[1]);
    expect(listed).toContain('province.config.ts');
    expect(listed).toContain('src/assets/logo.svg');
    expect(listed).toContain('src/content/destinations/en/diem-den-mau.md');
    expect(listed).toContain('src/content/pages/zh/press-boilerplate.md');
    expect(listed).not.toContain('src/content/pages/vi/lien-he.md');
    expect(strict.stderr).toMatch(
      /✖ province\.config\.ts:\d+\n {2}trường \/ field: tagline\.vi, tagline\.en, tagline\.zh, agency\.address\.vi, agency\.address\.en, agency\.address\.zh, agency\.website/,
    );
    expect(strict.stderr).toMatch(
      /✖ src\/content\/destinations\/vi\/diem-den-mau\.md:2\n {2}trường \/ field: \(frontmatter\), title, description, kind, location\.commune, coordinates, gettingThere, \(body\)/,
    );
    expect(strict.stderr).toContain('npm run build -- --allow-placeholders');
  });

  it('puts the example destination inside the simplified outline', () => {
    const outline = JSON.parse(readFileSync(join(site, 'src/map/outline.geojson'), 'utf8'));
    expect(outline.features[0].properties.role).toBe('province');
    const front = readFileSync(join(site, 'src/content/destinations/vi/diem-den-mau.md'), 'utf8');
    const [, lat, lon] = /coordinates: \{ lat: ([\d.]+), lon: ([\d.]+) \}/.exec(front)!.map(Number);
    expect(Math.abs(lat! - 14.4)).toBeLessThan(0.3);
    expect(Math.abs(lon! - 106.2)).toBeLessThan(0.3);
  });
});

describe('create-portico refuses, in both languages and without a stack trace', () => {
  it('missing answers with --yes', () => {
    const result = create(['missing', '--yes', '--name-vi', 'Ví Dụ']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '✖ Thiếu: --name-en (Tên tỉnh, tiếng Anh), --name-zh (Tên tỉnh, tiếng Trung), --domain',
    );
    expect(result.stderr).toContain("✖ Missing: --name-en (Province's name, English)");
    expect(existsSync(join(tmp, 'missing'))).toBe(false);
  });

  it('a wrong value', () => {
    const result = create(['bad', ...FLAGS.map((f) => (f === '+84 200 3800 000' ? '0200 3800 000' : f))]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--phone "0200 3800 000": Viết số điện thoại dạng quốc tế');
    expect(result.stderr).toContain('Write the phone number in international form');
    expect(result.stderr).not.toMatch(/^\s{4}at /m);
  });

  it('a folder that already has files', () => {
    mkdirSync(join(tmp, 'full'));
    writeFileSync(join(tmp, 'full', 'keep.txt'), 'x');
    const result = create(['full', ...FLAGS]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The folder full is not empty');
  });
});

describe('create-portico without a boundary, and --engine', () => {
  it('writes a placeholder outline that check lists, with the example destination inside it', () => {
    const result = create(['no-outline', ...FLAGS, '--engine', '0.2.0']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('No boundary given');
    const site = join(tmp, 'no-outline');
    expect(JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')).dependencies.portico).toBe('^0.2.0');
    const check = portico(site, ['check']);
    expect(check.stderr).toMatch(/✖ src\/map\/outline\.geojson:\d+/);
    expect(check.stderr).not.toContain('coordinates lie outside');
  });

  it('takes a packed engine as a file: dependency', () => {
    writeFileSync(join(tmp, 'portico-9.9.9.tgz'), '');
    const result = create(['from-tarball', ...FLAGS, '--engine', join(tmp, 'portico-9.9.9.tgz')]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp, 'from-tarball/package.json'), 'utf8')).dependencies.portico).toBe(
      'file:../portico-9.9.9.tgz',
    );
  });

  it('refuses an engine that is neither a folder, a tarball nor a version', () => {
    const result = create(['bad-engine', ...FLAGS, '--engine', 'not a version']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a folder, a .tgz file or a version');
  });
});
