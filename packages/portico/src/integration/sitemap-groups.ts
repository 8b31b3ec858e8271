/**
 * The sitemap mirrors the built pages: each page's hreflang links and robots meta are read from
 * its HTML, so the sitemap carries exactly the groups the pages declare and leaves out what pages
 * mark noindex.
 *
 * The build pipeline (prerender.ts) notes each output's head as it renders the page or restores it
 * from the previous build, so the sitemap needs no second pass over the output; an output nobody
 * noted (a build without the pipeline's prerenderer) is read back from the output folder.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHeadLinks, type HeadLinks } from '../lib/html-head.ts';
import { keyOf } from './output-key.ts';

/** Indexable pages' heads by their URL. */
const pages = new Map<string, HeadLinks>();
/** Outputs whose head is known (pages and other files), by key (output-key.ts). */
const noted = new Set<string>();

/** An output of this build: a page's HTML, or no HTML for a file that is not a page. Its head, if it has a canonical address. */
export function notePage(key: string, html?: string): HeadLinks | undefined {
  const head = html === undefined ? undefined : readHeadLinks(html);
  noteHead(key, head);
  return head?.canonical ? head : undefined;
}

/** An output of this build whose head is known already (a page kept from the previous build). */
export function noteHead(key: string, head: HeadLinks | undefined): void {
  noted.add(key);
  if (head?.canonical) pages.set(head.self ?? head.canonical, head);
}

export function sitemapGroups(): AstroIntegration {
  return {
    name: 'portico:sitemap-groups',
    hooks: {
      'astro:build:start': () => {
        pages.clear();
        noted.clear();
      },
      'astro:build:done': async ({ dir, pages: built }) => {
        for (const { pathname } of built) {
          if (noted.has(keyOf(`/${pathname}`))) continue;
          const file = new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? 'index.html' : ''}`, dir);
          const html = await readFile(fileURLToPath(file), 'utf8').catch(() => null);
          if (html) notePage(keyOf(`/${pathname}`), html);
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
