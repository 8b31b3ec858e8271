/**
 * The prose files as the translation status sees them: every entry in every language with when it
 * last changed. One reader for `portico status` and the editor's status page (/admin/status/),
 * which needs only the entries' states: the build reads them here, in the editor's own process,
 * without the glossary and figure checks `portico status` adds for translators.
 *
 * "When a file changed" is the time of its last git commit (`git log -1 --format=%ct`, read for
 * all files with one `git log`); a file that is new or modified and not committed yet counts by
 * its modification time (mtime) on disk, and so does everything when git is not available.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, PROSE_COLLECTIONS, type CollectionName, type ProseCollection } from '../collections/index.ts';
import { LOCALE_CODES, isLocale } from '../i18n/locales.ts';
import { entryStatuses, type EntryStatus, type ProseFileInfo } from '../lib/translation-status.ts';
import { readContent, type ContentTree, type ProseFile } from './reading.ts';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** Last commit time (ms) of every committed, unmodified file under src/content, from one `git log`. */
function commitTimes(root: string): Map<string, number> {
  const times = new Map<string, number>();
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  const log = git(root, ['log', '--format=%x00%ct', '--name-only', '--', 'src/content']);
  if (!top || !log) return times;
  const rel = (file: string) => relative(root, join(top, file)).split(sep).join('/');
  let current = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) current = Number(line.slice(1)) * 1000;
    else if (line.trim()) {
      const file = rel(line.trim());
      if (!times.has(file)) times.set(file, current); // newest first: the first time seen is the last commit
    }
  }
  // Files changed since their last commit (or never committed) count by mtime.
  const dirty = git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'src/content']) ?? '';
  for (const entry of dirty.split('\0')) {
    const file = entry.slice(3);
    if (file) times.delete(rel(file));
  }
  return times;
}

/** The content as `portico status` reads it (the content check's reader; pictures are only listed). */
export const readStatusContent = (root: string): ContentTree =>
  readContent(root, { only: Object.keys(COLLECTIONS) as CollectionName[] });

/** Every prose file with its language, declared source language and last change, in a stable order. */
export function proseFiles(root: string, content: ContentTree = readStatusContent(root)): ProseFileInfo[] {
  const committed = commitTimes(root);
  const changedAt = (f: ProseFile): number => committed.get(f.file) ?? statSync(f.abs).mtimeMs;
  const order = (f: ProseFile) =>
    [PROSE_COLLECTIONS.indexOf(f.collection as ProseCollection), LOCALE_CODES.indexOf(f.locale)] as const;
  return content.files
    .filter((f): f is ProseFile => f.kind === 'prose')
    .sort((a, b) => {
      const [ca, la] = order(a);
      const [cb, lb] = order(b);
      return ca - cb || la - lb || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    })
    .map((f) => {
      const data = f.front.status === 'ok' && f.front.yaml.ok ? f.front.yaml.value : undefined;
      // npm run check reports malformed front matter.
      const declared = data && typeof data === 'object' ? (data as Record<string, unknown>).sourceLocale : undefined;
      return {
        collection: f.collection as ProseCollection,
        name: f.name,
        locale: f.locale,
        file: f.file,
        sourceLocale: isLocale(declared) ? declared : undefined,
        changedAt: changedAt(f),
        text: f.source,
      };
    });
}

/** Where each entry's translations stand (the editor's status page). */
export const translationEntries = (root: string): EntryStatus[] => entryStatuses(proseFiles(root));
