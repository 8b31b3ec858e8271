/** Copies of the engine's fixture site for tests that build it (inside the engine, so its packages resolve). */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ENGINE = resolve(import.meta.dirname, '../..');
export const FIXTURE_SITE = join(ENGINE, 'test/fixtures/site');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the fixture site without any build output or cache; removed after the test file. */
export function copyFixtureSite(): string {
  const root = mkdtempSync(join(ENGINE, 'test', '.tmp-site-'));
  made.push(root);
  cpSync(FIXTURE_SITE, root, {
    recursive: true,
    filter: (src) => !/[\\/](dist|\.build[^\\/]*|\.astro|node_modules)$/.test(src),
  });
  return root;
}
