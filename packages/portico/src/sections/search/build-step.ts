/**
 * The search index (Pagefind, one index per language) in <outDir>/pagefind/. The build writes it
 * while it renders (src/integration/prerender.ts); this step indexes the built files only when
 * that did not happen (a build without the integration's prerenderer), and logs the sizes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex } from './indexer.ts';
import { pagefindIndexSizes } from './index-sizes.ts';
import { cacheDirOf } from '../../lib/cache-dir.ts';
import type { BuildStep } from '../../build/steps.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const searchIndex: BuildStep = {
  name: 'search index (Pagefind)',
  run: async ({ root, outDir, log }) => {
    if (!existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))) {
      const report = await buildSearchIndex(outDir, cacheDirOf(root, 'search'));
      log(`  search index: ${report.skipped} pages left out (fallback, 404, search, lists)`);
    }
    const sizes = await pagefindIndexSizes(outDir);
    for (const [lang, size] of Object.entries(sizes.languages)) {
      log(`  search index ${lang}: ${size.pages} pages, ${kb(size.indexBytes)} index + ${kb(size.wasmBytes)} wasm`);
    }
    log(`  search index: ${kb(sizes.total)} in all`);
  },
};
