import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EntryStatus } from '../lib/translation-status.ts';
import { PAGE_WEIGHT_BUDGET } from '../lib/budgets.ts';
import { ADMIN_CSS, adminIndexHtml, openPageHtml, STATUS_ROWS_PER_PAGE, statusPagesHtml } from './pages.ts';
import { entryPages, publishedOnly } from './preview.ts';

const page = { siteName: 'Tỉnh Mẫu', csp: "default-src 'none'", icon: '/favicon.svg' };
/** An entry written in Vietnamese whose English and Chinese are in `state`. */
const entry = (collection: string, name: string, state: EntryStatus['states']['en']): EntryStatus => ({
  collection,
  name,
  sourceLocale: 'vi',
  states: { vi: 'source', en: state, zh: state },
  files: {},
});

describe('/admin/’s pages', () => {
  it('carry the policy in a meta tag, in Vietnamese, with no inline script', () => {
    for (const html of [
      adminIndexHtml(page),
      openPageHtml(page),
      ...Object.values(
        statusPagesHtml({ ...page, entries: [entry('news', 'tin-a', 'done')], locales: ['vi', 'en'], labels: {} }),
      ),
    ]) {
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;" />`);
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('noindex');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('the status pages count the states per collection, and list each entry’s state per language, linking to it in the editor', () => {
    const pages = statusPagesHtml({
      ...page,
      entries: [
        {
          collection: 'news',
          name: 'tin-b',
          sourceLocale: 'vi',
          states: { vi: 'source', en: 'done', zh: 'done' },
          files: {},
        },
        {
          collection: 'news',
          name: 'tin-a',
          sourceLocale: 'vi',
          states: { vi: 'source', en: 'outdated', zh: 'missing' },
          files: {},
        },
        entry('festivals', 'hoi-a', 'done'),
      ],
      locales: ['vi', 'en', 'zh'],
      labels: { news: 'Tin tức' },
    });
    expect(Object.keys(pages)).toEqual(['index.html', 'news/index.html', 'festivals/index.html']);
    const index = pages['index.html']!;
    expect(index).toContain('✓ 4 xong/done · ! 1 cũ/outdated · ✗ 1 thiếu/missing');
    // One row per collection: its entries, then each language's counts; a link to its own page.
    expect(index).toMatch(
      /<a href="news\/">Tin tức <code>news<\/code><\/a><\/th><td>2<\/td><td>—<\/td><td class="state-missing">✓ 1 · ! 1<\/td><td class="state-missing">✓ 1 · ✗ 1<\/td>/,
    );
    const news = pages['news/index.html']!;
    expect(news).toContain('<h1>Tin tức <code>news</code>');
    expect(news).toContain('href="../../#/collections/news/entries/tin-a"');
    expect(news).toContain('<a href="../">Tình trạng bản dịch / Translation status</a>');
    // The entry that needs work comes first, though its name sorts after.
    expect(news.indexOf('>tin-a</a>')).toBeLessThan(news.indexOf('>tin-b</a>'));
    expect(news).toMatch(
      /tin-a<\/a><\/th><td class="state state-source">.*<td class="state state-outdated">.*cũ.*<td class="state state-missing">.*thiếu/,
    );
    expect(news).toContain('✓ 2 xong/done · ! 1 cũ/outdated · ✗ 1 thiếu/missing');
  });

  it('a large collection is split into pages that each stay under the weight budget, every entry on one of them', () => {
    const names = Array.from(
      { length: 3 * STATUS_ROWS_PER_PAGE + 7 },
      (_, i) => `bai-viet-so-${String(i).padStart(5, '0')}`,
    );
    const pages = statusPagesHtml({
      ...page,
      entries: names.map((name, i) => entry('news', name, i % 7 === 0 ? 'missing' : 'done')),
      locales: ['vi', 'en', 'zh'],
      labels: { news: 'Tin tức' },
      readAt: '2026-12-06 10:00 UTC',
    });
    expect(Object.keys(pages)).toEqual([
      'index.html',
      'news/index.html',
      'news/2/index.html',
      'news/3/index.html',
      'news/4/index.html',
    ]);
    const css = gzipSync(ADMIN_CSS, { level: 9 }).length;
    for (const [path, html] of Object.entries(pages))
      expect(gzipSync(html, { level: 9 }).length + css, path).toBeLessThanOrEqual(PAGE_WEIGHT_BUDGET);
    const listed = Object.entries(pages)
      .filter(([path]) => path !== 'index.html')
      .flatMap(([, html]) => [...html.matchAll(/entries\/([a-z0-9-]+)">/g)].map((m) => m[1]!));
    expect(listed).toHaveLength(names.length);
    expect(new Set(listed)).toEqual(new Set(names));
    // Entries with a missing translation first, on the first pages.
    const missing = names.filter((_, i) => i % 7 === 0);
    expect(listed.slice(0, missing.length)).toEqual(missing);
    // Each page links the others, and from a page two levels down the editor is three up.
    expect(pages['news/2/index.html']).toContain(
      '<a href="../">1</a> <strong aria-current="page">2</strong> <a href="../3/">3</a>',
    );
    expect(pages['news/index.html']).toContain('<strong aria-current="page">1</strong> <a href="2/">2</a>');
    expect(pages['news/2/index.html']).toContain('href="../../../#/collections/news/entries/');
  });

  it('escapes what it shows', () => {
    expect(
      statusPagesHtml({ ...page, entries: [], locales: [], labels: {}, error: '<b>x</b>' })['index.html'],
    ).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('pages.json: each entry’s page per language', () => {
  it('takes the first page of an entry in each language and skips pages that show no entry', () => {
    const entry = { collection: 'news', name: 'tin-a' };
    expect(
      entryPages([
        { locale: 'vi', path: '/bao-chi/tin-a/', entry },
        { locale: 'en', path: '/en/press/news-a/', entry },
        { locale: 'en', path: '/en/press/news-a/2/', entry },
        { locale: 'vi', path: '/' },
      ]),
    ).toEqual({ 'news/tin-a': { vi: '/bao-chi/tin-a/', en: '/en/press/news-a/' } });
  });

  it('the published status page lists only entries that have a page (no draft or scheduled entry’s name)', () => {
    const entry = (name: string) => ({ collection: 'news', name });
    const pages = { 'news/out': { vi: '/tin/out/' } };
    expect(publishedOnly([entry('out'), entry('draft'), entry('scheduled')], pages)).toEqual([entry('out')]);
    const html = statusPagesHtml({ ...page, entries: [], locales: ['vi'], labels: {}, publishedOnly: true })[
      'index.html'
    ];
    expect(html).toContain('chỉ liệt kê các mục đã xuất bản');
    expect(statusPagesHtml({ ...page, entries: [], locales: ['vi'], labels: {} })['index.html']).not.toContain(
      'đã xuất bản;',
    );
  });
});
