/**
 * A folder of drawn files kept between builds (node_modules/.cache/portico/<part>/: link cards,
 * press kits' PDF fact sheets), one file per drawing under a hash of what its bytes depend on:
 * what is drawn and the drawing pipeline. A drawing that did not change is read back, byte for
 * byte what drawing it again would give; only the others are drawn. Files no build has used for
 * `maxAgeDays` are removed when the folder opens.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { engineFile } from '../lib/helper-process.ts';

export interface DrawnCache {
  /** The drawing's bytes from the folder, or drawn by `draw` and kept. */
  get(key: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array>;
}

/** The name a drawing is kept under: a hash of the pipeline key and what is drawn, as JSON. */
export const drawnKey = (pipeline: string, drawn: unknown): string =>
  createHash('sha256').update(pipeline).update('\0').update(JSON.stringify(drawn)).digest('hex');

/**
 * The installed versions of packages, for a pipeline key ("name@version …"), found from `from` (a
 * module's URL) as Node would find them; read from each package's own package.json, which some
 * packages do not export.
 */
export function packageVersions(names: readonly string[], from: string): string {
  const require = createRequire(from);
  return names
    .map((name) => {
      try {
        return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
      } catch {
        // Not exported: found above the package's entry below.
      }
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        const manifest = (() => {
          try {
            return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
          } catch {
            return undefined;
          }
        })();
        if (manifest?.name === name) return `${name}@${manifest.version}`;
      }
      throw new Error(`${name}: no package.json above ${require.resolve(name)}`);
    })
    .join(' ');
}

/**
 * What a drawing's bytes depend on besides what is drawn: the engine's drawing code (the bytes of
 * `files`, paths in the engine package), the installed versions of `packages` (found from `from`)
 * and anything else that changes the output (`extra`, such as sharp's library versions).
 */
export function pipelineKey(files: readonly string[], packages: readonly string[], from: string, extra = ''): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(engineFile(file)));
  hash.update(packageVersions(packages, from));
  if (extra) hash.update(extra);
  return hash.digest('hex');
}

/** The file a drawing is kept in; `ext` is the file type (png, pdf). */
export const drawnFile = (dir: string, key: string, ext: string): string => join(dir, `${key}.${ext}`);

/** Open (and make) the folder of `ext` files, removing those unused for `maxAgeDays` as of `now`. */
export async function openDrawnCache(dir: string, ext: string, now: Date, maxAgeDays = 30): Promise<DrawnCache> {
  await mkdir(dir, { recursive: true });
  const oldest = now.getTime() - maxAgeDays * 86_400_000;
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => undefined);
    // Drawings unused for long, and any half-written file a stopped build left.
    if (info && (info.mtimeMs < oldest || name.endsWith('.part'))) await unlink(file).catch(() => {});
  }
  // Two pages may share a drawing (two cards with the same title): one drawing serves both.
  const pending = new Map<string, Promise<Uint8Array>>();
  let written = 0;
  const fetchOrDraw = async (key: string, draw: () => Promise<Uint8Array>) => {
    const file = drawnFile(dir, key, ext);
    const kept = await readFile(file).catch(() => undefined);
    if (kept) {
      // Mark it used, so the clean-up keeps it.
      await utimes(file, now, now).catch(() => {});
      return new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength);
    }
    const bytes = await draw();
    // Written beside, then renamed: a build stopped midway never leaves half a file behind.
    const partial = `${file}.${process.pid}-${written++}.part`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return bytes;
  };
  return {
    get(key, draw) {
      let drawing = pending.get(key);
      if (!drawing) {
        drawing = fetchOrDraw(key, draw).finally(() => pending.delete(key));
        pending.set(key, drawing);
      }
      return drawing;
    },
  };
}
