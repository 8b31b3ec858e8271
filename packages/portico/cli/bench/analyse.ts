/**
 * What a built site weighs: bytes and files of dist/, and per HTML page its own bytes plus the
 * stylesheets and scripts it loads (raw and gzip), summarised as medians; and internal links that
 * point at no file (a sanity check of the generated corpus and of the site).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, quantile } from './stats.ts';
import { PAGE_WEIGHT_BUDGET } from '../../src/lib/budgets.ts';

export interface PageWeights {
  pages: number;
  html: { medianRaw: number; medianGzip: number; p95Gzip: number; maxGzip: number; maxPage: string };
  css: { medianRaw: number; medianGzip: number };
  js: { medianRaw: number; medianGzip: number; pagesWithJs: number };
  /** Pages whose HTML + CSS (gzip) exceed the budget of src/lib/budgets.ts, and the heaviest five. */
  budget: { bytes: number; over: number; heaviest: { page: string; bytes: number }[] };
}

export interface DistSummary {
  bytes: number;
  files: number;
  htmlFiles: number;
  /** Bytes by top-level kind: html, css, js, images, pagefind, other. */
  byKind: Record<string, { bytes: number; files: number }>;
  weights: PageWeights;
  links: { internal: number; broken: number; examples: string[] };
}

function walk(dir: string): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.push({ path, size: statSync(path).size });
  }
  return out;
}

const kindOf = (rel: string): string => {
  if (rel.startsWith(`pagefind${sep}`)) return 'pagefind';
  if (rel.endsWith('.html')) return 'html';
  if (rel.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(rel)) return 'js';
  if (/\.(avif|webp|jpe?g|png|svg|gif)$/.test(rel)) return 'images';
  if (/\.(woff2?|ttf)$/.test(rel)) return 'fonts';
  return 'other';
};

/** The stylesheets and scripts a page loads (site-relative URLs). */
export function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => !!h && h.startsWith('/'));
  const js = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith('/'));
  const preload = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => !!h && h.startsWith('/'));
  return { css: [...new Set(css)], js: [...new Set([...js, ...preload])] };
}

/** Internal links of a page: href values starting with "/" (not "//"), without query and fragment. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="(\/(?!\/)[^"#?]*)[^"]*"/g)].map((m) => m[1]!);
}

export function summariseDist(distDir: string): DistSummary {
  const files = walk(distDir);
  const byKind: DistSummary['byKind'] = {};
  const existing = new Set<string>();
  for (const f of files) {
    const rel = relative(distDir, f.path);
    existing.add(`/${rel.split(sep).join('/')}`);
    const kind = kindOf(rel);
    byKind[kind] ??= { bytes: 0, files: 0 };
    byKind[kind].bytes += f.size;
    byKind[kind].files++;
  }
  const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
  const assetCache = new Map<string, { raw: number; gzip: number }>();
  const asset = (url: string) => {
    let hit = assetCache.get(url);
    if (!hit) {
      try {
        const data = readFileSync(join(distDir, decodeURIComponent(url)));
        hit = { raw: data.length, gzip: gz(data) };
      } catch {
        hit = { raw: 0, gzip: 0 };
      }
      assetCache.set(url, hit);
    }
    return hit;
  };
  const exists = (url: string) => {
    let path = decodeURIComponent(url);
    if (existing.has(path)) return true;
    if (!path.endsWith('/')) path += '/';
    return existing.has(`${path}index.html`);
  };

  const htmlRaw: number[] = [];
  const htmlGzip: number[] = [];
  const cssRaw: number[] = [];
  const cssGzip: number[] = [];
  const jsRaw: number[] = [];
  const jsGzip: number[] = [];
  let maxGzip = 0;
  let maxPage = '';
  let pagesWithJs = 0;
  const withCss: { page: string; bytes: number }[] = [];
  let internal = 0;
  const broken: string[] = [];
  let brokenCount = 0;
  const pages = files.filter((f) => f.path.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(page.path, 'utf8');
    const rel = `/${relative(distDir, page.path).split(sep).join('/')}`;
    htmlRaw.push(page.size);
    const g = gz(html);
    htmlGzip.push(g);
    if (g > maxGzip) {
      maxGzip = g;
      maxPage = rel;
    }
    const { css, js } = assetsOf(html);
    cssRaw.push(css.reduce((s, u) => s + asset(u).raw, 0));
    cssGzip.push(css.reduce((s, u) => s + asset(u).gzip, 0));
    withCss.push({ page: rel, bytes: g + cssGzip.at(-1)! });
    jsRaw.push(js.reduce((s, u) => s + asset(u).raw, 0));
    jsGzip.push(js.reduce((s, u) => s + asset(u).gzip, 0));
    if (js.length) pagesWithJs++;
    for (const link of internalLinks(html)) {
      internal++;
      if (!exists(link)) {
        brokenCount++;
        if (broken.length < 10) broken.push(`${rel} → ${link}`);
      }
    }
  }
  return {
    bytes: files.reduce((s, f) => s + f.size, 0),
    files: files.length,
    htmlFiles: pages.length,
    byKind,
    weights: {
      pages: pages.length,
      html: {
        medianRaw: median(htmlRaw),
        medianGzip: median(htmlGzip),
        p95Gzip: quantile(htmlGzip, 0.95),
        maxGzip,
        maxPage,
      },
      css: { medianRaw: median(cssRaw), medianGzip: median(cssGzip) },
      js: { medianRaw: median(jsRaw), medianGzip: median(jsGzip), pagesWithJs },
      budget: {
        bytes: PAGE_WEIGHT_BUDGET,
        over: withCss.filter((p) => p.bytes > PAGE_WEIGHT_BUDGET).length,
        heaviest: withCss.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
      },
    },
    links: { internal, broken: brokenCount, examples: broken },
  };
}

/** Two built sites compared file by file: how many files, and those whose bytes differ or that only one has. */
export function compareTrees(a: string, b: string): { files: number; differing: string[] } {
  const list = (root: string) => walk(root).map((f) => relative(root, f.path));
  const left = new Set(list(a));
  const right = new Set(list(b));
  const differing: string[] = [];
  for (const file of new Set([...left, ...right])) {
    if (!left.has(file) || !right.has(file)) differing.push(file);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differing.push(file);
  }
  return { files: right.size, differing: differing.sort() };
}
