#!/usr/bin/env node
// The `portico` command. The engine is written in TypeScript and published as source (as Astro
// integrations usually are); Node strips types only outside node_modules, so a load hook strips
// those of an installed engine (src/lib/typescript-hooks.mjs).
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { installTypeScriptHooks } from '../src/lib/typescript-hooks.mjs';

// Node keeps the compiled code of the modules a command loads (the engine, Astro, Vite, Pagefind's
// client…) in the site's cache folder (src/lib/cache-dir.ts), so every run after the first starts
// faster; the variable carries it to the threads and processes the command starts (the content
// check, the editor). A rebuild after one edit at 1,000 entries per language: about 1.4 s and
// 2.8 s of CPU less (five paired runs, bench/FINDINGS.md). Only in a site's folder (one with
// node_modules); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const compileCache = join(process.cwd(), 'node_modules', '.cache', 'portico', 'compile');
if (process.env.NODE_COMPILE_CACHE === undefined && existsSync(join(process.cwd(), 'node_modules')))
  process.env.NODE_COMPILE_CACHE = compileCache;
if (process.env.NODE_COMPILE_CACHE && !process.env.NODE_DISABLE_COMPILE_CACHE)
  enableCompileCache(process.env.NODE_COMPILE_CACHE);

// `portico build` allocates and frees many large buffers on many threads (pages, search text,
// pictures): glibc serves them from its heaps, raises the size it hands to mmap as it goes, and
// keeps what was freed, so a build's memory peaks well above what it uses. A fixed threshold of
// 128 KB gives large blocks back to the system when freed: at 1,000 entries per language the
// largest process peaked at 1.41-1.48 GB instead of 1.59-1.72 GB, and the build was no slower
// (three paired runs, bench/FINDINGS.md). The process replaces itself with the variable set (the
// same process id, signals and exit code). A value the user set is kept; other systems ignore it.
if (
  process.argv[2] === 'build' &&
  process.platform === 'linux' &&
  process.env.MALLOC_MMAP_THRESHOLD_ === undefined &&
  typeof process.execve === 'function'
)
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...process.env,
    MALLOC_MMAP_THRESHOLD_: '131072',
  });

await installTypeScriptHooks();
await import('../cli/main.ts');
