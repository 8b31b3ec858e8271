/**
 * Build into a fresh folder and swap it into place only when everything passed: a failed build
 * leaves the published folder exactly as it was and removes its own half-written output.
 *
 *  - One build at a time: `<workDir>/lock` holds the process id of the build that runs. A second
 *    build stops with a clear message; a lock left by a build that no longer runs (killed, power
 *    cut) is taken over.
 *  - Temporary folders of earlier runs (`site-next`, `previous-*`, left by an interrupted build)
 *    are removed at the start, once the lock is held. When the published folder is missing and a
 *    `previous-*` is there, a build was stopped between the swap's two renames (killed, power
 *    cut): that folder is the published site, and it is put back first.
 *  - The swap is two renames on the same file system, made synchronously: no signal handler,
 *    broken pipe or other event of this process runs between them. If the second fails, the first
 *    is undone, and the message says exactly where each folder is.
 *  - Ctrl-C (SIGINT) or SIGTERM during the build removes the temporary folder and the lock.
 *  - With `background`, the replaced folder is renamed `trash-*` and deleted by a detached process;
 *    a `trash-*` still there at the next build (the machine stopped) is given to another.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  unlinkSync,
} from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { EditorError } from '../lib/editor-error.ts';

export const LOCK_FILE = 'lock';

/** Another build holds the lock. */
export class BuildLockedError extends EditorError {
  override name = 'BuildLockedError';
}

/** The swap into the published folder failed; the message says where each folder is now. */
export class SwapError extends Error {
  override name = 'SwapError';
}

export interface PublishOptions {
  log?: (line: string) => void;
  /** Whether a process id is running (tests replace it). */
  alive?: (pid: number) => boolean;
  /**
   * Removes what describes the published folder (the incremental build's record): called right
   * before the swap, so that a process that dies before describing the new folder leaves no
   * description of the old one, and when a folder left aside is put back (it may be older than
   * what the description says).
   */
  retire?: () => void;
  /**
   * Delete the replaced folder in a detached process instead of waiting for it (`portico build`:
   * the new site is published, and the command done, half a second sooner at 1,000 entries per
   * language; the old folder's files are mostly links to the new one's).
   */
  background?: boolean;
}

interface LockInfo {
  pid: number;
  started: string;
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? { pid: info.pid, started: String(info.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/** Take the lock, or throw BuildLockedError when a running build holds it. */
function acquireLock(workDir: string, options: PublishOptions): () => void {
  const path = join(workDir, LOCK_FILE);
  const alive = options.alive ?? processAlive;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }), { flag: 'wx' });
      return () => {
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(path);
    if (holder && alive(holder.pid)) {
      const lock = relative(process.cwd(), path) || path;
      throw new BuildLockedError(
        [
          `✖ Một bản dựng khác đang chạy (tiến trình ${holder.pid}, bắt đầu ${holder.started}). Chờ bản dựng đó xong rồi chạy lại.`,
          `✖ Another build is running (process ${holder.pid}, started ${holder.started}). Wait until it finishes, then run the build again.`,
          `  (${lock})`,
        ].join('\n'),
      );
    }
    // Left by a build that no longer runs (or half-written): take it over.
    options.log?.(
      `⚠ Bỏ khóa cũ của một bản dựng đã dừng / Removed the lock of a build that no longer runs${holder ? ` (process ${holder.pid})` : ''}`,
    );
    try {
      unlinkSync(path);
    } catch {
      /* another build removed it first: try again */
    }
  }
  throw new BuildLockedError(`✖ Không lấy được khóa bản dựng / Could not take the build lock: ${path}`);
}

/**
 * Remove a folder that something may still be writing into (pages of a failed Astro build keep
 * rendering for a moment and recreate their folders): retry until it has stayed gone for a
 * moment, and never throw.
 */
export async function removeFolder(path: string, options: { settle?: boolean } = {}): Promise<boolean> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let goneFor = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await rm(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      /* ENOTEMPTY while a straggling writer finishes: try again */
    }
    if (existsSync(path)) goneFor = 0;
    else if (!options.settle || ++goneFor >= 2) return true;
    await pause(options.settle ? 250 : 100 * (attempt + 1));
  }
  return !existsSync(path);
}

const removedAtExit = new Set<string>();

/**
 * Remove a failed build's folder once more when the process exits: work still running in this
 * process (pages of a failed Astro build, or a build the content check stopped while it rendered)
 * may write into it until then. An exit handler runs synchronously, after the last write.
 */
function removeAtExit(path: string): void {
  if (!removedAtExit.size)
    process.once('exit', () => {
      for (const folder of removedAtExit) rmSync(folder, { recursive: true, force: true });
    });
  removedAtExit.add(path);
}

/**
 * The published folder is missing and a build left the previous one aside: it was stopped between
 * the swap's two renames. Put the newest such folder back (it is the site readers had).
 */
function restoreInterrupted(finalDir: string, workDir: string, stale: string[], options: PublishOptions): string[] {
  if (existsSync(finalDir)) return stale;
  const aside = stale
    .filter((name) => name.startsWith('previous-'))
    .map((name) => ({ name, time: statSync(join(workDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)[0];
  if (!aside) return stale;
  options.retire?.();
  renameSync(join(workDir, aside.name), finalDir);
  options.log?.(
    `⚠ Đã đặt lại trang đã đăng mà một lần dựng bị ngắt để ở ${aside.name} / Put back the published site that an interrupted build left in ${aside.name}`,
  );
  return stale.filter((name) => name !== aside.name);
}

/** Delete a folder in a detached process that outlives this one. */
function removeDetached(path: string): void {
  const child = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', path],
    { detached: true, stdio: 'ignore', windowsHide: true },
  );
  // Could not start: the next build gives the folder to another (see trash below).
  child.on('error', () => {});
  child.unref();
}

/**
 * Give a folder to a detached process for deletion, renamed `trash`-something first (never taken
 * for a site to put back). False when it could not be given (nothing there, or the rename failed).
 */
function removeLater(path: string, trashPath: string): boolean {
  try {
    renameSync(path, trashPath);
  } catch {
    return false;
  }
  removeDetached(trashPath);
  return true;
}

/** The names in `workDir` that match `pattern` (none when there is no such folder). */
function namesIn(workDir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(workDir).filter((name) => pattern.test(name));
  } catch {
    return [];
  }
}

/** Temporary folders of earlier builds (interrupted, or whose clean-up failed). */
const leftovers = (workDir: string): string[] => namesIn(workDir, /^(site|previous)-/);
/** Folders given to a detached process for deletion (by this build or an earlier one). */
const trash = (workDir: string): string[] => namesIn(workDir, /^trash-/);

export async function publishAtomically(
  finalDir: string,
  workDir: string,
  build: (outDir: string) => Promise<void>,
  options: PublishOptions = {},
): Promise<void> {
  const stamp = `${Date.now().toString(36)}-${process.pid}`;
  // Always the same name (one build at a time holds the lock): Astro writes the output folder's
  // path into a module of the build, and a path that changed would make every page look changed
  // to the next, incremental build.
  const outDir = join(workDir, 'site-next');
  const previousDir = join(workDir, `previous-${stamp}`);
  await mkdir(workDir, { recursive: true });
  await mkdir(dirname(finalDir), { recursive: true });
  const release = acquireLock(workDir, options);

  // Interrupted: remove what this build wrote, and the lock, before the process ends.
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(outDir, { recursive: true, force: true });
    release();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // Still there from an earlier build: its deletion did not run or is running; either way,
    // nothing of it is needed.
    for (const name of trash(workDir)) removeDetached(join(workDir, name));
    const stale = restoreInterrupted(finalDir, workDir, leftovers(workDir), options);
    if (stale.length) {
      for (const name of stale) await removeFolder(join(workDir, name));
      options.log?.(
        `✓ Đã xóa ${stale.length} thư mục tạm của lần dựng trước / Removed ${stale.length} temporary folder(s) of earlier builds`,
      );
    }
    try {
      await build(outDir);
    } catch (error) {
      removeAtExit(outDir);
      await removeFolder(outDir, { settle: true });
      throw error;
    }
    options.retire?.();
    swap(finalDir, outDir, previousDir);
    if (!options.background || !removeLater(previousDir, join(workDir, `trash-${stamp}`)))
      await removeFolder(previousDir);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    release();
  }
}

/**
 * Two renames: the published folder is never half-written, and a failure is undone. Synchronous,
 * so that nothing of this process (a signal's handler, an error event) runs between them.
 */
function swap(finalDir: string, outDir: string, previousDir: string): void {
  const had = existsSync(finalDir);
  if (had) {
    try {
      renameSync(finalDir, previousDir);
    } catch (error) {
      rmSync(outDir, { recursive: true, force: true });
      throw new SwapError(
        [
          `✖ Không thay được ${finalDir}: ${(error as Error).message}`,
          `✖ Could not replace ${finalDir}: ${(error as Error).message}`,
          `  ${finalDir} vẫn như cũ / was left as it was.`,
        ].join('\n'),
      );
    }
  }
  try {
    renameSync(outDir, finalDir);
  } catch (error) {
    const reason = (error as Error).message;
    let restored = !had;
    if (had) {
      try {
        renameSync(previousDir, finalDir);
        restored = true;
      } catch {
        restored = false;
      }
    }
    if (restored) {
      rmSync(outDir, { recursive: true, force: true });
      throw new SwapError(
        [
          `✖ Không đặt được bản dựng mới vào ${finalDir}: ${reason}`,
          `✖ Could not move the new build into ${finalDir}: ${reason}`,
          had
            ? `  ${finalDir} đã được khôi phục như cũ / was restored as it was.`
            : `  ${finalDir} chưa có / does not exist.`,
        ].join('\n'),
      );
    }
    throw new SwapError(
      [
        `✖ Không đặt được bản dựng mới vào ${finalDir} và không khôi phục được bản cũ: ${reason}`,
        `✖ Could not move the new build into ${finalDir}, nor put the previous one back: ${reason}`,
        `  Bản cũ / The previous site: ${previousDir}`,
        `  Bản mới / The new build: ${existsSync(outDir) ? outDir : '(mất / gone)'}`,
        `  Đổi tên một trong hai thành ${finalDir} / Rename one of them to ${finalDir}.`,
      ].join('\n'),
    );
  }
}
