// Every page declares its language, canonical URL, hreflang group and link-preview metadata.
import { describe, expect, it } from 'vitest';
import { builtPages, province } from './dist.ts';
import { readHeadLinks } from '../../src/lib/html-head.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localeOfPath } from '../../src/frame/routing.ts';

const pages = builtPages();

describe('every page', () => {
  it('exists for the three home pages', () => {
    for (const url of ['/', '/en/', '/zh/'])
      expect(
        pages.some((p) => p.url === url),
        url,
      ).toBe(true);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has lang, canonical, hreflang group and meta', (url, page) => {
    const head = readHeadLinks(page.html);
    const locale = localeOfPath(url);
    const expectedLang = LOCALES.find((l) => l.code === locale)!.htmlLang;
    expect(head.lang).toBe(expectedLang);
    expect(head.canonical).toMatch(new RegExp(`^${province.site}/`));
    const langs = head.alternates.map((a) => a.hreflang).sort();
    expect(langs).toEqual(['en', 'vi', 'x-default', 'zh-CN']);
    for (const a of head.alternates) expect(a.href.startsWith(`${province.site}/`), a.href).toBe(true);
    if (!url.includes('404')) expect(head.self, 'the page is in its own hreflang group').toBe(`${province.site}${url}`);
    expect(page.html).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(page.html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+"/);
    expect(page.html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    const ld = [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]!),
    );
    const types = ld.flat().map((o: { '@type'?: string }) => o['@type']);
    expect(types).toContain('GovernmentOrganization');
  });

  it('switches language to the same page: alternates point at each other', () => {
    const byUrl = new Map(pages.map((p) => [p.url, readHeadLinks(p.html)]));
    for (const [url, head] of byUrl) {
      if (url.includes('404')) continue;
      for (const alt of head.alternates.filter((a) => a.hreflang !== 'x-default')) {
        const other = byUrl.get(alt.href.slice(province.site.length));
        expect(other, `${url} → ${alt.href}`).toBeDefined();
        expect(other!.alternates).toEqual(head.alternates);
      }
    }
  });
});
