#!/usr/bin/env node
// The `portico` command. The engine is written in TypeScript and published as source (as Astro
// integrations usually are); Node strips types only outside node_modules, so a load hook strips
// those of an installed engine (src/lib/typescript-hooks.mjs).
import { installTypeScriptHooks } from '../src/lib/typescript-hooks.mjs';

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
