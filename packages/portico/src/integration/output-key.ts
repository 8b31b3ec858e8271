/**
 * How the build pipeline names an output: its path without the trailing slash ("/" for the home
 * page), the same whether it comes from a request URL, a `getStaticPaths` pathname or the page
 * list of `astro:build:done`. Pages end with "/" for readers (trailingSlash: 'always') and are
 * written as <path>/index.html (build.format 'directory').
 */
import { join } from 'node:path';

/** The key of an output path ("/en/about/" and "/en/about" both give "/en/about"). */
export const keyOf = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** The URL readers use for a page. */
export const urlOf = (key: string): string => (key === '/' ? '/' : `${key}/`);

/** The file a page is written to. */
export const htmlFileOf = (outDir: string, key: string): string => join(outDir, key === '/' ? '' : key, 'index.html');

/**
 * The file Astro writes an output to, relative to the output folder, for the outputs an
 * incremental build can take again: pages (not the status pages) and endpoints.
 */
export const outputFileOf = (key: string, type: string): string | undefined => {
  if (type === 'endpoint') return key.slice(1);
  if (type !== 'page' || key === '/404' || key === '/500') return undefined;
  return key === '/' ? 'index.html' : `${key.slice(1)}/index.html`;
};
