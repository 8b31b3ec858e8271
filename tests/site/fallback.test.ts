// An entry missing in one language still has a page there: the interface in the reader's
// language, the content in its own language and marked so, a notice linking the languages it
// exists in, noindex, canonical to the original, and out of that language's sitemap and search.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from '../../packages/portico/test/site/dist.ts';
import { readHeadLinks } from '../../packages/portico/src/lib/html-head.ts';
import province from '../../province.config.ts';
import { useTranslations } from '../../packages/portico/src/i18n/translator.ts';

const pages = builtPages();
// The sample site ships one story without a Chinese translation (src/content/news/zh/ lacks it).
const source = pages.find(
  (p) => p.url.startsWith('/bao-chi/') && p.html.includes('sắp xếp') && readHeadLinks(p.html).alternates.length,
);
const zhNotice = useTranslations('zh')('fallback.notice');
const fallbacks = pages.filter((p) => p.html.includes('notice--fallback'));

describe('untranslated entries', () => {
  it('the sample has at least one, and its Chinese page exists', () => {
    expect(fallbacks.length).toBeGreaterThan(0);
    expect(fallbacks.some((p) => p.url.startsWith('/zh/'))).toBe(true);
    expect(source).toBeDefined();
  });

  it.each(fallbacks.map((p) => [p.url, p] as const))('%s: notice, lang, noindex, canonical', (url, page) => {
    const head = readHeadLinks(page.html);
    expect(head.noindex).toBe(true);
    // Canonical points at the page in a language the content exists in, not at itself.
    expect(head.canonical).not.toBe(`${province.site}${url}`);
    const original = pages.find((p) => `${province.site}${p.url}` === head.canonical);
    expect(original, head.canonical).toBeDefined();
    expect(readHeadLinks(original!.html).noindex).toBe(false);
    // The interface speaks the reader's language; the content says which language it is in.
    const contentLang = readHeadLinks(original!.html).lang!;
    // Either the whole article or its heading and text carry the content's own lang.
    expect(page.html).toMatch(new RegExp(`<(article|h1)\\s[^>]*lang="${contentLang}"`));
    if (url.startsWith('/zh/')) expect(page.html).toContain(zhNotice);
    // The notice links the languages the entry exists in.
    const notice = /<aside class="notice notice--fallback[\s\S]*?<\/aside>/.exec(page.html)![0];
    expect(notice).toContain(`href="${head.canonical!.slice(province.site.length)}"`);
    expect(page.html).not.toContain('data-pagefind-body');
  });

  it('are left out of the sitemap (the search index check is in search-index.test.ts)', () => {
    const sitemap = readdirSync(DIST)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('');
    for (const p of fallbacks) expect(sitemap).not.toContain(`<loc>${province.site}${p.url}</loc>`);
  });
});
