import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from './serve-dist.ts';

let dir: string;
let server: DistServer;
const page = (path: string, text: string) => {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'index.html'), text);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  page('', 'home');
  page('en/visit', 'visit');
  page('en/404', 'not found (en)');
  writeFileSync(join(dir, '404.html'), 'not found (vi)');
  writeFileSync(join(dir, 'feed.ics'), 'BEGIN:VCALENDAR');
  writeFileSync(join(dir, 'photo.jpg'), 'not text');
  server = await serveDist(dir, 0);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });

describe('the static server for a built site', () => {
  it('serves files and folders, with their type', async () => {
    expect(await (await get('/')).text()).toBe('home');
    expect(await (await get('/en/visit/')).text()).toBe('visit');
    expect((await get('/feed.ics')).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('sends a folder asked without its slash to it', async () => {
    const res = await get('/en/visit?q=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/visit/?q=1');
  });

  it("answers a missing address with its language's 404 page and status 404", async () => {
    const en = await get('/en/nowhere/');
    expect([en.status, await en.text()]).toEqual([404, 'not found (en)']);
    const vi = await get('/khong-co/');
    expect([vi.status, await vi.text()]).toEqual([404, 'not found (vi)']);
  });

  it('gzips text for a client that accepts it, as the nginx configuration does; never pictures', async () => {
    const raw = (path: string, encoding: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((ok, fail) => {
        const req = request(`${server.origin}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        req.on('error', fail);
        req.end();
      });
    const zipped = await raw('/en/visit/', 'gzip, br');
    expect([zipped.encoding, gunzipSync(zipped.body).toString()]).toEqual(['gzip', 'visit']);
    expect(await raw('/en/visit/', 'identity')).toEqual({ encoding: undefined, body: Buffer.from('visit') });
    expect((await raw('/photo.jpg', 'gzip')).encoding).toBeUndefined();
  });

  it('never serves a file outside the folder', async () => {
    const res = await get('/../../etc/passwd');
    expect(res.status).toBe(404);
  });
});
