import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminMiddleware } from './integration.ts';

const root = mkdtempSync(join(tmpdir(), 'portico-admin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const calls: string[] = [];
/** Stands in for `portico editor`: writes the files a mode makes. */
const make = async (mode: 'build' | 'pages' | 'status', out: string) => {
  calls.push(mode);
  const dir = join(out, 'admin');
  mkdirSync(join(dir, 'status'), { recursive: true });
  if (mode !== 'status') writeFileSync(join(dir, 'index.html'), `<p>${mode} ${calls.length}</p>`);
  if (mode === 'build') writeFileSync(join(dir, 'admin.js'), 'export {};');
  writeFileSync(join(dir, 'status/index.html'), `status ${calls.length}`);
  mkdirSync(join(dir, 'status/news'), { recursive: true });
  writeFileSync(join(dir, 'status/news/index.html'), `news status ${calls.length}`);
};

function request(handle: ReturnType<typeof adminMiddleware>, url: string) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string; next: boolean }>(
    (resolve, reject) => {
      const headers: Record<string, string> = {};
      const res = {
        statusCode: 0,
        setHeader: (n: string, v: string) => (headers[n.toLowerCase()] = v),
        end: (body?: string | Buffer) =>
          resolve({ status: res.statusCode, headers, body: String(body ?? ''), next: false }),
      };
      handle({ url }, res, () => resolve({ status: 0, headers, body: '', next: true })).catch(reject);
    },
  );
}

describe('the dev server’s /admin/', () => {
  const handle = adminMiddleware(root, { enabled: false }, make);

  it('makes /admin/ at the first visit and serves it with /admin/’s own policy', async () => {
    const page = await request(handle, '/admin/');
    expect(page).toMatchObject({ status: 200, body: '<p>build 1</p>' });
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const script = await request(handle, '/admin/admin.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(calls).toEqual(['build']);
  });

  it('makes the configuration again at each visit of the editor, the status at each visit of a status page', async () => {
    expect((await request(handle, '/admin/')).body).toBe('<p>pages 2</p>');
    expect((await request(handle, '/admin/status/')).body).toBe('status 3');
    expect((await request(handle, '/admin/status/news/')).body).toBe('news status 4');
    expect(calls).toEqual(['build', 'pages', 'status', 'status']);
  });

  it('redirects to the trailing slash, leaves pages.json and the site to Astro, and answers 404 for unknown files', async () => {
    expect(await request(handle, '/admin')).toMatchObject({ status: 301, headers: { location: '/admin/' } });
    expect(await request(handle, '/admin/status/news/2')).toMatchObject({
      status: 301,
      headers: { location: '/admin/status/news/2/' },
    });
    expect((await request(handle, '/admin/pages.json')).next).toBe(true);
    expect((await request(handle, '/en/')).next).toBe(true);
    expect((await request(handle, '/admin/nothing.js')).status).toBe(404);
    expect((await request(handle, '/admin/../../package.json')).status).not.toBe(200);
  });
});
