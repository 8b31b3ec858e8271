// The search index in dist/pagefind: one per language, holding exactly the indexable pages of
// that language (no fallback, 404 or search page), loaded only by the search pages.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, DIST } from '../../packages/portico/test/site/dist.ts';
import { isIndexablePage } from '../../packages/portico/src/sections/search/logic.ts';
import { localeOfPath, sectionPath } from '../../packages/portico/src/frame/routing.ts';
import { LOCALES } from '../../packages/portico/src/i18n/locales.ts';
import { pagefindIndexSizes } from '../../packages/portico/src/sections/search/index-sizes.ts';

const PAGEFIND = join(DIST, 'pagefind');
const pages = builtPages();
const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.toLowerCase();

/** Every page in the index, read back from its fragment file: URL and index language. */
function indexedPages(): { url: string; lang: string; title: string }[] {
  const dir = join(PAGEFIND, 'fragment');
  return readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const fragment = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as { url: string; meta: { title?: string } };
    return { url: fragment.url, lang: name.slice(0, name.indexOf('_')), title: fragment.meta.title ?? '' };
  });
}

describe('search index', () => {
  it('exists with one index per language', () => {
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(LOCALES.map((l) => l.htmlLang.toLowerCase()).sort());
    for (const [lang, { page_count }] of Object.entries(entry.languages)) expect(page_count, lang).toBeGreaterThan(0);
    expect(existsSync(join(PAGEFIND, 'pagefind.js'))).toBe(true);
    // The site has its own results interface: Pagefind's ready-made ones are not shipped.
    expect(existsSync(join(PAGEFIND, 'pagefind-ui.js'))).toBe(false);
  });

  const indexed = indexedPages();
  const byUrl = new Map(pages.map((p) => [p.url, p]));

  it('holds only indexable pages, each in the index of its own language', () => {
    const wrong = indexed.flatMap(({ url, lang }) => {
      const page = byUrl.get(url);
      if (!page) return [`${url}: not a built page`];
      if (!isIndexablePage(page.html)) return [`${url}: not indexable`];
      if (page.html.includes('notice--fallback')) return [`${url}: a fallback page`];
      if (htmlLang(page.html) !== lang)
        return [`${url}: in the ${lang} index but <html lang="${htmlLang(page.html)}">`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('holds every indexable page', () => {
    const inIndex = new Set(indexed.map((p) => p.url));
    const missing = pages.filter((p) => isIndexablePage(p.html) && !inIndex.has(p.url)).map((p) => p.url);
    expect(missing).toEqual([]);
  });

  it('leaves out the search pages, the 404 pages and fallback pages', () => {
    const urls = new Set(indexed.map((p) => p.url));
    for (const { code } of LOCALES) expect(urls.has(sectionPath(code, 'search')), code).toBe(false);
    expect([...urls].filter((u) => /\/404(\.html|\/)$/.test(u))).toEqual([]);
    const fallbacks = pages.filter((p) => p.html.includes('notice--fallback')).map((p) => p.url);
    expect(fallbacks.filter((u) => urls.has(u))).toEqual([]);
  });

  it('keeps đ in stored titles marked for folding, never as a bare d + mark in the pages', () => {
    // The index copy writes đ as d + U+0335 (src/lib/search-folding.ts); the pages readers get do not.
    expect(pages.filter((p) => p.html.includes('\u0335')).map((p) => p.url)).toEqual([]);
    const withD = indexed.filter((p) => /[dD]\u0335/.test(p.title));
    expect(withD.length).toBeGreaterThan(0);
    expect(indexed.filter((p) => /[đĐ]/.test(p.title)).map((p) => p.url)).toEqual([]);
  });

  it('is loaded only by the search pages', () => {
    const loaders = pages
      .filter((p) => /<portico-search\b|data-bundle="\/pagefind\/"|\/pagefind\//.test(p.html))
      .map((p) => p.url);
    expect(loaders.sort()).toEqual(LOCALES.map(({ code }) => sectionPath(code, 'search')).sort());
    for (const url of loaders) expect(localeOfPath(url)).toBeTruthy();
  });

  it('reports its size per language', async () => {
    const sizes = await pagefindIndexSizes(DIST);
    for (const lang of ['vi', 'en', 'zh-cn']) {
      expect(sizes.languages[lang]?.indexBytes, lang).toBeGreaterThan(0);
      expect(sizes.languages[lang]?.wasmBytes, lang).toBeGreaterThan(0);
    }
    expect(sizes.total).toBeGreaterThan(sizes.shared.bytes);
    console.log(
      Object.entries(sizes.languages)
        .map(([lang, s]) => `${lang}: ${s.pages} pages, ${s.indexBytes} B index + ${s.wasmBytes} B wasm`)
        .join('; ') + `; shared ${sizes.shared.bytes} B; total ${sizes.total} B`,
    );
  });
});
