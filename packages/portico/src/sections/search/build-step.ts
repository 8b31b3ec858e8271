/**
 * The search index (Pagefind, one index per language) written into <outDir>/pagefind/.
 * The work is in src/integrations/search-index.ts; this step logs what went in and its size.
 */
import { buildSearchIndex } from './indexer.ts';
import { pagefindIndexSizes } from './index-sizes.ts';
import type { BuildStep } from '../../build/steps.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const searchIndex: BuildStep = {
  name: 'search index (Pagefind)',
  run: async ({ outDir, log }) => {
    const report = await buildSearchIndex(outDir);
    const sizes = await pagefindIndexSizes(outDir);
    for (const [lang, size] of Object.entries(sizes.languages)) {
      log(
        `  search index ${lang}: ${report.pages[lang] ?? size.pages} pages, ${kb(size.indexBytes)} index + ${kb(size.wasmBytes)} wasm`,
      );
    }
    log(`  search index: ${report.skipped} pages left out (fallback, 404, search, lists); ${kb(sizes.total)} in all`);
  },
};
