// Starts a worker thread written in TypeScript (workerData.module, a file URL), with the load hook
// an installed engine needs (typescript-hooks.mjs): hooks belong to a thread, not to the process.
import { workerData } from 'node:worker_threads';
import { installTypeScriptHooks } from './typescript-hooks.mjs';

await installTypeScriptHooks();
await import(workerData.module);
