import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { isIndexable, notePage, sitemapGroups, withAlternates } from './sitemap-groups.ts';

const SITE = 'https://example.gov.vn';
const page = (path: string, lang: string, { noindex = false } = {}) =>
  `<!doctype html><html lang="${lang}"><head><link rel="canonical" href="${SITE}${path}">` +
  `<link rel="alternate" hreflang="${lang}" href="${SITE}${path}">` +
  `<link rel="alternate" hreflang="x-default" href="${SITE}/">` +
  (noindex ? '<meta name="robots" content="noindex">' : '') +
  '</head><body></body></html>';

/** The hreflang links the sitemap gives a URL. */
const linksOf = (url: string) =>
  withAlternates<{ url: string; links?: { url: string; lang: string }[] }>({ url }).links;

type Hook<K extends keyof AstroIntegration['hooks']> = NonNullable<AstroIntegration['hooks'][K]>;
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build of the given outputs ({ pathname: html }) with only some of them noted. */
async function build(files: Record<string, string>, note: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'portico-sitemap-'));
  folders.push(dir);
  for (const [pathname, html] of Object.entries(files)) {
    const file = join(dir, pathname.endsWith('/') || pathname === '' ? `${pathname}index.html` : pathname);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
  }
  const { hooks } = sitemapGroups();
  await (hooks['astro:build:start'] as Hook<'astro:build:start'>)({} as never);
  note(dir);
  await (hooks['astro:build:done'] as Hook<'astro:build:done'>)({
    dir: pathToFileURL(`${dir}/`),
    pages: Object.keys(files).map((pathname) => ({ pathname })),
  } as never);
}

describe('sitemapGroups', () => {
  it('takes the heads the build noted, and reads back only the outputs nobody noted', async () => {
    await build(
      {
        '': page('/', 'vi'),
        'en/about/': page('/en/about/', 'en'),
        'en/search/': page('/en/search/', 'en', { noindex: true }),
        'feeds/en/news.xml': '<rss></rss>',
      },
      () => {
        // Noted while rendering: what was noted wins over the file (never read again).
        notePage('/en/about', page('/en/about/', 'en', { noindex: true }));
        notePage('/feeds/en/news.xml');
      },
    );
    expect(isIndexable(`${SITE}/`)).toBe(true);
    expect(isIndexable(`${SITE}/en/search/`)).toBe(false);
    expect(isIndexable(`${SITE}/en/about/`)).toBe(false);
    expect(linksOf(`${SITE}/`)).toEqual([
      { lang: 'vi', url: `${SITE}/` },
      { lang: 'x-default', url: `${SITE}/` },
    ]);
  });

  it('starts each build afresh', async () => {
    await build({ 'en/a/': page('/en/a/', 'en', { noindex: true }) }, () => {});
    expect(isIndexable(`${SITE}/en/a/`)).toBe(false);
    await build({ 'en/b/': page('/en/b/', 'en') }, () => {});
    expect(isIndexable(`${SITE}/en/a/`)).toBe(true);
    expect(linksOf(`${SITE}/en/a/`)).toBeUndefined();
  });
});
