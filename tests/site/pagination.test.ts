// Lists that grow with the content are split into pages (src/lib/paginate.ts). The sample site's
// site map is long enough to need two pages in every language; these checks read the built
// pages: together they list every indexable page of their language once, each page stays under
// its size, later pages are noindex, and every page links the others.
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../../packages/portico/test/site/dist.ts';
import { readHeadLinks } from '../../packages/portico/src/lib/html-head.ts';
import { LOCALES } from '../../packages/portico/src/i18n/locales.ts';
import { localeOfPath } from '../../packages/portico/src/frame/routing.ts';
import { CARD_PAGE_SIZE, LINK_PAGE_SIZE, PAGE_SEGMENT } from '../../packages/portico/src/lib/paginate.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const sitemapList = (p: BuiltPage) => /<ul class="sitemap-list"[^>]*>([\s\S]*?)<\/ul>/.exec(p.html)?.[1];
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
const paginationLinks = (p: BuiltPage) => hrefs(/<nav class="pagination"[\s\S]*?<\/nav>/.exec(p.html)?.[0] ?? '');

describe.each(LOCALES.map((l) => l.code))('the site map in %s', (locale) => {
  const own = pages.filter((p) => p.url.endsWith('.html') === false && localeOfPath(p.url) === locale);
  const mapPages = own
    .filter((p) => sitemapList(p) !== undefined)
    .sort((a, b) => a.url.length - b.url.length || a.url.localeCompare(b.url));
  const first = mapPages[0]!;

  it('has several pages, page n under "<site map>/<segment>-n/"', () => {
    expect(mapPages.length).toBeGreaterThan(1);
    mapPages.slice(1).forEach((p, i) => expect(p.url).toBe(`${first.url}${PAGE_SEGMENT[locale]}-${i + 2}/`));
  });

  it('lists every indexable page of its language exactly once, at most LINK_PAGE_SIZE a page', () => {
    const listed = mapPages.flatMap((p) => hrefs(sitemapList(p)!));
    for (const p of mapPages) expect(hrefs(sitemapList(p)!).length).toBeLessThanOrEqual(LINK_PAGE_SIZE);
    const indexable = own.filter((p) => !readHeadLinks(p.html).noindex).map((p) => p.url);
    expect([...listed].sort()).toEqual([...indexable].sort());
  });

  it('indexes page 1 only, and links every page from every page', () => {
    expect(readHeadLinks(first.html).noindex).toBe(false);
    for (const p of mapPages.slice(1)) expect(readHeadLinks(p.html).noindex).toBe(true);
    for (const p of mapPages) {
      const links = paginationLinks(p);
      for (const other of mapPages) if (other !== p) expect(links).toContain(other.url);
      expect(p.html).toMatch(/<a href="[^"]+" aria-current="page"/);
    }
  });

  it('gives later pages their own title', () => {
    const titles = mapPages.map((p) => /<title>([^<]*)<\/title>/.exec(p.html)![1]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('lists under their page size', () => {
  it('no card list shows more cards than a page holds, and every later page exists', () => {
    for (const p of pages) {
      const cards = (p.html.match(/<li class="card/g) ?? []).length;
      expect(cards, p.url).toBeLessThanOrEqual(CARD_PAGE_SIZE);
      for (const href of paginationLinks(p)) expect(byUrl.has(href), `${p.url} → ${href}`).toBe(true);
    }
  });
});
