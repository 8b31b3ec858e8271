// Starts a child process whose module is written in TypeScript (process.argv[2], a file URL), with
// the load hook an installed engine needs (typescript-hooks.mjs), as worker-entry.mjs does for a
// thread. Used by lib/helper-process.ts, for work whose memory should not count in the build's
// own process.
import { installTypeScriptHooks } from './typescript-hooks.mjs';

await installTypeScriptHooks();
await import(process.argv[2]);
