/**
 * The size of the search index per language, for the benchmark and the build log:
 * `await pagefindIndexSizes('dist')` →
 * `{ languages: { vi: { bytes, files, pages, wasm } , … }, shared: { bytes, files }, total }`.
 *
 * A language's bytes are its own files (metadata, word index chunks, fragments, filter chunks:
 * the files named after its hash) plus the WebAssembly module it loads (shared by languages
 * without a stemmer, counted in each). `shared` is what every language loads once
 * (pagefind.js, the worker, pagefind-entry.json).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface LanguageIndexSize {
  /** Bytes of the language's own index files. */
  indexBytes: number;
  /** Bytes of the WebAssembly module it loads (wasm.<lang>.pagefind or wasm.unknown.pagefind). */
  wasmBytes: number;
  /** indexBytes + wasmBytes. */
  bytes: number;
  /** Number of index files. */
  files: number;
  /** Pages in the index. */
  pages: number;
}

export interface PagefindSizes {
  languages: Record<string, LanguageIndexSize>;
  shared: { bytes: number; files: number };
  /** Every byte under <distDir>/pagefind. */
  total: number;
}

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

async function filesUnder(dir: string): Promise<{ path: string; name: string; size: number }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { path, name: e.name, size: (await stat(path)).size };
      }),
  );
}

export async function pagefindIndexSizes(distDir: string): Promise<PagefindSizes> {
  const dir = join(distDir, 'pagefind');
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const files = await filesUnder(dir);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const languages: Record<string, LanguageIndexSize> = {};
  const owned = new Set<string>();
  // A language's files start with its code and an underscore: vi_3940fbfe8c.pf_meta is
  // pagefind.vi_…, index/vi_….pf_index, fragment/vi_….pf_fragment, filter/vi_….pf_filter.
  for (const [lang, info] of Object.entries(entry.languages)) {
    const mine = files.filter((f) => f.name.replace(/^pagefind\./, '').startsWith(`${lang}_`));
    for (const f of mine) owned.add(f.path);
    const wasm = files.find((f) => f.name === `wasm.${info.wasm ?? 'unknown'}.pagefind`);
    if (wasm) owned.add(wasm.path);
    const indexBytes = mine.reduce((sum, f) => sum + f.size, 0);
    const wasmBytes = wasm?.size ?? 0;
    languages[lang] = {
      indexBytes,
      wasmBytes,
      bytes: indexBytes + wasmBytes,
      files: mine.length,
      pages: info.page_count,
    };
  }
  const shared = files.filter((f) => !owned.has(f.path));
  return { languages, shared: { bytes: shared.reduce((sum, f) => sum + f.size, 0), files: shared.length }, total };
}
