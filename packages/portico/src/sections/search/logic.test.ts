// The pure parts of site search: which pages are indexed, their filters and metadata, and what
// the search page does with addresses, filters and excerpts.
import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  excerptParts,
  fill,
  filterOptions,
  isIndexablePage,
  pagefindAttributes,
  pagefindFilters,
  queryFromSearch,
  searchWithQuery,
  switcherHref,
  urlOfBuiltFile,
} from './logic.ts';
import { entryFacets, searchAttributes } from './attributes.ts';

describe('pagefindAttributes', () => {
  it('marks the region and reads filters and metadata from their own attributes', () => {
    const attrs = pagefindAttributes({
      section: 'Đầu tư',
      type: 'Khu kinh tế, cửa khẩu',
      sector: 'Logistics',
      date: '2026-01-02',
    });
    expect(attrs).toEqual({
      'data-pagefind-body': '',
      'data-search-section': 'Đầu tư',
      'data-search-type': 'Khu kinh tế, cửa khẩu',
      'data-search-sector': 'Logistics',
      'data-search-date': '2026-01-02',
      'data-pagefind-filter': 'section[data-search-section], type[data-search-type], sector[data-search-sector]',
      'data-pagefind-meta': 'type[data-search-type], date[data-search-date]',
    });
  });

  it('gives an image and its (possibly empty) alt text', () => {
    const attrs = pagefindAttributes({ section: 'Du lịch', type: 'Điểm đến', image: '/_astro/a.webp' });
    expect(attrs['data-search-image-alt']).toBe('');
    expect(attrs['data-pagefind-meta']).toBe(
      'type[data-search-type], image[data-search-image], image_alt[data-search-image-alt]',
    );
  });

  it('gives nothing for a page that must stay out of the index', () => {
    expect(pagefindAttributes(undefined)).toEqual({});
    expect(searchAttributes('en', undefined)).toEqual({});
  });

  it('translates section and type keys in the page language', () => {
    expect(searchAttributes('en', { section: 'invest', type: 'zones' })['data-search-section']).toBe('Invest');
    expect(searchAttributes('vi', { section: 'none', type: 'pages' })['data-search-section']).toBe('Thông tin chung');
    expect(searchAttributes('zh', { section: 'visit', type: 'destinations' })['data-search-type']).toBe('目的地');
    expect(entryFacets('zones', {})).toEqual({ section: 'invest', type: 'zones', date: undefined });
    expect(entryFacets('pages', { section: 'none', updated: '2026-01-01' })).toEqual({
      section: 'none',
      type: 'pages',
      date: '2026-01-01',
    });
  });
});

describe('which pages are indexed', () => {
  const page = (body: string, head = '') => `<html lang="vi"><head>${head}</head><body>${body}</body></html>`;
  it('takes pages with an indexable region', () => {
    expect(isIndexablePage(page('<article class="entry" data-pagefind-body><h1>A</h1></article>'))).toBe(true);
    expect(isIndexablePage(page('<article data-pagefind-body="" data-search-type="x">'))).toBe(true);
    expect(isIndexablePage(page('<MAIN\nDATA-PAGEFIND-BODY>'))).toBe(true);
    // The name written in the text first, then on a tag.
    expect(isIndexablePage(page('<p>the data-pagefind-body attribute</p><div data-pagefind-body>'))).toBe(true);
  });
  it('does not take another attribute, or the name in text or a comment, for the region', () => {
    expect(isIndexablePage(page('<div data-pagefind-body-x data-pagefind-bodyx>'))).toBe(false);
    expect(isIndexablePage(page('<p>a data-pagefind-body here</p>'))).toBe(false);
    expect(isIndexablePage(page('<!-- data-pagefind-body --><p>x</p>'))).toBe(false);
  });
  it('leaves out pages without one, and noindex pages', () => {
    expect(isIndexablePage(page('<main><h1>Tìm kiếm</h1></main>'))).toBe(false);
    expect(isIndexablePage(page('<p>data-pagefind-body is text here</p>'))).toBe(false);
    expect(
      isIndexablePage(page('<article data-pagefind-body>', '<meta name="robots" content="noindex, follow">')),
    ).toBe(false);
  });
  it('maps built files to URLs', () => {
    expect(urlOfBuiltFile('index.html')).toBe('/');
    expect(urlOfBuiltFile('en/about/index.html')).toBe('/en/about/');
    expect(urlOfBuiltFile('404.html')).toBe('/404.html');
    expect(urlOfBuiltFile('zh\\sousuo\\index.html')).toBe('/zh/sousuo/');
  });
});

describe('the search page', () => {
  it('reads and writes the query in the address', () => {
    expect(queryFromSearch('?q=dong+dang')).toBe('dong dang');
    expect(queryFromSearch('?q=%C4%90%E1%BB%93ng%20%C4%90%C4%83ng')).toBe('Đồng Đăng');
    expect(queryFromSearch('')).toBe('');
    expect(searchWithQuery('', 'Đồng Đăng')).toBe('?q=%C4%90%E1%BB%93ng+%C4%90%C4%83ng');
    expect(searchWithQuery('?q=a&x=1', ' ')).toBe('?x=1');
  });

  it('builds Pagefind filters: any chosen value, empty choices dropped', () => {
    expect(pagefindFilters({ section: ['Đầu tư', 'Du lịch'], type: [] })).toEqual({
      section: { any: ['Đầu tư', 'Du lịch'] },
    });
  });

  it('offers filter values by count, keeping chosen ones', () => {
    const collator = new Intl.Collator('vi');
    expect(filterOptions({ 'Du lịch': 1, 'Đầu tư': 3, 'Báo chí': 0 }, ['Báo chí'], collator)).toEqual([
      { value: 'Đầu tư', count: 3, checked: false },
      { value: 'Du lịch', count: 1, checked: false },
      { value: 'Báo chí', count: 0, checked: true },
    ]);
  });

  it('turns excerpts into text parts (no HTML is ever injected)', () => {
    expect(excerptParts('gần <mark>Đồng</mark> <mark>Đăng</mark>, &lt;script&gt;')).toEqual([
      { text: 'gần ', mark: false },
      { text: 'Đồng', mark: true },
      { text: ' ', mark: false },
      { text: 'Đăng', mark: true },
      { text: ', <script>', mark: false },
    ]);
  });

  it('fills placeholders and reads calendar days', () => {
    expect(fill('{{count}} kết quả cho “{{query}}”', { count: 3, query: 'dong dang' })).toBe(
      '3 kết quả cho “dong dang”',
    );
    expect(fill('{{missing}}', {})).toBe('{{missing}}');
    expect(calendarDay('2026-02-17')?.toISOString()).toBe('2026-02-17T12:00:00.000Z');
    expect(calendarDay(undefined)).toBeUndefined();
  });
});

describe('excerpt starts', () => {
  it('drop the punctuation Pagefind puts after a heading', () => {
    expect(excerptParts('. <mark>友谊</mark>国际口岸')).toEqual([
      { text: '友谊', mark: true },
      { text: '国际口岸', mark: false },
    ]);
  });
});

describe('excerpts per language', () => {
  it('join a Chinese heading and its text with “。”, not a Latin ". "', () => {
    expect(excerptParts('边境口岸. 前往<mark>口岸</mark>前请带护照', 'zh-CN').map((p) => p.text)).toEqual([
      '边境口岸。前往',
      '口岸',
      '前请带护照',
    ]);
  });
  it('leave Latin full stops alone, in Chinese pages too', () => {
    expect(excerptParts('Border gate. Open <mark>daily</mark>', 'en').map((p) => p.text)).toEqual([
      'Border gate. Open ',
      'daily',
    ]);
    expect(excerptParts('版本 2.0 发布. PDF 下载', 'zh-CN').map((p) => p.text)).toEqual(['版本 2.0 发布。PDF 下载']);
  });
});

describe('switcherHref', () => {
  it('carries the query to the other language’s search page, dropping filters', () => {
    expect(switcherHref('/en/search/', 'chợ đêm')).toBe('/en/search/?q=ch%E1%BB%A3+%C4%91%C3%AAm');
    expect(switcherHref('/zh/sousuo/?q=old', '口岸')).toBe(`/zh/sousuo/?q=${encodeURIComponent('口岸')}`);
    expect(switcherHref('/tim-kiem/?q=old#x', '')).toBe('/tim-kiem/');
  });
});

describe('excerpts per language, across a mark', () => {
  it('write “。” after a marked Chinese word too', () => {
    expect(excerptParts('麻<mark>口岸</mark>. 与公路相对', 'zh-CN').map((p) => p.text)).toEqual([
      '麻',
      '口岸',
      '。与公路相对',
    ]);
  });
});
