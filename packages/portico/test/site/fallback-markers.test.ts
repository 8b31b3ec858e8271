// Every link, on a page in one language, to an entry that has no translation in that language (its
// page there is a fallback in the original language) says so: the linked title carries the lang of
// the text it shows, and its list item a visible language tag ("In Vietnamese", "越南语版"). Checked on
// every page, so a list added later (or a site's own) cannot forget it.
import { describe, expect, it } from 'vitest';
import { builtPages, province } from './dist.ts';

const pages = builtPages();
const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';

/** The fallback pages: an entry shown in its original language, with the notice that says so. */
const fallbacks = new Set(pages.filter((p) => p.html.includes('notice--fallback')).map((p) => p.url));

/** Where an item of a list starts and ends: its list item, card, table row or paragraph. */
const ITEM_START = /<(?:li|article|tr|p|dd)[\s>]/g;
const ITEM_END = /<\/(?:li|article|tr|p|dd)>/g;

interface Link {
  page: string;
  href: string;
  problem: string;
}

function itemAround(html: string, at: number): string {
  let start = 0;
  ITEM_START.lastIndex = 0;
  for (let m = ITEM_START.exec(html); m && m.index < at; m = ITEM_START.exec(html)) start = m.index;
  ITEM_END.lastIndex = at;
  const end = ITEM_END.exec(html);
  // A title in a heading closes its paragraph-free item later: take the enclosing list item then.
  return html.slice(start, end ? end.index : html.length);
}

function unmarkedLinks(): Link[] {
  const found: Link[] = [];
  for (const page of pages) {
    const lang = langOf(page.html);
    // The fallback notice links to the same entry in other languages, by choice.
    const body = page.html.replace(/<aside class="notice notice--fallback"[\s\S]*?<\/aside>/g, '');
    for (const m of body.matchAll(/<a\s([^>]*)>/g)) {
      const attrs = m[1]!;
      let href = /\shref="([^"#?]+)/.exec(` ${attrs}`)?.[1];
      if (!href) continue;
      if (href.startsWith(province.site)) href = href.slice(province.site.length - 1);
      if (!fallbacks.has(href) || href === page.url) continue;
      // A link to the same entry in another language (hreflang) is the reader's choice of language.
      if (/\shreflang="/.test(` ${attrs}`)) continue;
      const close = body.indexOf('</a>', m.index);
      // The item the link is in, from the list item (or card, row) that holds it to the link's end.
      const open = Math.max(
        body.lastIndexOf('<li', m.index),
        body.lastIndexOf('<article', m.index),
        body.lastIndexOf('<tr', m.index),
      );
      const before = body.slice(Math.max(open, 0), close);
      const langs = [...before.matchAll(/\slang="([^"]+)"/g)].map((l) => l[1]);
      const item = itemAround(body, close) + before;
      if (!langs.some((l) => l !== lang))
        found.push({ page: page.url, href, problem: 'the linked title has no lang of its own' });
      else if (!item.includes('class="lang-tag"'))
        found.push({ page: page.url, href, problem: 'no visible language tag in its list item' });
    }
  }
  return found;
}

describe('fallback items in lists', () => {
  it('the site has fallback pages to link to (the check below is not empty)', () => {
    expect(fallbacks.size).toBeGreaterThan(0);
  });

  it('every link to a fallback page carries the lang of its title and a visible language tag', () => {
    expect(unmarkedLinks()).toEqual([]);
  });
});
