/**
 * The search index's last step: each language's index, written on its own into
 * <outDir>/.pagefind-languages/<lang>/ (see index-worker.ts), goes into <outDir>/pagefind/ with one
 * pagefind-entry.json listing them all, as Pagefind itself writes it for a multi-language site.
 */
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files Pagefind writes for its ready-made interfaces; the site has its own, so they go. */
export const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The scratch folder each language's index is written into before the merge. */
export const scratchOf = (outDir: string): string => join(outDir, '.pagefind-languages');

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

/** Merge the languages' indexes in the scratch folder into <outDir>/pagefind/, then remove it. */
export async function mergeLanguageIndexes(outDir: string, languages: readonly string[]): Promise<void> {
  const output = join(outDir, 'pagefind');
  const scratch = scratchOf(outDir);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  const entry: Entry = { version: '', languages: {} };
  for (const lang of [...languages].sort()) {
    const dir = join(scratch, lang);
    const own = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
    entry.version = own.version;
    if (own.include_characters) entry.include_characters = own.include_characters;
    Object.assign(entry.languages, own.languages);
    for (const name of await readdir(dir)) {
      if (name === 'pagefind-entry.json' || name === '.pages' || UNUSED.includes(name)) continue;
      await moveInto(join(dir, name), join(output, name));
    }
  }
  await rm(scratch, { recursive: true, force: true });
  if (languages.length) {
    // Key order as Pagefind writes it: languages sorted, then the characters it keeps in words.
    const merged: Entry = { version: entry.version, languages: {} };
    for (const lang of Object.keys(entry.languages).sort()) merged.languages[lang] = entry.languages[lang];
    if (entry.include_characters) merged.include_characters = entry.include_characters;
    await writeFile(join(output, 'pagefind-entry.json'), JSON.stringify(merged));
  }
}

/**
 * Move a file or folder to `to`; a folder already there (the languages share fragment/, index/
 * and filter/) gets `from`'s files moved into it, replacing files of the same name. The scratch
 * folder is inside the output folder, so this renames, never copies.
 */
async function moveInto(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EISDIR') throw error;
    for (const name of await readdir(from)) await moveInto(join(from, name), join(to, name));
  }
}

/**
 * A copy of the folder `from` at `to` whose files are hard links to `from`'s (copied where the
 * file system cannot link them): an index's files are only ever written new and removed, never
 * changed in place, so the cached index and the built one can share them. A cached language
 * reused by a build, or a newly written one kept for the next build, then costs one link per
 * file instead of a copy of several megabytes in over a thousand files.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  await Promise.all(
    (await readdir(from, { withFileTypes: true })).map(async (entry) => {
      const [source, target] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) return linkTree(source, target);
      await link(source, target).catch(() => copyFile(source, target));
    }),
  );
}
