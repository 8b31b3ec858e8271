/**
 * Vitest global setup for the engine's site checks: build the fixture site (a made-up province)
 * once, with the engine's own CLI, so the checks in test/site run on real output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const FIXTURE_SITE = join(import.meta.dirname, 'fixtures/site');

export default function setup(): void {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '../bin/portico.js'), 'build'], {
    cwd: FIXTURE_SITE,
    encoding: 'utf8',
    env: { ...process.env, PORTICO_QUIET: '1' },
  });
  if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.stdout}\n${result.stderr}`);
}
