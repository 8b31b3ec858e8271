#!/usr/bin/env node
// The `portico` command. The engine is written in TypeScript and published as source (as Astro
// integrations usually are); Node strips types only outside node_modules, so a load hook strips
// those of an installed engine (src/lib/typescript-hooks.mjs).
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { installTypeScriptHooks } from '../src/lib/typescript-hooks.mjs';
import { pruneCompileCache } from '../src/build/compile-cache.mjs';

// Node keeps the compiled code of the modules a command loads (the engine, Astro, Vite, Pagefind's
// client…) in the site's cache folder (src/lib/cache-dir.ts), so every run after the first starts
// faster; the variable carries it to the threads and processes the command starts (the content
// check, the editor). A rebuild after one edit at 1,000 entries per language: about 1.4 s and
// 2.8 s of CPU less (five paired runs, bench/FINDINGS.md). Only in a site's folder (one with
// node_modules); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const compileCache = join(process.cwd(), 'node_modules', '.cache', 'portico', 'compile');
if (process.env.NODE_COMPILE_CACHE === undefined && existsSync(join(process.cwd(), 'node_modules')))
  process.env.NODE_COMPILE_CACHE = compileCache;

// `portico build` allocates and frees many large buffers on many threads (pages, search text,
// pictures) and its bundler's native code keeps its own heap, so unless told otherwise a build's
// memory peaks well above what it uses (bench/FINDINGS.md, cold builds at 1,000 entries per language):
// - glibc: a fixed mmap threshold of 128 KB gives large blocks back to the system when freed
//   (largest process 1.59-1.72 → 1.41-1.48 GB, no slower);
// - mimalloc, the allocator compiled into the bundler (rolldown) and Astro's compiler: freed memory
//   goes back to the system at once, and its 1 GB arenas are committed as used, not up front.
//   Otherwise it keeps the bundler's 250-400 MB until the build ends (it frees only when called
//   again, and the bundler is done before the pages render);
// - V8: the young generation's semi-spaces at most 16 MB instead of 64 MB (about 100 MB of heap
//   that mostly holds garbage); `gc()` exposed so that the build collects the bundler's and the
//   content store's garbage before the pages render (src/lib/memory.ts), which V8 otherwise
//   often carried, 200-300 MB of it, to the end; and the old generation collected once it has
//   grown by 35 % since the last collection (left to itself, V8 let the heap go from 260 to
//   530 MB while the pages rendered; at half, about 50 MB lower at the peak, and at 35 % another
//   20-38 MB lower: the live heap grows only 217 → 257 MB while the pages render, the rest of the
//   peak is garbage between collections). The same CPU time, within the machine's noise, for all.
// The process replaces itself with these set (the same process id, signals and exit code). A
// value the user set is kept; other systems ignore the variables.
const TUNED_ENV = { MALLOC_MMAP_THRESHOLD_: '131072', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };
if (
  process.argv[2] === 'build' &&
  process.platform === 'linux' &&
  Object.keys(TUNED_ENV).some((name) => process.env[name] === undefined) &&
  typeof process.execve === 'function'
) {
  const given = (flag) => process.execArgv.some((arg) => arg.startsWith(flag));
  const flags = [
    ...(given('--max-semi-space-size') ? [] : ['--max-semi-space-size=16']),
    ...(given('--heap-growing-percent') ? [] : ['--heap-growing-percent=35']),
    '--expose-gc',
  ];
  process.execve(process.execPath, [process.execPath, ...flags, ...process.execArgv, ...process.argv.slice(1)], {
    ...TUNED_ENV,
    ...process.env,
  });
}

// Enabled in the process that runs the command (after the one above, if it replaced itself). A
// build's bundle adds entries no later build reads: pruned first (src/build/compile-cache.mjs).
if (process.env.NODE_COMPILE_CACHE && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  if (process.argv[2] === 'build' && process.env.NODE_COMPILE_CACHE === compileCache) pruneCompileCache(compileCache);
  enableCompileCache(process.env.NODE_COMPILE_CACHE);
}

await installTypeScriptHooks();
await import('../cli/main.ts');
