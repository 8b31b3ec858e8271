#!/usr/bin/env node
// The `portico` command. The engine is written in TypeScript and published as source (as Astro
// integrations usually are); Node strips types only outside node_modules, so tsx loads it.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
