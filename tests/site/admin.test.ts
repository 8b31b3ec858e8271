// The form editor the Lạng Sơn site publishes at /admin/ (editor.enabled in province.config.ts):
// every file it needs is in dist/, nothing in it points at another origin, it covers every
// collection, and the server configurations give it its own policy (its pages' weight is checked
// with every page's, in packages/portico/test/site/budgets.test.ts). The browser test
// (tests/e2e/admin.spec.ts) edits entries with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../packages/portico/src/collections/index.ts';
import { DIST, editorPages, walk } from '../../packages/portico/test/site/dist.ts';

const ADMIN = join(DIST, 'admin');
const config = JSON.parse(readFileSync(join(ADMIN, 'config.json'), 'utf8')) as {
  backend: { repo: string };
  collections: { name: string; fields?: unknown[]; files?: unknown[] }[];
};

describe('/admin/ in the built site', () => {
  it('has the editor, its configuration, the view-on-the-site map and the translation status', () => {
    const urls = editorPages().map((p) => p.url);
    for (const url of ['/admin/', '/admin/open/', '/admin/status/']) expect(urls).toContain(url);
    // The status overview links one page (or a run of pages) per collection.
    const status = editorPages().find((p) => p.url === '/admin/status/')!;
    const linked = [...status.html.matchAll(/<a href="([\w-]+\/)"/g)].map((m) => `/admin/status/${m[1]}`);
    expect(linked.length).toBeGreaterThan(0);
    for (const url of linked) expect(urls).toContain(url);
    const others = urls.filter((u) => !['/admin/', '/admin/open/', '/admin/status/'].includes(u));
    for (const url of others) expect(url).toMatch(/^\/admin\/status\/[\w-]+\/(\d+\/)?$/);
    const files = walk(ADMIN).map((f) => f.slice(ADMIN.length + 1));
    for (const file of ['admin.js', 'open.js', 'config.json', 'pages.json', 'fonts.css', 'LICENSE-sveltia-cms.txt'])
      expect(files).toContain(file);
  });

  it('configures every collection of the engine, with no git host (the editor’s own folder only)', () => {
    const names = config.collections.map((c) => c.name);
    for (const name of Object.keys(COLLECTIONS)) expect(names).toContain(name);
    expect(config.backend.repo.startsWith('local/')).toBe(true);
  });

  it('names no other origin in its pages and stylesheets (fonts from the site, not a CDN)', () => {
    for (const file of walk(ADMIN).filter((f) => /\.(html|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/(?:src|href)="https?:\/\/[^"]+"|url\(["']?https?:[^)]+\)/g), file).toBeNull();
    }
    expect(readFileSync(join(ADMIN, 'admin.js'), 'utf8')).not.toContain('cdn.jsdelivr.net/fontsource');
  });

  it('gets its own policy from nginx, Caddy and _headers; the site keeps its own', () => {
    const nginx = readFileSync(join(DIST, '_server.nginx.conf'), 'utf8');
    const block = /location \^~ \/admin\/ \{([\s\S]*?)\n {4}\}/.exec(nginx)?.[1] ?? '';
    expect(block).toContain("default-src 'none'");
    expect(block).toContain('X-Robots-Tag "noindex"');
    expect(readFileSync(join(DIST, '_server.Caddyfile'), 'utf8')).toContain('@admin path /admin/*');
    expect(readFileSync(join(DIST, '_headers'), 'utf8').split('/admin/*')[1]).toContain(
      "Content-Security-Policy: default-src 'none'",
    );
  });
});
