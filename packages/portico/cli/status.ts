/**
 * npm run status [-- --json]: where the translations stand.
 *  - every prose entry in every language: gốc/source, ✓ done, cũ/outdated (the source changed
 *    after the translation), thiếu/missing, or không gốc/no source;
 *  - UI keys missing from one of src/i18n/{vi,en,zh}.json;
 *  - glossary terms (src/content/glossary.yaml) used in a Vietnamese source whose translation
 *    does not use the glossary's English or Chinese rendering.
 *
 * "When a file changed" is the time of its last git commit (`git log -1 --format=%ct`, read for
 * all files with one `git log`); a file that is new or modified and not committed yet counts by
 * its modification time (mtime) on disk, and so does everything when git is not available.
 * PORTICO_ROOT (or --root <folder>) points it at another tree.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PROSE_COLLECTIONS, type ProseCollection } from '../src/collections/index.ts';
import { LOCALE_CODES, isLocale } from '../src/i18n/locales.ts';
import { readContent, type ProseFile } from '../src/check/reading.ts';
import {
  entryStatuses,
  formatStatusTable,
  glossaryMisses,
  missingUiKeys,
  stateCounts,
  type GlossaryTerm,
  type ProseFileInfo,
} from '../src/lib/translation-status.ts';

const argv = process.argv.slice(2);
const rootArg = argv.includes('--root') ? argv[argv.indexOf('--root') + 1] : undefined;
const root = resolve(rootArg ?? process.env.PORTICO_ROOT ?? process.cwd());
const asJson = argv.includes('--json');
const rel = (abs: string) => relative(root, abs).split(sep).join('/');

function git(args: string[]): string | undefined {
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

/** Last commit time (ms) of every committed file under src/content, from one `git log`. */
function commitTimes(): Map<string, number> {
  const times = new Map<string, number>();
  const top = git(['rev-parse', '--show-toplevel'])?.trim();
  const log = git(['log', '--format=%x00%ct', '--name-only', '--', 'src/content']);
  if (!top || !log) return times;
  let current = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) current = Number(line.slice(1)) * 1000;
    else if (line.trim()) {
      const file = relative(root, join(top, line.trim())).split(sep).join('/');
      if (!times.has(file)) times.set(file, current); // newest first: the first time seen is the last commit
    }
  }
  // Files changed since their last commit (or never committed) count by mtime.
  const dirty = git(['status', '--porcelain', '-z', '--untracked-files=all', '--', 'src/content']) ?? '';
  for (const entry of dirty.split('\0')) {
    const file = entry.slice(3);
    if (file) times.delete(relative(root, join(top, file)).split(sep).join('/'));
  }
  return times;
}

const committed = commitTimes();
const changedAt = (abs: string): number => committed.get(rel(abs)) ?? statSync(abs).mtimeMs;

/** Prose files and the glossary, read by the content check's reader (src/check/reading.ts). */
const content = readContent(root, { only: [...PROSE_COLLECTIONS, 'glossary'] });

function proseFiles(): ProseFileInfo[] {
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
        changedAt: changedAt(f.abs),
        text: f.source,
      };
    });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

function glossary(): GlossaryTerm[] {
  const list = content.files.find((f) => f.kind === 'list' && f.collection === 'glossary');
  const data = list?.kind === 'list' && list.yaml.ok ? list.yaml.value : undefined;
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data as Record<string, Record<string, unknown>>)
    .filter(([, t]) => t && typeof t.vi === 'string' && typeof t.en === 'string' && typeof t.zh === 'string')
    .map(([id, t]) => ({ id, vi: t.vi as string, en: t.en as string, zh: t.zh as string }));
}

const files = proseFiles();
const statuses = entryStatuses(files);
const counts = stateCounts(statuses);
const uiKeys = missingUiKeys(
  Object.fromEntries(LOCALE_CODES.map((l) => [l, readJson(join(root, 'src/i18n', `${l}.json`))])),
);
const terms = glossaryMisses(files, glossary());

if (asJson) {
  console.log(JSON.stringify({ entries: statuses, counts, uiKeys, glossary: terms }, null, 2));
} else {
  const out: string[] = [];
  out.push('Bản dịch / Translations', '');
  out.push(statuses.length ? formatStatusTable(statuses) : '(chưa có bài / no entries yet)');
  out.push(
    '',
    `✓ ${counts.done} xong/done · ${counts.outdated} cũ/outdated · ${counts.missing} thiếu/missing · ${counts.orphan} không gốc/no source`,
    '"cũ/outdated": bản gốc được sửa sau bản dịch (theo lần commit cuối, hoặc giờ sửa tệp nếu chưa commit).',
    '"outdated": the source changed after the translation (last commit, or file time if not committed).',
  );
  out.push('', 'Chuỗi giao diện / UI strings (src/i18n/*.json)');
  if (uiKeys.length) for (const k of uiKeys) out.push(`  ${k.key}: thiếu/missing in ${k.missingIn.join(', ')}`);
  else out.push('  ✓ đủ cả ba ngôn ngữ / complete in all three languages');
  out.push('', 'Thuật ngữ / Glossary (src/content/glossary.yaml)');
  if (terms.length) {
    for (const m of terms) out.push(`  ${m.file}: "${m.vi}" → cần / expected "${m.expected}" (${m.term})`);
  } else out.push('  ✓ các bản dịch dùng đúng thuật ngữ / translations use the glossary renderings');
  console.log(out.join('\n'));
}
