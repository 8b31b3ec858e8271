/**
 * Files unchanged since the last sync are not parsed again. Astro's glob loader reads every file
 * of a collection at every build and parses its front matter (or YAML) before it looks at the
 * file's digest, only to find the stored entry the same and keep it: in a rebuild of 3,267 files
 * where one changed, about half a second of YAML parsing thrown away before the first page.
 *
 * Wrapped around a glob loader whose ids come from the file's path only (`generateId` never reads
 * the data), each entry type's parse is skipped for a file whose stored entry, under the id the
 * loader will give it, has the file's digest: the loader then keeps that entry as it is and reads
 * nothing of what the parse returned. Any other file (new, changed, or stored under another id)
 * is parsed as before.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { wrapEntryInfo } from './nfc.ts';

export interface PathIds {
  /** The collection's folder, relative to the site's folder (as given to glob()). */
  base: string;
  /** The id of a file from its path relative to `base` (as given to glob()). */
  generateId: (options: { entry: string; base: URL; data: Record<string, unknown> }) => string;
}

/** The same loader, skipping the parse of files whose stored entry is current. */
export function keepUnchanged(loader: Loader, { base, generateId }: PathIds): Loader {
  return wrapEntryInfo(loader, (parse, { config, store, generateDigest }) => {
    const root = fileURLToPath(config.root);
    const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
    const baseDir = fileURLToPath(baseUrl);
    const posix = (from: string, file: string) => relative(from, file).split(sep).join('/');
    return (params) => {
      const file = fileURLToPath(params.fileUrl);
      const stored = store.get(String(generateId({ entry: posix(baseDir, file), base: baseUrl, data: {} })));
      const current =
        stored !== undefined &&
        stored.filePath === posix(root, file) &&
        stored.digest === generateDigest(params.contents);
      return current ? { data: {}, body: '' } : parse(params);
    };
  });
}
