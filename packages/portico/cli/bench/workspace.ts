/**
 * The benchmark's isolated copy of the project: bench/.work/site-<n>/ holds copies of the
 * configuration, scripts/, public/ and src/ (without src/content/), a node_modules/ folder whose
 * entries link to the project's packages (so Astro's and Vite's caches, node_modules/.astro and
 * .vite, stay inside the copy), and a generated src/content/. The project's own files are only read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { GenCollection } from './corpus.ts';
import { SECTION_SPECS } from '../../src/sections/index.ts';
import { remove } from './trash.ts';

/** Files and folders of the project root the copy needs. */
const ROOT_FILES = ['astro.config.ts', 'province.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
const ROOT_DIRS = ['scripts', 'public'];
// The engine comes through node_modules/portico (a link to the workspace package).
/** Lists copied as they are: facts the calendar and the glossary need, not generated. */
const COPIED_LISTS = [
  'calendar-dates.yaml',
  'diplomatic-relations.yaml',
  'glossary.yaml',
  'contacts.yaml',
  'figures.yaml',
  'figure-charts.yaml',
];

/** Which prose collections have pages: `pages` and every section's entry collections. */
export function routedCollections(): GenCollection[] {
  return ['pages', ...SECTION_SPECS.flatMap((s) => s.entryCollections)] as GenCollection[];
}

/** Make (or refresh) the copy of the project at `dir`, with an empty src/content/ but the copied lists. */
export function makeWorkspace(projectRoot: string, dir: string): void {
  remove(dir);
  mkdirSync(dir, { recursive: true });
  for (const file of ROOT_FILES)
    if (existsSync(join(projectRoot, file))) cpSync(join(projectRoot, file), join(dir, file));
  for (const sub of ROOT_DIRS)
    if (existsSync(join(projectRoot, sub)))
      cpSync(join(projectRoot, sub), join(dir, sub), {
        recursive: true,
        filter: (src) => !src.includes(`${join(projectRoot, 'scripts')}/.scratch`),
      });
  const content = join(projectRoot, 'src', 'content');
  cpSync(join(projectRoot, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (src) => src !== content && !src.startsWith(`${content}/`),
  });
  mkdirSync(join(dir, 'src', 'content'), { recursive: true });
  for (const list of COPIED_LISTS) {
    const from = join(projectRoot, 'src', 'content', list);
    if (existsSync(from)) cpSync(from, join(dir, 'src', 'content', list));
  }
  // node_modules: one link per package; the folder itself is real so caches stay in the copy.
  // (A site not installed yet, such as the engine's fixture site before its first build: none.)
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  const installed = join(projectRoot, 'node_modules');
  for (const entry of existsSync(installed) ? readdirSync(installed) : []) {
    if (entry.startsWith('.')) continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry), 'dir');
  }
  const bin = join(projectRoot, 'node_modules', '.bin');
  if (existsSync(bin)) symlinkSync(bin, join(modules, '.bin'), 'dir');
}

/** Contacts of the copied contacts.yaml (id and kind), for references. */
export function readContacts(dir: string): { id: string; kind: string }[] {
  const file = join(dir, 'src', 'content', 'contacts.yaml');
  if (!existsSync(file)) return [];
  const data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    { kind?: string }
  > | null;
  return Object.entries(data ?? {}).map(([id, c]) => ({ id, kind: String(c?.kind ?? 'general') }));
}

/** Write a file under the copy, creating folders. */
export function writeUnder(dir: string, relative: string, data: string | Uint8Array): void {
  const abs = join(dir, relative);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, data);
}

/** Everything a Portico build leaves behind that a later build could reuse (relative to the site). */
export const PORTICO_CACHES = [
  '.astro',
  'dist',
  '.build',
  'node_modules/.astro',
  'node_modules/.vite',
  'node_modules/.cache',
] as const;

/** The caches a clean build starts without (never follows a link: every path is inside the copy). */
export function clearCaches(dir: string): void {
  for (const sub of PORTICO_CACHES) remove(join(dir, sub));
}
