/**
 * The search index of a built site folder: every HTML page under `outDir`, in path order, through
 * the same indexer the build uses while it renders (live-index.ts). The build itself indexes the
 * pages as Astro renders them (src/integration/prerender.ts); this is for a folder that was built
 * without it, and for tests.
 *
 * Pagefind keeps one index per language, chosen by each page's <html lang> (vi, en, zh-cn); the
 * search page loads the index of its own <html lang>. Only pages with an indexable region
 * (`data-pagefind-body`, see logic.ts) and without robots noindex are added, so fallback pages,
 * 404 pages and the search pages stay out. Each page is given to Pagefind as a copy with đ/Đ
 * marked for folding (folding.ts); the HTML files in the site are not changed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { urlOfBuiltFile } from './logic.ts';
import { LiveSearchIndex, type SearchIndexReport } from './live-index.ts';
import { LOCALES } from '../../i18n/locales.ts';

export type { SearchIndexReport };

/** Where the bundle goes, under the site root (the search page loads /pagefind/pagefind.js). */
export const PAGEFIND_DIR = 'pagefind';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !relative(dir, e.parentPath).startsWith(PAGEFIND_DIR))
    .map((e) => join(e.parentPath, e.name));
}

export async function buildSearchIndex(outDir: string, cacheDir?: string): Promise<SearchIndexReport> {
  const files = (await htmlFiles(outDir)).sort();
  const urls = files.map((file) => urlOfBuiltFile(relative(outDir, file)));
  const index = new LiveSearchIndex(
    LOCALES.map((l) => l.htmlLang),
    cacheDir,
  );
  index.expect(urls);
  try {
    for (const [i, file] of files.entries())
      index.page(urls[i]!, { html: await readFile(file, 'utf8'), out: relative(outDir, file) });
  } catch (error) {
    await index.abandon();
    throw error;
  }
  return index.finish(outDir);
}
