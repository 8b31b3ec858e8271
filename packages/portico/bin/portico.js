#!/usr/bin/env node
// The `portico` command. The engine is written in TypeScript and published as source (as Astro
// integrations usually are); Node strips types only outside node_modules, so a load hook strips
// those of an installed engine (src/lib/typescript-hooks.mjs).
import { installTypeScriptHooks } from '../src/lib/typescript-hooks.mjs';

await installTypeScriptHooks();
await import('../cli/main.ts');
