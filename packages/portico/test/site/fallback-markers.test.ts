// Every link, on a page in one language, to an entry that has no translation in that language (its
// page there is a fallback in the original language) says so: the linked title carries the lang of
// the text it shows, and its list item a visible language tag ("In Vietnamese", "越南语版"). Checked on
// every page, so a list added later (or a site's own) cannot forget it.
import { describe, expect, it } from 'vitest';
import { builtPages, province } from './dist.ts';

const pages = builtPages();
const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
const byUrl = new Map(pages.map((p) => [p.url, p]));
const origin = new URL(province.site).origin;
/** A link's site-relative path (the site's own absolute URLs included). */
const sitePath = (href: string) => (href.startsWith(`${origin}/`) ? href.slice(origin.length) : href);

/**
 * The fallback pages (an entry shown in its original language, with the notice that says so), each
 * with the language its text is in: that of the original page, its canonical URL.
 */
const fallbacks = new Map(
  pages
    .filter((p) => p.html.includes('notice--fallback'))
    .map((p) => {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
      const original = canonical ? byUrl.get(sitePath(canonical)) : undefined;
      return [p.url, original ? langOf(original.html) : ''] as const;
    }),
);

/** The elements that hold one item of a list: the visible tag must be in the link's nearest one. */
const ITEM = new Set(['li', 'tr', 'td', 'th', 'dt', 'dd', 'p', 'div', 'section', 'article', 'aside', 'nav', 'body']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

interface Open {
  name: string;
  lang: string | undefined;
  start: number;
}

interface Link {
  page: string;
  href: string;
  problem: string;
}

/** Where the element opened at `start` ends (its end tag), counting nested ones of the same name. */
function endOf(html: string, name: string, start: number): number {
  const tags = new RegExp(`<(/?)${name}[\\s>]`, 'gi');
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return html.length;
}

function unmarkedLinks(): Link[] {
  const found: Link[] = [];
  for (const page of pages) {
    // The fallback notice links to the same entry in other languages, by choice; scripts and styles
    // hold no elements.
    const body = page.html
      .replace(/<aside class="notice notice--fallback"[\s\S]*?<\/aside>/g, '')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '');
    const stack: Open[] = [];
    for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
      const [, closing, rawName, attrs = '', selfClosing] = m;
      const name = rawName!.toLowerCase();
      if (closing) {
        const at = stack.findLastIndex((o) => o.name === name);
        if (at >= 0) stack.length = at;
        continue;
      }
      const lang = /\slang="([^"]*)"/.exec(` ${attrs}`)?.[1];
      if (name === 'a') check(page.url, langOf(page.html), body, attrs, lang, stack, found);
      if (!selfClosing && !VOID.has(name)) stack.push({ name, lang, start: m.index });
    }
  }
  return found;
}

function check(
  pageUrl: string,
  pageLang: string,
  body: string,
  attrs: string,
  lang: string | undefined,
  stack: readonly Open[],
  found: Link[],
): void {
  const raw = /\shref="([^"#?]+)/.exec(` ${attrs}`)?.[1];
  if (!raw) return;
  const href = sitePath(raw);
  const textLang = fallbacks.get(href);
  if (textLang === undefined || href === pageUrl) return;
  // A link to the same entry in another language (hreflang) is the reader's choice of language.
  if (/\shreflang="/.test(` ${attrs}`)) return;
  // The language of the link's text: its own lang, else the nearest enclosing element's.
  const shown = lang ?? stack.findLast((o) => o.lang !== undefined)?.lang ?? pageLang;
  if (shown === pageLang) {
    found.push({ page: pageUrl, href, problem: 'the linked title has no lang of its own' });
    return;
  }
  if (textLang && shown !== textLang) {
    found.push({ page: pageUrl, href, problem: `the linked title says lang="${shown}", its text is ${textLang}` });
    return;
  }
  const item = stack.findLast((o) => ITEM.has(o.name));
  const start = item?.start ?? 0;
  const end = item ? endOf(body, item.name, item.start) : body.length;
  if (!body.slice(start, end).includes('class="lang-tag"'))
    found.push({ page: pageUrl, href, problem: `no visible language tag in its item (<${item?.name ?? 'body'}>)` });
}

describe('fallback items in lists', () => {
  it('the site has fallback pages to link to (the check below is not empty)', () => {
    expect(fallbacks.size).toBeGreaterThan(0);
  });

  it('every link to a fallback page carries the lang of its title and a visible language tag', () => {
    expect(unmarkedLinks()).toEqual([]);
  });

  it('the language of every fallback page is known (its canonical URL is the original)', () => {
    expect([...fallbacks].filter(([, lang]) => !lang).map(([url]) => url)).toEqual([]);
  });
});
