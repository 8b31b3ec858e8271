/**
 * What the bench removes between builds (a site's outputs and caches, an earlier work folder) is
 * moved into one folder of the bench's work folder, and deleted only once every build of the run
 * is measured.
 *
 * Why: on ext4 without a journal (the disk of the machines this bench runs on: `journal_task` is
 * `<none>` under /sys/fs/ext4/), the kernel does not give a new file an inode freed in the last
 * minute (in the last six while the inode's table block is not yet written back), and finds that
 * out by checking every such inode in turn, for each file it creates in the same block group
 * (`recently_deleted` in fs/ext4/ialloc.c). A cold build of the peer corpus writes about 16,000
 * files; started right after its predecessor's were deleted, it spent about twice the system time
 * (13-14 s against 6 s; in `perf`, `find_get_block_common` and `recently_deleted` under file
 * creation were an eighth of all samples) and 4-5 s more wall time (bench/FINDINGS.md). The cost
 * grows with the files deleted times the files written, so it fell hardest on the system that
 * writes the most. A fresh clone has no files deleted a moment ago: a cold build measured as on a
 * fresh clone starts without them too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long ext4 keeps a freed inode from reuse once its block is written back (RECENTCY_MIN), and a second. */
export const SETTLE_MS = 61_000;

let trashDir: string | undefined;
let count = 0;

/**
 * From now on `remove` moves folders into `dir` (on the same file system as what it removes). A
 * trash left by an interrupted run is deleted first, and the run waits until the file system no
 * longer holds its inodes back (`settle`: the wait, for tests).
 */
export async function openTrash(
  dir: string,
  log: (text: string) => void,
  settle: (ms: number) => Promise<unknown> = sleep,
): Promise<void> {
  trashDir = dir;
  if (!existsSync(dir)) return;
  log(`removing ${dir} (left by an earlier run) and waiting ${SETTLE_MS / 1000} s before the first build`);
  rmSync(dir, { recursive: true, force: true });
  spawnSync('sync');
  await settle(SETTLE_MS);
}

/** Remove a file or folder: moved into the trash when one is open, else deleted at once. */
export function remove(path: string): void {
  if (!existsSync(path)) return;
  if (trashDir) {
    mkdirSync(trashDir, { recursive: true });
    try {
      renameSync(path, join(trashDir, `${++count}-${basename(path)}`));
      return;
    } catch (error) {
      // Another file system: deleted, as without a trash.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    }
  }
  rmSync(path, { recursive: true, force: true });
}

/** Delete what the run moved aside (once every build is measured). */
export function emptyTrash(): void {
  if (trashDir) rmSync(trashDir, { recursive: true, force: true });
  trashDir = undefined;
}
