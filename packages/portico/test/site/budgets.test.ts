// Quality budgets on every built page: weight, scripts, images, other origins.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { builtPages, readDist, province } from './dist.ts';
import { PAGE_WEIGHT_BUDGET as BUDGET } from '../../src/lib/budgets.ts';

const pages = builtPages();
const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const cssCache = new Map<string, number>();
const cssOf = (href: string) => {
  if (!cssCache.has(href)) cssCache.set(href, gz(readDist(href.replace(/^\//, ''))));
  return cssCache.get(href)!;
};

describe('budgets', () => {
  it('HTML + CSS of each page is under 15 KB gzip', () => {
    const weights = pages.map((p) => {
      const css = [...p.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      return { url: p.url, bytes: gz(p.html) + css.reduce((sum, href) => sum + cssOf(href), 0) };
    });
    weights.sort((a, b) => b.bytes - a.bytes);
    const over = weights.filter((w) => w.bytes > BUDGET);
    const heaviest = weights.slice(0, 5).map((w) => `${w.url} ${(w.bytes / 1024).toFixed(1)} KB`);
    expect(over, `heaviest pages: ${heaviest.join(', ')}`).toEqual([]);
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
      const inline = [...p.html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)].map((m) => `${p.url}: ${m[0]}`);
      const handlers = [...p.html.matchAll(/<[a-z][^>]*\son[a-z]+="/g)].map((m) => `${p.url}: ${m[0].slice(0, 60)}`);
      return [...inline, ...handlers];
    });
    expect(offenders).toEqual([]);
  });

  it('images have width and height', () => {
    const offenders = pages.flatMap((p) =>
      [...p.html.matchAll(/<img\s[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag)).map((tag) => `${p.url}: ${tag.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no resource is loaded from another origin', () => {
    const offenders = pages.flatMap((p) => {
      const resources = [
        ...p.html.matchAll(/<(?:img|script|source|iframe|video|audio|embed)\s[^>]*?\s(?:src|srcset)="([^"]+)"/g),
        ...p.html.matchAll(/<link\s[^>]*rel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*href="([^"]+)"/g),
      ].map((m) => m[1]!);
      return resources.filter((r) => /^(https?:)?\/\//.test(r) && !r.startsWith(province.site)).map((r) => `${p.url}: ${r}`);
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
