/** Fixture trees for the content check: a copy of test/fixtures/content/valid/ with changes. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';

/** The engine's folder. */
export const REPO = resolve(import.meta.dirname, '../..');
export const VALID = join(REPO, 'test/fixtures/content/valid');
/** "Now" for every check in the tests: before the fixtures' scheduled entries. */
export const NOW = new Date('2026-06-01T00:00:00Z');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file. */
export function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portico-content-'));
  made.push(dir);
  return dir;
}

/**
 * A copy of the valid tree with files written (string), edited (function of the old text) or
 * deleted (null). Paths are relative to src/content/.
 */
export function tree(changes: Record<string, string | null | ((old: string) => string)> = {}): string {
  const root = tempRoot();
  cpSync(VALID, root, { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    const abs = join(root, 'src/content', path);
    if (change === null) rmSync(abs, { recursive: true, force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, typeof change === 'function' ? change(readFileSync(abs, 'utf8')) : change);
    }
  }
  return root;
}

/** A small prose file. */
export const prose = (front: string, body = 'Nội dung.') => `---\n${front.trim()}\n---\n\n${body}\n`;
