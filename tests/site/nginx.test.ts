// Starts Debian's nginx on loopback with the configuration the build generated and checks what
// a reader's browser would get: security headers, caching, redirects and the language 404s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { startServer } from './server-process.ts';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../../packages/portico/test/site/dist.ts';
import { cspHeader } from '../../packages/portico/src/lib/security.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const PORT = 18000 + (process.pid % 1000);
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let dir = '';

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is not installed: `apt-get install nginx-light` (.ci/run does it)');
  dir = mkdtempSync(join(tmpdir(), 'portico-nginx-'));
  const generated = readFileSync(join(DIST, '_server.nginx.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80;$/m, '')
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${PORT};`)
    .replace(/^(\s*)root .*;$/m, `$1root ${DIST};`);
  writeFileSync(join(dir, 'site.conf'), generated);
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\nuser root;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 64; }\nhttp {\n  ${mime}\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n  include ${dir}/site.conf;\n}\n`,
  );
  const test = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf'), '-p', dir], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the generated configuration:\n${test.stderr}`);
  server = await startServer(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], `${base}/`);
});

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

describe('the generated nginx configuration', () => {
  it('sends the security headers on pages', async () => {
    const res = await get('/en/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(cspHeader());
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('cache-control')).toContain('max-age=300');
  });

  it('caches hashed assets for a year, immutable, with the security headers too', async () => {
    const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
    const res = await get(`/_astro/${css}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('redirects moved addresses', async () => {
    const res = await get('/gioi-thieu-lang-son/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toMatch(/\/gioi-thieu\/$/);
  });

  it('answers unknown addresses with the 404 page of their language', async () => {
    for (const [path, lang] of [
      ['/khong-co-trang-nay/', 'vi'],
      ['/en/no-such-page/', 'en'],
      ['/zh/meiyou/', 'zh-CN'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain(`<html lang="${lang}"`);
      expect(res.headers.get('content-security-policy'), path).toBe(cspHeader());
    }
  });

  it('does not serve the server configuration files', async () => {
    expect((await get('/_server.nginx.conf')).status).toBe(404);
  });
});
