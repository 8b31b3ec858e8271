import { describe, expect, it } from 'vitest';
import { adminIndexHtml, openPageHtml, statusPageHtml } from './pages.ts';
import { entryPages, publishedOnly } from './preview.ts';

const page = { siteName: 'Tỉnh Mẫu', csp: "default-src 'none'", icon: '/favicon.svg' };

describe('/admin/’s pages', () => {
  it('carry the policy in a meta tag, in Vietnamese, with no inline script', () => {
    for (const html of [
      adminIndexHtml(page),
      openPageHtml(page),
      statusPageHtml({ ...page, entries: [], locales: ['vi'], labels: {} }),
    ]) {
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;" />`);
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('noindex');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('the status page shows each entry’s state per language, linking to the entry in the editor', () => {
    const html = statusPageHtml({
      ...page,
      entries: [
        {
          collection: 'news',
          name: 'tin-a',
          sourceLocale: 'vi',
          states: { vi: 'source', en: 'outdated', zh: 'missing' },
          files: {},
        },
        {
          collection: 'news',
          name: 'tin-b',
          sourceLocale: 'vi',
          states: { vi: 'source', en: 'done', zh: 'done' },
          files: {},
        },
      ],
      locales: ['vi', 'en', 'zh'],
      labels: { news: 'Tin tức' },
    });
    expect(html).toContain('<h2>Tin tức <code>news</code></h2>');
    expect(html).toContain('href="../#/collections/news/entries/tin-a"');
    expect(html).toMatch(
      /tin-a<\/a><\/th><td class="state state-source">.*<td class="state state-outdated">.*cũ.*<td class="state state-missing">.*thiếu/,
    );
    expect(html).toContain('✓ 2 xong/done · ! 1 cũ/outdated · ✗ 1 thiếu/missing');
  });

  it('escapes what it shows', () => {
    expect(statusPageHtml({ ...page, entries: [], locales: [], labels: {}, error: '<b>x</b>' })).toContain(
      '&lt;b&gt;x&lt;/b&gt;',
    );
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
    const html = statusPageHtml({ ...page, entries: [], locales: ['vi'], labels: {}, publishedOnly: true });
    expect(html).toContain('chỉ liệt kê các mục đã xuất bản');
    expect(statusPageHtml({ ...page, entries: [], locales: ['vi'], labels: {} })).not.toContain('đã xuất bản;');
  });
});
