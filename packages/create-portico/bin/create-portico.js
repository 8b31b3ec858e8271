#!/usr/bin/env node
// `npm create portico` / `npx create-portico <folder>`. Written in TypeScript and published as
// source, like the engine; Node strips types only outside node_modules, so tsx loads it.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
