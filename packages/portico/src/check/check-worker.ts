/**
 * The content check in a worker thread (see contentCheckBeside in ./index.ts): reads the site
 * named by workerData.root and posts its report back. Started through lib/worker-entry.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkSettingsOf } from '../config/load.ts';
import { buildNow } from '../frame/clock.ts';
import { inspectSite } from './index.ts';
import { cacheDirOf } from '../lib/cache-dir.ts';

const { root } = workerData as { root: string };
try {
  const report = await inspectSite(root, {
    now: buildNow(),
    cacheDir: cacheDirOf(root, 'check'),
    ...(await checkSettingsOf(root)),
  });
  parentPort!.postMessage({ report });
} catch (error) {
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  parentPort!.postMessage({ error: { name, message, stack: error instanceof Error ? error.stack : undefined } });
}
