/**
 * The sitemap mirrors the built pages: after the build, each page's hreflang links and robots
 * meta are read back from its HTML, so the sitemap carries exactly the groups the pages declare
 * and leaves out what pages mark noindex.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHeadLinks, type HeadLinks } from '../lib/html-head.ts';

const pages = new Map<string, HeadLinks>();

export function sitemapGroups(): AstroIntegration {
  return {
    name: 'portico:sitemap-groups',
    hooks: {
      'astro:build:done': async ({ dir, pages: built }) => {
        pages.clear();
        for (const { pathname } of built) {
          const file = new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? 'index.html' : ''}`, dir);
          const html = await readFile(fileURLToPath(file), 'utf8').catch(() => null);
          if (!html) continue;
          const head = readHeadLinks(html);
          if (head.canonical) pages.set(head.self ?? head.canonical, head);
        }
      },
    },
  };
}

/** For @astrojs/sitemap's `filter`: only indexable pages. */
export const isIndexable = (url: string): boolean => {
  const head = pages.get(url);
  return head ? !head.noindex : true;
};

/** For @astrojs/sitemap's `serialize`: the page's hreflang group. */
export function withAlternates<T extends { url: string; links?: { url: string; lang: string }[] }>(item: T): T {
  const head = pages.get(item.url);
  return head ? { ...item, links: head.alternates.map((a) => ({ lang: a.hreflang, url: a.href })) } : item;
}
