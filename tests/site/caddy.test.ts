// Runs Debian's Caddy on loopback (plain HTTP, no certificates) with the generated Caddyfile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { startServer } from './server-process.ts';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../../packages/portico/test/site/dist.ts';
import { cspHeader } from '../../packages/portico/src/lib/security.ts';

const CADDY = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => existsSync(p));
const PORT = 19000 + (process.pid % 1000);
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let dir = '';

beforeAll(async () => {
  if (!CADDY) throw new Error('caddy is not installed: `apt-get install caddy` (.ci/run does it)');
  dir = mkdtempSync(join(tmpdir(), 'portico-caddy-'));
  const generated = readFileSync(join(DIST, '_server.Caddyfile'), 'utf8')
    .replace(/^[^\s#][^\n]*\{$/m, `http://127.0.0.1:${PORT} {`)
    .replace(/^(\s*)root \* .*$/m, `$1root * ${DIST}`);
  const file = join(dir, 'Caddyfile');
  writeFileSync(file, `{\n\tadmin off\n\tauto_https off\n\tstorage file_system ${dir}/data\n}\n${generated}`);
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  const check = spawnSync(CADDY, ['validate', '--config', file, '--adapter', 'caddyfile'], { encoding: 'utf8', env });
  if (check.status !== 0) throw new Error(`caddy refused the generated Caddyfile:\n${check.stderr}`);
  server = await startServer(CADDY, ['run', '--config', file, '--adapter', 'caddyfile'], `${base}/`, env);
});

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

describe('the generated Caddyfile', () => {
  it('sends the security headers and short caching on pages', async () => {
    const res = await get('/en/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(cspHeader());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toContain('max-age=300');
  });

  it('redirects moved addresses and hides the server files', async () => {
    const res = await get('/gioi-thieu-lang-son/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/gioi-thieu/');
    expect((await get('/_server.Caddyfile')).status).toBe(404);
  });

  it('answers unknown addresses with the 404 page of their language', async () => {
    for (const [path, lang] of [
      ['/khong-co/', 'vi'],
      ['/en/nothing/', 'en'],
      ['/zh/meiyou/', 'zh-CN'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain(`<html lang="${lang}"`);
    }
  });
});
