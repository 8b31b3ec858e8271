/**
 * The search index's last step: each language's index, written on its own into
 * <outDir>/.pagefind-languages/<lang>/ (see index-worker.ts), goes into <outDir>/pagefind/ with one
 * pagefind-entry.json listing them all, as Pagefind itself writes it for a multi-language site.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
      if (name === 'pagefind-entry.json' || name === '.digest' || name === '.pages' || UNUSED.includes(name)) continue;
      await cp(join(dir, name), join(output, name), { recursive: true, force: true });
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
