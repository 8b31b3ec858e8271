// Node's compile cache (bin/portico.js) keeps one file per module file name, and never removes one.
// The modules of a build's own bundle have content-hashed names, so every build whose content
// changed adds entries no later build reads, among them one about the size of the content store
// (25 MB at 1,000 entries per language): on a machine rebuilding every 15 minutes the folder grew
// without end. Before a build (plain JavaScript: it runs before TypeScript can be loaded):
// - of the entries larger than `large`, only the newest is kept (the next build reads it again when
//   the content did not change; none of the engine's, Astro's or Vite's own modules comes close);
// - past `budget` in all, the folder starts over (the build then fills it again, about a second
//   slower once).

import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LARGE_ENTRY = 8 * 2 ** 20;
export const CACHE_BUDGET = 256 * 2 ** 20;

/**
 * Prune the compile cache folder `dir` (missing: nothing to do). Returns the files removed and
 * whether the whole folder was emptied.
 */
export function pruneCompileCache(dir, { large = LARGE_ENTRY, budget = CACHE_BUDGET } = {}) {
  let dirents;
  try {
    dirents = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { removed: [], emptied: false };
  }
  const files = [];
  for (const dirent of dirents) {
    if (!dirent.isFile()) continue;
    const path = join(dirent.parentPath, dirent.name);
    try {
      const { size, mtimeMs } = statSync(path);
      files.push({ path, size, mtimeMs });
    } catch {
      // Gone meanwhile.
    }
  }
  const total = (list) => list.reduce((sum, f) => sum + f.size, 0);
  const stale = files
    .filter((f) => f.size > large)
    .sort((a, b) => b.mtimeMs - a.mtimeMs)
    .slice(1);
  for (const file of stale) rmSync(file.path, { force: true });
  if (total(files) - total(stale) > budget) {
    rmSync(dir, { recursive: true, force: true });
    return { removed: files.map((f) => f.path), emptied: true };
  }
  return { removed: stale.map((f) => f.path), emptied: false };
}
