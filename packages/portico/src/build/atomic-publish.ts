/**
 * Build into a fresh folder and swap it into place only when everything passed: a failed build
 * leaves the published folder exactly as it was and removes its own half-written output.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export async function publishAtomically(finalDir: string, workDir: string, build: (outDir: string) => Promise<void>): Promise<void> {
  const stamp = `${Date.now().toString(36)}-${process.pid}`;
  const outDir = join(workDir, `site-${stamp}`);
  const previousDir = join(workDir, `previous-${stamp}`);
  await mkdir(workDir, { recursive: true });
  await mkdir(dirname(finalDir), { recursive: true });
  try {
    await build(outDir);
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  // Two renames on the same file system: dist/ is never half-written.
  if (existsSync(finalDir)) await rename(finalDir, previousDir);
  await rename(outDir, finalDir);
  await rm(previousDir, { recursive: true, force: true });
}
