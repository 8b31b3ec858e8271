/**
 * The generated server configurations, run by the real servers on loopback with the built site:
 * Debian's nginx (over HTTPS with a throwaway certificate, and its port-80 block) and Caddy. What a
 * reader's browser gets: the security headers on a page, an asset, a redirect, a 404 and a 400;
 * hashed assets cached only when they exist; content types of .ics, .xml, .zip and .webp,
 * compressed where they are text; the server's own files never served; no bare 403 for a folder.
 * .ci/run installs nginx and Caddy when they are missing.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist, walk } from './dist.ts';
import { cspHeader, securityHeaders } from '../../src/lib/security.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const CADDY = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => existsSync(p));
const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => existsSync(p));

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** One request; `tls` for HTTPS (the test certificate is self-signed). */
function get(port: number, path: string, tls: boolean, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const send = tls ? httpsRequest : httpRequest;
    const req = send(
      { host: '127.0.0.1', port, path, method: 'GET', headers, rejectUnauthorized: false, servername: 'localhost' },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
            ),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A malformed request (a bad percent-encoding and a space in the target): the server's own 400. */
function badRequest(port: number, tls: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls
      ? tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false, servername: 'localhost' })
      : netConnect({ host: '127.0.0.1', port });
    let data = '';
    socket.on(tls ? 'secureConnect' : 'connect', () =>
      socket.write('GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: second.invalid\r\nConnection: close\r\n\r\n'),
    );
    socket.on('data', (c) => (data += c.toString('latin1')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

const headerOf = (raw: string, name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw.split('\r\n\r\n')[0] ?? '')?.[1]?.trim();

/** Files of the built site to ask for, by kind. */
function samples() {
  requireDist();
  const files = walk().map((f) => `/${relative(DIST, f).split(sep).join('/')}`);
  const pick = (re: RegExp) => files.find((f) => re.test(f));
  /** The largest file of a kind: servers leave very small files uncompressed. */
  const largest = (re: RegExp) =>
    files
      .filter((f) => re.test(f))
      .map((f) => ({ f, size: statSync(join(DIST, f)).size }))
      .sort((a, b) => b.size - a.size)[0]?.f;
  const redirect = readFileSync(join(DIST, '_redirects'), 'utf8').split('\n').find(Boolean)!.split(/\s+/);
  // A folder with files but no index page (the calendar feeds' folder, for one).
  const folder = files
    .map((f) => f.slice(0, f.lastIndexOf('/') + 1))
    .find((dir) => dir !== '/' && !dir.startsWith('/_astro/') && !files.includes(`${dir}index.html`));
  return {
    page: '/en/',
    asset: pick(/^\/_astro\/.*\.css$/)!,
    ics: largest(/\.ics$/)!,
    xml: largest(/\.xml$/)!,
    zip: pick(/\.zip$/)!,
    webp: pick(/\.webp$/)!,
    redirect: { from: redirect[0]!, to: redirect[1]! },
    folder: folder!,
  };
}

/** The security headers every response must carry (`hsts`: over HTTPS). */
function expectSecurity(headers: Record<string, string | undefined>, what: string, hsts = true): void {
  for (const [name, value] of securityHeaders()) {
    if (name === 'Strict-Transport-Security' && !hsts) continue;
    expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  }
}

/** The checks both servers pass. */
function serverChecks(name: string, port: () => number, tls: boolean) {
  const s = samples();
  const ask = (path: string, headers?: Record<string, string>) => get(port(), path, tls, headers);

  it(`${name}: a page, with the security headers and short caching`, async () => {
    const res = await ask(s.page);
    expect(res.status).toBe(200);
    expectSecurity(res.headers, 'page', tls);
    expect(res.headers['content-security-policy']).toBe(cspHeader());
    expect(res.headers['cache-control']).toContain('max-age=300');
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8$/i);
  });

  it(`${name}: a hashed asset, cached for a year; a missing one is a 404 that is not cached`, async () => {
    const res = await ask(s.asset);
    expect(res.status).toBe(200);
    expectSecurity(res.headers, 'asset', tls);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await ask('/_astro/no-such-file.0123abcd.css');
    expect(missing.status).toBe(404);
    expectSecurity(missing.headers, 'missing asset', tls);
    expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
  });

  it(`${name}: a redirect, with the security headers`, async () => {
    const res = await ask(s.redirect.from);
    expect([301, 302, 308]).toContain(res.status);
    expect(res.headers.location).toBe(s.redirect.to);
    expectSecurity(res.headers, 'redirect', tls);
  });

  it(`${name}: a 404, with the language's page and the security headers`, async () => {
    for (const [path, lang] of [
      ['/khong-co-trang-nay/', 'vi'],
      ['/en/no-such-page/', 'en'],
      ['/zh/meiyou/', 'zh-CN'],
    ] as const) {
      const res = await ask(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString('utf8'), path).toContain(`<html lang="${lang}"`);
      expectSecurity(res.headers, `404 ${path}`, tls);
    }
  });

  it(`${name}: a folder without an index page is a 404 page, not a bare 403`, async () => {
    const res = await ask(s.folder);
    expect(res.status, s.folder).toBe(404);
    expect(res.body.toString('utf8')).toContain('<html lang=');
    expectSecurity(res.headers, 'folder', tls);
  });

  it(`${name}: content types of .ics, .xml, .zip and .webp; text compressed`, async () => {
    const types: [string, RegExp][] = [
      [s.ics, /^text\/calendar; charset=utf-8$/i],
      [s.xml, /^application\/xml; charset=utf-8$/i],
      [s.zip, /^application\/zip$/],
      [s.webp, /^image\/webp$/],
    ];
    for (const [path, type] of types) {
      const res = await ask(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(type);
      expectSecurity(res.headers, path, tls);
    }
    for (const path of [s.ics, s.xml]) {
      const res = await ask(path, { 'Accept-Encoding': 'gzip' });
      expect(res.headers['content-encoding'], path).toBe('gzip');
    }
  });

  it(`${name}: _headers, _redirects and _server.* are not served`, async () => {
    for (const path of ['/_headers', '/_redirects', '/_server.nginx.conf', '/_server.Caddyfile']) {
      const res = await ask(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString('utf8'), path).not.toMatch(/add_header|Cache-Control:|encode zstd| 301$/m);
      expectSecurity(res.headers, path, tls);
    }
  });
}

// ---------------------------------------------------------------- nginx

describe('the generated nginx configuration', () => {
  const port = 18000 + (process.pid % 1000);
  const plainPort = port + 1000;
  let server: ChildProcess | undefined;
  let dir = '';

  beforeAll(async () => {
    if (!NGINX) throw new Error('nginx is not installed: `apt-get install nginx-light` (.ci/run does it)');
    if (!OPENSSL) throw new Error('openssl is not installed (it makes the test certificate)');
    requireDist();
    dir = mkdtempSync(join(tmpdir(), 'portico-nginx-'));
    const cert = spawnSync(
      OPENSSL,
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (cert.status !== 0) throw new Error(`openssl could not make a test certificate:\n${cert.stderr}`);
    const generated = readFileSync(join(DIST, '_server.nginx.conf'), 'utf8')
      .replace(/^\s*listen \[::\]:\d+.*;$/gm, '')
      .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${plainPort};`)
      .replace(/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${port} ssl http2;`)
      .replace(/^(\s*)ssl_certificate .*;$/m, `$1ssl_certificate ${dir}/cert.pem;`)
      .replace(/^(\s*)ssl_certificate_key .*;$/m, `$1ssl_certificate_key ${dir}/key.pem;`)
      .replace(/^(\s*)root .*;$/m, `$1root ${DIST};`);
    writeFileSync(join(dir, 'site.conf'), generated);
    // The host's mime.types as a real server has them: the generated types {} block must win.
    const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off;\nworker_processes 1;\nuser root;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 64; }\nhttp {\n  ${mime}\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n  include ${dir}/site.conf;\n}\n`,
    );
    const test = spawnSync(NGINX, ['-t', '-c', join(dir, 'nginx.conf'), '-p', dir], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx -t refused the generated configuration:\n${test.stderr}`);
    server = await startServer(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], () => get(port, '/', true));
  });

  afterAll(() => {
    server?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  serverChecks('nginx', () => port, true);

  it('nginx: a 400 carries the security headers', async () => {
    const raw = await badRequest(port, true);
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    for (const [name, value] of securityHeaders()) expect(headerOf(raw, name), name).toBe(value);
  });

  it('nginx: plain HTTP moves to HTTPS, with the headers but without HSTS', async () => {
    const res = await get(plainPort, '/en/?q=1', false, { Host: 'portal.example' });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://portal.example/en/?q=1');
    expectSecurity(res.headers, 'http redirect', false);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

// ---------------------------------------------------------------- Caddy

describe('the generated Caddyfile', () => {
  const port = 19000 + (process.pid % 1000);
  let server: ChildProcess | undefined;
  let dir = '';

  beforeAll(async () => {
    if (!CADDY) throw new Error('caddy is not installed: `apt-get install caddy` (.ci/run does it)');
    requireDist();
    dir = mkdtempSync(join(tmpdir(), 'portico-caddy-'));
    const generated = readFileSync(join(DIST, '_server.Caddyfile'), 'utf8')
      .replace(/^[^\s#][^\n]*\{$/m, `http://127.0.0.1:${port} {`)
      .replace(/^(\s*)root \* .*$/m, `$1root * ${DIST}`);
    const file = join(dir, 'Caddyfile');
    writeFileSync(file, `{\n\tadmin off\n\tauto_https off\n\tstorage file_system ${dir}/data\n}\n${generated}`);
    const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
    const check = spawnSync(CADDY, ['validate', '--config', file, '--adapter', 'caddyfile'], { encoding: 'utf8', env });
    if (check.status !== 0) throw new Error(`caddy refused the generated Caddyfile:\n${check.stderr}`);
    server = await startServer(
      CADDY,
      ['run', '--config', file, '--adapter', 'caddyfile'],
      () => get(port, '/', false),
      env,
    );
  });

  afterAll(() => {
    server?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  serverChecks('Caddy', () => port, false);

  it('Caddy: a 400 carries the security headers', async () => {
    const res = await get(port, '/en/%00', false);
    expect(res.status).toBe(400);
    expectSecurity(res.headers, '400', true);
    // A request that is not even HTTP (a bad request line, two Host headers) is answered by Go's
    // HTTP server before Caddy sees it: a plain-text 400 with no page, where no header can be added.
    expect(await badRequest(port, false)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\nContent-Type: text\/plain/);
  });
});

async function startServer(
  command: string,
  args: string[],
  ready: () => Promise<unknown>,
  env?: NodeJS.ProcessEnv,
): Promise<ChildProcess> {
  const { spawn } = await import('node:child_process');
  const server = spawn(command, args, { stdio: 'ignore', env: env ?? process.env });
  for (let i = 0; i < 50; i++) {
    try {
      await ready();
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  server.kill('SIGTERM');
  throw new Error(`${command} did not start`);
}
