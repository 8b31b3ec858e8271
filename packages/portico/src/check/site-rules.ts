/**
 * The checks that need the whole site rather than one content file: placeholders left from
 * `npm create portico` (./placeholders.ts) and destinations outside the province's outline
 * (./places.ts). `portico check` prints them with the content check's problems; `portico build`
 * runs them before Astro, so the build stops with the same messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { lineOf, readContent, type ProseFile } from './reading.ts';
import { findPlaceholders, placeholderProblem, PLACEHOLDER_HELP } from './placeholders.ts';
import { placesOutsideOutline, type PlacedEntry } from './places.ts';
import { CONFIG_FILE, readSiteConfig } from '../config/load.ts';
import { EditorError } from '../lib/editor-error.ts';
import { formatReport, type Problem } from '../lib/problems.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import type { BuildStep } from '../build/steps.ts';

/** Text files of a site where a placeholder can be left. */
const SCANNED = new Set(['.md', '.mdx', '.yaml', '.yml', '.json', '.geojson', '.svg', '.ts', '.astro', '.css', '.txt']);

const rel = (root: string, abs: string) => relative(root, abs).split(sep).join('/');

function* textFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(abs);
    // READMEs explain the marker; they are not published.
    else if (entry.isFile() && SCANNED.has(extname(entry.name)) && !/^readme\b/i.test(entry.name)) yield abs;
  }
}

/** Every file of the site (its configuration and src/) that still has a placeholder marker. */
export function placeholderProblems(root: string): Problem[] {
  const files = [join(root, CONFIG_FILE), ...textFiles(join(root, 'src'))].filter((f) => existsSync(f));
  const problems: Problem[] = [];
  for (const abs of files) {
    const file = rel(root, abs);
    const hits = findPlaceholders(file, readFileSync(abs, 'utf8'));
    if (hits.length) problems.push(placeholderProblem(file, hits));
  }
  return problems;
}

/** The coordinates written in each destination file (any language, drafts too). */
function destinationCoordinates(root: string): PlacedEntry[] {
  const entries: PlacedEntry[] = [];
  const files = readContent(root, { only: ['destinations'] })
    .files.filter((f): f is ProseFile => f.kind === 'prose')
    .sort((a, b) => LOCALE_CODES.indexOf(a.locale) - LOCALE_CODES.indexOf(b.locale));
  for (const entry of files) {
    // The content check reports front matter that is missing or does not parse.
    if (entry.front.status !== 'ok' || !entry.front.yaml.ok) continue;
    const c = (entry.front.yaml.value as { coordinates?: { lat?: unknown; lon?: unknown } } | null)?.coordinates;
    if (typeof c?.lat !== 'number' || typeof c.lon !== 'number') continue; // the schema reports it
    const at = lineOf(entry.front.text.split(/\r?\n/), ['coordinates']);
    entries.push({ file: entry.file, lat: c.lat, lon: c.lon, ...(at ? { line: at + 1 } : {}) });
  }
  return entries;
}

/** Destinations whose coordinates lie outside the outline the site's configuration names. */
export async function destinationProblems(root: string): Promise<Problem[]> {
  if (!existsSync(join(root, CONFIG_FILE))) return [];
  const result = await readSiteConfig(root);
  if (!result.ok) return []; // the configuration's own problems are reported by the province check
  const { province, outline } = result.config;
  return placesOutsideOutline(destinationCoordinates(root), outline, province.name, province.map.outline);
}

/** Before Astro: stop on placeholders (or, with --allow-placeholders, warn and mark every page as a preview). */
export const placeholderCheckStep: BuildStep = {
  name: 'placeholders',
  run: async ({ root, log, allowPlaceholders }) => {
    const problems = placeholderProblems(root);
    if (!problems.length) return;
    if (!allowPlaceholders) throw new EditorError([formatReport(problems), '', ...PLACEHOLDER_HELP].join('\n'));
    log(
      `⚠ ${problems.length} tệp còn nội dung mẫu / file(s) still have placeholders: ${problems.map((p) => p.file).join(', ')}`,
    );
    log('⚠ Bản xem trước: mỗi trang có dải "Bản xem trước" / A preview: every page shows a "Preview" banner.');
    process.env.PORTICO_PREVIEW = '1';
  },
};

/** Before Astro: destinations outside the outline, with the file and field. */
export const destinationCheckStep: BuildStep = {
  name: 'destinations in the outline',
  run: async ({ root }) => {
    const problems = await destinationProblems(root);
    if (problems.length) throw new EditorError(formatReport(problems));
  },
};
