/**
 * The search index, built after Astro with Pagefind's Node API on the temporary build folder
 * (registered as a post-build step in scripts/lib/build-steps.ts).
 *
 * Pagefind keeps one index per language, chosen by each page's <html lang> (vi, en, zh-cn); the
 * search page loads the index of its own <html lang>. Only pages with an indexable region
 * (`data-pagefind-body`, see src/lib/search.ts) and without robots noindex are added, so
 * fallback pages, 404 pages and the search pages stay out.
 *
 * Each page is given to Pagefind as a copy with đ/Đ marked for folding (src/lib/search-folding.ts);
 * the HTML files in the site are not changed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { markHtmlForIndex } from './folding.ts';
import { isIndexablePage, urlOfBuiltFile } from './logic.ts';

/** Where the bundle goes, under the site root (the search page loads /pagefind/pagefind.js). */
export const PAGEFIND_DIR = 'pagefind';

/** Files Pagefind writes for its ready-made interfaces; the site has its own, so they go. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexReport {
  /** Pages added, per Pagefind language (vi, en, zh-cn). */
  pages: Record<string, number>;
  /** Built pages left out (no indexable region, or noindex). */
  skipped: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const CONCURRENCY = 8;

const langOf = (html: string): string => (/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();

export async function buildSearchIndex(outDir: string): Promise<SearchIndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const report: SearchIndexReport = { pages: {}, skipped: 0 };
  try {
    const files = (await htmlFiles(outDir)).sort();
    // A few pages at a time: Pagefind's service parses them in parallel (the output is the same).
    for (let i = 0; i < files.length; i += CONCURRENCY) {
      await Promise.all(
        files.slice(i, i + CONCURRENCY).map(async (file) => {
          const html = await readFile(file, 'utf8');
          if (!isIndexablePage(html)) {
            report.skipped++;
            return;
          }
          const url = urlOfBuiltFile(relative(outDir, file));
          const added = await index.addHTMLFile({ url, content: markHtmlForIndex(html) });
          if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          const lang = langOf(html);
          report.pages[lang] = (report.pages[lang] ?? 0) + 1;
        }),
      );
    }
    const outputPath = join(outDir, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED.map((name) => rm(join(outputPath, name), { force: true })));
  } finally {
    await pagefind.close();
  }
  return report;
}
