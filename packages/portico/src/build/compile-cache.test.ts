import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCompileCache } from './compile-cache.mjs';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'portico-compile-cache-'));
  made.push(dir);
  return dir;
};

/** A cache entry of `size` bytes, last written `ageS` seconds ago. */
function entry(dir: string, name: string, size: number, ageS: number): string {
  mkdirSync(join(dir, 'v24-x64'), { recursive: true });
  const path = join(dir, 'v24-x64', name);
  writeFileSync(path, Buffer.alloc(size));
  const at = Date.now() / 1000 - ageS;
  utimesSync(path, at, at);
  return path;
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(join(dir, 'v24-x64')).sort() : []);

describe('pruneCompileCache', () => {
  it('does nothing without a cache folder', () => {
    expect(pruneCompileCache(join(temp(), 'none'))).toEqual({ removed: [], emptied: false });
  });

  it('keeps only the newest of the large entries, and every small one', () => {
    const dir = temp();
    entry(dir, 'old-store', 3000, 300);
    entry(dir, 'new-store', 3000, 10);
    entry(dir, 'older-store', 3000, 900);
    entry(dir, 'engine-module', 500, 5000);
    entry(dir, 'astro-module', 900, 4000);
    const { removed, emptied } = pruneCompileCache(dir, { large: 1000, budget: 100_000 });
    expect(emptied).toBe(false);
    expect(removed.map((p) => p.split(/[\\/]/).pop()).sort()).toEqual(['old-store', 'older-store']);
    expect(files(dir)).toEqual(['astro-module', 'engine-module', 'new-store']);
  });

  it('starts over past its budget', () => {
    const dir = temp();
    for (let i = 0; i < 6; i++) entry(dir, `module-${i}`, 800, i);
    expect(pruneCompileCache(dir, { large: 1000, budget: 5000 }).emptied).toBe(false);
    entry(dir, 'module-6', 800, 0);
    expect(pruneCompileCache(dir, { large: 1000, budget: 5000 }).emptied).toBe(true);
    expect(existsSync(dir)).toBe(false);
  });

  it("Node's cache gains an entry per content-hashed module name, and pruning keeps the newest", () => {
    // What made the folder grow: the same module under a new name each build (the bundle's chunks).
    const dir = temp();
    const cache = join(dir, 'cache');
    const store = `export const store = ${JSON.stringify('x'.repeat(2 ** 20))};\n`;
    for (const name of ['store-a1.mjs', 'store-b2.mjs', 'store-c3.mjs']) {
      writeFileSync(join(dir, name), store);
      const run = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', `await import(${JSON.stringify(join(dir, name))})`],
        {
          env: { ...process.env, NODE_COMPILE_CACHE: cache },
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
    }
    const entries = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    const large = 2 ** 19;
    const sizeOf = (d: { parentPath: string; name: string }) => statSync(join(d.parentPath, d.name)).size;
    expect(entries.filter((d) => sizeOf(d) > large).length).toBe(3);
    pruneCompileCache(cache, { large });
    const left = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(left.filter((d) => sizeOf(d) > large).length).toBe(1);
  });
});
