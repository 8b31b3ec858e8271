import { describe, expect, it } from 'vitest';
import { builtPages, readDist, province } from './dist.ts';
import { readHeadLinks } from '../../src/lib/html-head.ts';

describe('sitemap and robots', () => {
  const index = readDist('sitemap-index.xml').toString();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const xml = sitemaps.map((u) => readDist(u.slice(province.site.length + 1)).toString()).join('\n');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('robots.txt points at the sitemap index', () => {
    expect(readDist('robots.txt').toString()).toContain(`Sitemap: ${province.site}/sitemap-index.xml`);
  });

  it('lists every indexable page and no noindex page', () => {
    const indexable = builtPages()
      .filter((p) => !readHeadLinks(p.html).noindex)
      .map((p) => `${province.site}${p.url}`)
      .sort();
    expect(urls.sort()).toEqual(indexable);
  });

  it('carries the hreflang group of each page', () => {
    const entries = xml.split('<url>').slice(1);
    for (const entry of entries) {
      const langs = [...entry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(langs).toEqual(['en', 'vi', 'x-default', 'zh-CN']);
    }
  });
});
