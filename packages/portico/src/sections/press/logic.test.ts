import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  datelineParts,
  feedPath,
  itemPath,
  kitPath,
  kitZipPath,
  listPath,
  mediaUsable,
  ofKind,
  publishedAt,
  selectFeedItems,
  sortNewest,
  updatedAt,
  type NewsType,
} from './logic.ts';
import { atomFeed } from './feed.ts';

const item = (name: string, date: string, type: NewsType = 'story', fallback = false) => ({
  name,
  type,
  fallback,
  published: new Date(`${date}T00:00:00+07:00`),
});

describe('press URLs', () => {
  it('put the newsroom and its lists under the press section of each language', () => {
    expect(listPath('vi', 'all')).toBe('/bao-chi/');
    expect(listPath('en', 'story')).toBe('/en/press/news/');
    expect(listPath('zh', 'press-release')).toBe('/zh/xinwen/xinwengao/');
    expect(listPath('vi', 'all', 2)).toBe('/bao-chi/trang-2/');
    expect(listPath('en', 'press-release', 3)).toBe('/en/press/releases/page-3/');
  });

  it('place items under their type, kits under press kits, ZIPs and feeds in one folder each', () => {
    expect(itemPath('vi', 'press-release', 'a')).toBe('/bao-chi/thong-cao/a/');
    expect(itemPath('en', 'story', 'b')).toBe('/en/press/news/b/');
    expect(kitPath('zh', 'k')).toBe('/zh/xinwen/ziliaobao/k/');
    expect(kitZipPath('en', 'lang-son-at-a-glance')).toBe('/press-kits/lang-son-at-a-glance-en.zip');
    expect(feedPath('zh', 'releases')).toBe('/feeds/zh/releases.xml');
  });
});

describe('ordering and pages', () => {
  it('sorts newest first, ties by name', () => {
    const sorted = sortNewest([item('b', '2026-01-01'), item('c', '2026-03-01'), item('a', '2026-01-01')]);
    expect(sorted.map((i) => i.name)).toEqual(['c', 'a', 'b']);
  });

  it('filters by kind', () => {
    const items = [item('a', '2026-01-01'), item('b', '2026-01-02', 'press-release')];
    expect(ofKind(items, 'all')).toHaveLength(2);
    expect(ofKind(items, 'press-release').map((i) => i.name)).toEqual(['b']);
  });

  it('puts page 2 and later of a list under its own URL', () => {
    expect(listPath('en', 'all', 1)).toBe('/en/press/');
    expect(listPath('en', 'all', 3)).toBe('/en/press/page-3/');
    expect(listPath('vi', 'press-release', 2)).toBe('/bao-chi/thong-cao/trang-2/');
    expect(listPath('zh', 'story', 2)).toBe('/zh/xinwen/baodao/ye-2/');
  });
});

describe('feed selection', () => {
  const items = [
    item('old-story', '2026-01-01'),
    item('release', '2026-02-01', 'press-release'),
    item('untranslated', '2026-03-01', 'story', true),
    item('new-story', '2026-04-01'),
  ];

  it('carries the newest items written in the feed language', () => {
    expect(selectFeedItems(items, 'news').map((i) => i.name)).toEqual(['new-story', 'release', 'old-story']);
  });

  it('carries only press releases in the releases feed', () => {
    expect(selectFeedItems(items, 'releases').map((i) => i.name)).toEqual(['release']);
  });

  it('respects the limit', () => {
    expect(selectFeedItems(items, 'news', 1).map((i) => i.name)).toEqual(['new-story']);
  });
});

describe('dates', () => {
  it('publishes at the embargo time, else at midnight in Vietnam', () => {
    expect(publishedAt({ date: '2026-11-12' }).toISOString()).toBe('2026-11-11T17:00:00.000Z');
    const at = new Date('2030-01-01T02:00:00Z');
    expect(publishedAt({ date: '2030-01-01', publishAt: at })).toBe(at);
  });

  it('is updated by the latest of updated and corrections', () => {
    expect(
      updatedAt({ date: '2026-10-20', updated: '2026-10-21', corrections: [{ date: '2026-10-22' }] }).toISOString(),
    ).toBe('2026-10-21T17:00:00.000Z');
    expect(updatedAt({ date: '2026-10-20' }).toISOString()).toBe('2026-10-19T17:00:00.000Z');
  });

  it('writes datelines in each language', () => {
    expect(datelineParts('Lạng Sơn', '2026-11-12', 'vi')).toEqual({ place: 'LẠNG SƠN', date: '12/11/2026' });
    expect(datelineParts('Lang Son', '2026-11-12', 'en')).toEqual({ place: 'LANG SON', date: '12 November 2026' });
    expect(datelineParts('谅山', '2026-11-12', 'zh')).toEqual({ place: '谅山', date: '2026年11月12日' });
  });

  it('keeps pictures until the end of their expiry day', () => {
    expect(mediaUsable({}, '2026-11-22')).toBe(true);
    expect(mediaUsable({ expires: '2026-11-22' }, '2026-11-22')).toBe(true);
    expect(mediaUsable({ expires: '2026-11-21' }, '2026-11-22')).toBe(false);
  });
});

describe('Atom feed adapter', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const base = {
    selfUrl: 'https://example.test/feeds/en/news.xml',
    pageUrl: 'https://example.test/en/press/',
    title: 'News',
    subtitle: 'All news',
    language: 'en',
    author: { name: 'Agency', uri: 'https://example.test/' },
    rights: '© 2026 Agency',
    emptyUpdated: new Date('2026-01-01T00:00:00Z'),
  };
  const entries = [
    {
      url: 'https://example.test/en/press/news/a/',
      title: 'Rivers & <hills>',
      summary: 'A & B',
      published: new Date('2026-02-01T00:00:00Z'),
      updated: new Date('2026-02-03T00:00:00Z'),
    },
    {
      url: 'https://example.test/en/press/news/b/',
      title: 'B',
      summary: 'Second',
      published: new Date('2026-01-01T00:00:00Z'),
      updated: new Date('2026-01-01T00:00:00Z'),
    },
  ];

  it('writes a valid Atom document with self link, language and newest update', () => {
    const feed = parser.parse(atomFeed({ ...base, entries })).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe('en');
    expect(feed.id).toBe(base.selfUrl);
    expect(feed.updated).toBe('2026-02-03T00:00:00.000Z');
    expect(feed.author.name).toBe('Agency');
    const links = [feed.link].flat();
    expect(links).toContainEqual({ '@rel': 'self', '@href': base.selfUrl });
    expect(links).toContainEqual({ '@rel': 'alternate', '@href': base.pageUrl });
    const parsed = [feed.entry].flat();
    expect(parsed.map((e: { id: string }) => e.id)).toEqual(entries.map((e) => e.url));
    expect(parsed[0].title['#text']).toBe('Rivers &amp; &lt;hills&gt;');
  });

  it('is the same for the same input, and dated by emptyUpdated when empty', () => {
    expect(atomFeed({ ...base, entries })).toBe(atomFeed({ ...base, entries }));
    const empty = parser.parse(atomFeed({ ...base, entries: [] })).feed;
    expect(empty.updated).toBe('2026-01-01T00:00:00.000Z');
    expect(empty.entry).toBeUndefined();
  });
});
