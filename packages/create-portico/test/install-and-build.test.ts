/**
 * The whole path of a new province, outside this repository: pack the engine, create a site that
 * depends on the tarball, `npm install`, `npm run check`, `npm run build`, `npm test`; then read
 * everything the build wrote (HTML with alt text, feeds, ICS, press-kit ZIPs, the search index,
 * server configurations) for any Lạng Sơn fact.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langSonFactsIn } from '../../../tests/helpers/lang-son-facts.ts';
import { FLAGS } from './flags.ts';

const CREATE = resolve(import.meta.dirname, '../bin/create-portico.js');
const ENGINE = resolve(import.meta.dirname, '../../portico');
const tmp = mkdtempSync(join(tmpdir(), 'create-portico-install-'));
const site = join(tmp, 'vi-du');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const timings: Record<string, number> = {};
function run(label: string, command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const started = performance.now();
  // The site installs its own Node 24 and npm runs scripts with it; PORTICO_PREVIEW must come from the flag alone.
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 280_000,
    env: { ...process.env, PORTICO_PREVIEW: '', PORTICO_QUIET: '1' },
  });
  timings[label] = Math.round(performance.now() - started);
  return result;
}

beforeAll(() => {
  const packed = run('npm pack', 'npm', ['pack', '--silent', '--pack-destination', tmp], ENGINE);
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = readdirSync(tmp).find((f) => /^portico-.*\.tgz$/.test(f))!;
  const made = run('create', process.execPath, [CREATE, 'vi-du', ...FLAGS, '--engine', join(tmp, tarball)], tmp);
  expect(made.status, made.stderr).toBe(0);
  const installed = run('npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], site);
  expect(installed.status, installed.stderr).toBe(0);
});

afterAll(() => console.log(`create → install → build timings (ms): ${JSON.stringify(timings)}`));

describe('a new site made by create-portico, installed from the packed engine', () => {
  it('npm run check lists the placeholders and fails', () => {
    const result = run('check', 'npm', ['run', 'check'], site);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✖ province\.config\.ts:\d+/);
    expect(result.stderr).toMatch(/✖ src\/content\/news\/vi\/thong-cao-mau\.md:2/);
    expect(result.stderr).toMatch(/\d+ problem\(s\) in \d+ file\(s\)\./);
  });

  it('npm run build refuses to publish while placeholders remain', () => {
    const result = run('build (refused)', 'npm', ['run', 'build'], site);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--allow-placeholders');
    expect(existsSync(join(site, 'dist'))).toBe(false);
  });

  it('npm run build -- --allow-placeholders builds a three-language preview', () => {
    const result = run('build (preview)', 'npm', ['run', 'build', '--', '--allow-placeholders'], site);
    expect(result.status, result.stderr).toBe(0);
    for (const home of ['index.html', 'en/index.html', 'zh/index.html']) {
      const html = readFileSync(join(site, 'dist', home), 'utf8');
      expect(html).toContain('class="preview-banner"');
      expect(html).toMatch(/Ví Dụ|Vi Du|示例/);
    }
    expect(readFileSync(join(site, 'dist/index.html'), 'utf8')).toContain('<html lang="vi"');
    expect(readFileSync(join(site, 'dist/zh/index.html'), 'utf8')).toContain('<html lang="zh-CN"');
  });

  it('has no Lạng Sơn fact anywhere in its output', () => {
    expect(langSonFactsIn(join(site, 'dist'))).toEqual([]);
  });

  it('npm test inside it passes', () => {
    const result = run('npm test', 'npm', ['test'], site);
    expect(result.status, result.stderr).toBe(0);
  });
});
