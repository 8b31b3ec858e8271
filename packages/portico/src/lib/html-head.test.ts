import { describe, expect, it } from 'vitest';
import { readHeadLinks } from './html-head.ts';

const page = (head: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><link rel="canonical" href="/not-the-head/"></body></html>`;

describe("a built page's head links", () => {
  it('reads the canonical address, the alternates and the page’s own one', () => {
    const links = readHeadLinks(
      page(
        [
          '<meta charset="utf-8">',
          '<link rel="stylesheet" href="/_astro/frame.css">',
          '<link rel="canonical" href="">',
          '<link rel="canonical" href="https://example.org/en/about/">',
          '<link rel="alternate" hreflang="vi" href="https://example.org/gioi-thieu/">',
          '<link rel="alternate" hreflang="en" href="https://example.org/en/about/">',
          '<link rel="alternate" href="https://example.org/feed.xml" type="application/rss+xml">',
          '<link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/guanyu/">',
        ].join(''),
      ),
    );
    expect(links).toEqual({
      canonical: 'https://example.org/en/about/',
      self: 'https://example.org/en/about/',
      lang: 'en',
      alternates: [
        { hreflang: 'vi', href: 'https://example.org/gioi-thieu/' },
        { hreflang: 'en', href: 'https://example.org/en/about/' },
        { hreflang: 'zh-CN', href: 'https://example.org/zh/guanyu/' },
      ],
      noindex: false,
    });
  });

  it('tells a noindex page, and a page with no links', () => {
    expect(readHeadLinks(page('<meta name="robots" content="noindex, follow">', 'vi'))).toEqual({
      canonical: undefined,
      self: undefined,
      lang: 'vi',
      alternates: [],
      noindex: true,
    });
    expect(readHeadLinks(page('<meta name="description" content="noindex is only a word here">')).noindex).toBe(false);
  });
});
