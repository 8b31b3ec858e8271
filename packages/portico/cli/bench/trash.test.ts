import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyTrash, openTrash, remove, SETTLE_MS } from './trash.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'portico-trash-'));
  dirs.push(dir);
  return dir;
};
const folderWithFile = (path: string) => {
  mkdirSync(join(path, 'sub'), { recursive: true });
  writeFileSync(join(path, 'sub', 'page.html'), 'kept until the run ends');
};

afterEach(() => {
  emptyTrash();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('what the bench removes between builds', () => {
  it('is deleted at once when no trash is open', () => {
    const root = scratch();
    folderWithFile(join(root, 'dist'));
    remove(join(root, 'dist'));
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('is moved into the trash, files and all, and deleted when the trash is emptied', async () => {
    const root = scratch();
    const trash = join(root, '.trash');
    const waits: number[] = [];
    await openTrash(
      trash,
      () => {},
      async (ms) => waits.push(ms),
    );
    expect(waits).toEqual([]);
    folderWithFile(join(root, 'site', 'dist'));
    folderWithFile(join(root, 'other', 'dist'));
    remove(join(root, 'site', 'dist'));
    remove(join(root, 'other', 'dist'));
    remove(join(root, 'missing'));
    expect(existsSync(join(root, 'site', 'dist'))).toBe(false);
    const moved = readdirSync(trash);
    expect(moved).toHaveLength(2);
    expect(moved.map((name) => readFileSync(join(trash, name, 'sub', 'page.html'), 'utf8'))).toEqual([
      'kept until the run ends',
      'kept until the run ends',
    ]);
    emptyTrash();
    expect(existsSync(trash)).toBe(false);
    // Closed: removing deletes again.
    folderWithFile(join(root, 'site', 'dist'));
    remove(join(root, 'site', 'dist'));
    expect(existsSync(trash)).toBe(false);
  });

  it('a trash left by an interrupted run is deleted, then the run waits for the file system', async () => {
    const root = scratch();
    const trash = join(root, '.trash');
    folderWithFile(join(trash, '1-dist'));
    const waits: number[] = [];
    const said: string[] = [];
    await openTrash(
      trash,
      (text) => said.push(text),
      async (ms) => waits.push(ms),
    );
    expect(existsSync(trash)).toBe(false);
    expect(waits).toEqual([SETTLE_MS]);
    expect(said.join(' ')).toContain('waiting 61 s');
  });
});
