/**
 * The code a build's pages are made with, as one digest: an incremental build restores a page only
 * when this is the same as when the page was last rendered (integration/incremental.ts). What a
 * page reads of the content is tracked page by page (track.ts); everything else that can change
 * what a page says is here, and any change to it renders every page again:
 *
 *  - the engine's own files (its source, data and package.json; not its tests or documents);
 *  - the site's configuration and code: astro.config, province.config, package.json, the
 *    lockfile, tsconfig.json, and src/ except src/content/ (UI strings, map, brand pictures);
 *  - the site's folder (the build writes it into the bundle) and the preview flag
 *    (`portico build --allow-placeholders`, which every page shows).
 *
 * Files are read, not their times: a fresh clone of the same commit gives the same digest.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The engine's folder (its code is part of what an incremental build compares). */
export const ENGINE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** Folders never part of the code. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.astro', '.build', 'dist', 'test', 'tests', 'fixtures', 'docs']);
/** Files never part of the code: tests and documents. */
const SKIP_FILE = /\.(test|spec)\.[cm]?[jt]sx?$|\.md$/;
/** Files of a site's folder that are code (the rest of the folder is content or output). */
const SITE_FILE = /^(astro\.config|province\.config)\.[cm]?[jt]s$|^(package\.json|package-lock\.json|tsconfig\.json)$/;

async function walk(dir: string, out: string[], skip: (path: string) => boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !skip(path)) await walk(path, out, skip);
    } else if (entry.isFile() && !SKIP_FILE.test(entry.name)) out.push(path);
  }
}

/** The files whose content makes the digest, sorted. */
export async function codeFiles(root: string, engineDir: string): Promise<string[]> {
  const files: string[] = [];
  await walk(engineDir, files, () => false);
  const content = join(root, 'src', 'content');
  await walk(join(root, 'src'), files, (path) => path === content);
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => []))
    if (entry.isFile() && SITE_FILE.test(entry.name)) files.push(join(root, entry.name));
  return [...new Set(files)].sort();
}

/** The digest of the code pages are made with (see above). */
export async function codeFingerprint(root: string, engineDir: string, preview: boolean): Promise<string> {
  const hash = createHash('sha256');
  // The same folder however it is written (Astro's root ends with a slash, the command's folder not).
  hash.update(`${resolve(root)}\0${preview}\0`);
  const files = await codeFiles(root, engineDir);
  const bodies = await Promise.all(files.map((file) => readFile(file)));
  files.forEach((file, i) => {
    const name = file.startsWith(engineDir) ? `engine:${relative(engineDir, file)}` : relative(root, file);
    hash.update(`${name.split(sep).join('/')}\0${bodies[i]!.length}\0`);
    hash.update(bodies[i]!);
  });
  return hash.digest('base64url');
}
