// Quality budgets on every built page: weight, scripts, images, other origins.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { builtPages, editorPages, readDist, province, type BuiltPage } from './dist.ts';
import { FIRST_VIEW_BUDGET, PAGE_WEIGHT_BUDGET as BUDGET } from '../../src/lib/budgets.ts';

const pages = builtPages();
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const cssCache = new Map<string, number>();
const cssOf = (path: string) => {
  if (!cssCache.has(path)) cssCache.set(path, gz(readDist(path.replace(/^\//, ''))));
  return cssCache.get(path)!;
};
/** The stylesheets a page links, as site paths (the editor's pages link theirs relatively). */
const stylesheetsOf = (page: BuiltPage) =>
  [...page.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
    (m) => new URL(m[1]!, `https://site.invalid${page.url}`).pathname,
  );
const firstView = (page: BuiltPage) => gz(page.html) + stylesheetsOf(page).reduce((sum, path) => sum + cssOf(path), 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

describe('budgets', () => {
  it("HTML + CSS of each page, the form editor's included, is under 15 KB gzip", () => {
    const weights = [...pages, ...editorPages()].map((p) => ({ url: p.url, bytes: firstView(p) }));
    weights.sort((a, b) => b.bytes - a.bytes);
    const over = weights.filter((w) => w.bytes > BUDGET);
    const heaviest = weights.slice(0, 5).map((w) => `${w.url} ${(w.bytes / 1024).toFixed(1)} KB`);
    expect(over, `heaviest pages: ${heaviest.join(', ')}`).toEqual([]);
  });

  it('a typical article (the median news story) weighs at most 8 KB gzip on a first view', () => {
    // Each page links the frame's stylesheet and its own section's, never every section's.
    const stories = pages.filter((p) => p.html.includes('"@type":"NewsArticle"'));
    expect(stories.length).toBeGreaterThan(0);
    const weights = stories.map((p) => firstView(p));
    expect(median(weights), `median of ${stories.length} news stories`).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  it("news stories do not link the styles of the newsroom's lists", () => {
    // The most numerous pages of a site have a page module of their own (press/item-page.astro):
    // the scoped styles of the pages that list stories, which no story uses, stay out of the
    // stylesheets stories link (the frame's, which every page links, aside).
    const stories = pages.filter((p) => p.html.includes('"@type":"NewsArticle"'));
    const lists = pages.filter((p) => p.html.includes('class="press-items'));
    expect(stories.length).toBeGreaterThan(0);
    expect(lists.length).toBeGreaterThan(0);
    const scopes = (html: string) => [...html.matchAll(/data-astro-cid-([a-z0-9]+)/g)].map((m) => m[1]!);
    const inStories = new Set(stories.flatMap((p) => scopes(p.html)));
    const listOnly = new Set(lists.flatMap((p) => scopes(p.html)).filter((cid) => !inStories.has(cid)));
    expect(listOnly.size).toBeGreaterThan(0);
    const frame = stylesheetsOf(pages[0]!).filter((href) => pages.every((p) => stylesheetsOf(p).includes(href)));
    const linked = [...new Set(stories.flatMap((p) => stylesheetsOf(p)))]
      .filter((href) => !frame.includes(href))
      .map((href) => readDist(href.replace(/^\//, '')).toString('utf8'))
      .join('\n');
    expect([...listOnly].filter((cid) => linked.includes(`astro-cid-${cid}`))).toEqual([]);
  });

  it('every scoped style a page uses is in a stylesheet it links', () => {
    // Styles are split by page module (the frame's and each section's): a component whose styles
    // landed in another module's stylesheet would render unstyled.
    const css = new Map<string, string>();
    const offenders = pages.flatMap((p) => {
      const linked = stylesheetsOf(p)
        .map((href) => css.get(href) ?? css.set(href, readDist(href.replace(/^\//, '')).toString('utf8')).get(href)!)
        .join('\n');
      const scopes = new Set([...p.html.matchAll(/data-astro-cid-([a-z0-9]+)/g)].map((m) => m[1]!));
      return [...scopes].filter((cid) => !linked.includes(`astro-cid-${cid}`)).map((cid) => `${p.url}: ${cid}`);
    });
    expect(offenders).toEqual([]);
  });

  it('pages without an interactive feature load no JavaScript', () => {
    // An interactive feature is a custom element (a tag name with a hyphen) that a script enhances.
    const offenders = pages
      .filter((p) => /<script(?![^>]*type="application\/ld\+json")[^>]*>/.test(p.html))
      .filter((p) => !/<[a-z]+-[a-z-]+[\s>]/.test(p.html.replace(/<script[\s\S]*?<\/script>/g, '')))
      .map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  it('no inline scripts or event handlers (strict CSP)', () => {
    const offenders = pages.flatMap((p) => {
      const inline = [...p.html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)].map(
        (m) => `${p.url}: ${m[0]}`,
      );
      const handlers = [...p.html.matchAll(/<[a-z][^>]*\son[a-z]+="/g)].map((m) => `${p.url}: ${m[0].slice(0, 60)}`);
      return [...inline, ...handlers];
    });
    expect(offenders).toEqual([]);
  });

  it('images have width and height', () => {
    const offenders = pages.flatMap((p) =>
      [...p.html.matchAll(/<img\s[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag))
        .map((tag) => `${p.url}: ${tag.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no resource is loaded from another origin', () => {
    const offenders = pages.flatMap((p) => {
      const resources = [
        ...p.html.matchAll(/<(?:img|script|source|iframe|video|audio|embed)\s[^>]*?\s(?:src|srcset)="([^"]+)"/g),
        ...p.html.matchAll(/<link\s[^>]*rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*href="([^"]+)"/g),
      ].map((m) => m[1]!);
      return resources
        .filter((r) => /^(https?:)?\/\//.test(r) && !r.startsWith(province.site))
        .map((r) => `${p.url}: ${r}`);
    });
    expect(offenders).toEqual([]);
  });

  it('external links do not leak the opener or referrer', () => {
    const offenders = pages.flatMap((p) =>
      [...p.html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !tag.includes(`href="${province.site}`))
        .filter((tag) => !/rel="[^"]*noopener[^"]*"/.test(tag) || !/rel="[^"]*noreferrer[^"]*"/.test(tag))
        .map((tag) => `${p.url}: ${tag.slice(0, 100)}`),
    );
    expect(offenders).toEqual([]);
  });
});
