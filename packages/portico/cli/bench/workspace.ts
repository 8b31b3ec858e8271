/**
 * The benchmark's isolated copy of the project: bench/.work/site-<n>/ holds copies of the
 * configuration, scripts/, public/ and src/ (without src/content/), a node_modules/ folder whose
 * entries link to the project's packages (so Astro's and Vite's caches, node_modules/.astro and
 * .vite, stay inside the copy), and a generated src/content/. The project's own files are only read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { GenCollection } from './corpus.ts';

/** Files and folders of the project root the copy needs. */
const ROOT_FILES = ['astro.config.ts', 'province.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
const ROOT_DIRS = ['scripts', 'public'];
/** Lists copied as they are: facts the calendar and the glossary need, not generated. */
const COPIED_LISTS = ['calendar-dates.yaml', 'diplomatic-relations.yaml', 'glossary.yaml', 'contacts.yaml'];

/** Which prose collections have pages, from the PROVIDERS list of src/data/routes.ts. */
export function routedCollections(routesSource: string): GenCollection[] {
  const list = /const PROVIDERS[^=]*=\s*\[([^\]]*)\]/.exec(routesSource)?.[1] ?? '';
  const providers = new Set(
    list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const out: GenCollection[] = ['pages'];
  if (providers.has('pressRoutes')) out.push('news', 'press-kits');
  if (providers.has('visitRoutes')) out.push('destinations', 'festivals');
  if (providers.has('cultureRoutes')) out.push('culture');
  if (providers.has('investRoutes')) out.push('sectors', 'zones', 'opportunities', 'incentives');
  return out;
}

/** A section's URL segments from a route module, e.g. VISIT_SEGMENTS.destinations → { vi, en, zh }. */
export function segmentsIn(source: string, key: string): { vi: string; en: string; zh: string } | undefined {
  const m = new RegExp(`\\b${key}:\\s*\\{\\s*vi:\\s*'([^']+)',\\s*en:\\s*'([^']+)',\\s*zh:\\s*'([^']+)'`).exec(source);
  return m ? { vi: m[1]!, en: m[2]!, zh: m[3]! } : undefined;
}

/** Make (or refresh) the copy of the project at `dir`, with an empty src/content/ but the copied lists. */
export function makeWorkspace(projectRoot: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
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
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
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

/** The caches a clean build starts without (never follows a link: every path is inside the copy). */
export function clearCaches(dir: string): void {
  for (const sub of ['.astro', 'dist', '.build', join('node_modules', '.astro'), join('node_modules', '.vite')]) {
    rmSync(join(dir, sub), { recursive: true, force: true });
  }
}
