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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { PROSE_COLLECTIONS } from '../src/collections/index.ts';
import { LOCALE_CODES, isLocale, type Locale } from '../src/i18n/locales.ts';
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

function proseFiles(): ProseFileInfo[] {
  const files: ProseFileInfo[] = [];
  for (const collection of PROSE_COLLECTIONS) {
    for (const locale of LOCALE_CODES) {
      const dir = join(root, 'src/content', collection, locale);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .sort()) {
        const abs = join(dir, name);
        const text = readFileSync(abs, 'utf8');
        let sourceLocale: Locale | undefined;
        const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        try {
          const data = fm ? (yaml.load(fm[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> | null) : null;
          if (data && isLocale(data.sourceLocale)) sourceLocale = data.sourceLocale;
        } catch {
          /* npm run check reports malformed frontmatter */
        }
        files.push({
          collection,
          name: name.replace(/\.mdx?$/, ''),
          locale,
          file: rel(abs),
          sourceLocale,
          changedAt: changedAt(abs),
          text,
        });
      }
    }
  }
  return files;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

function glossary(): GlossaryTerm[] {
  try {
    const data = yaml.load(readFileSync(join(root, 'src/content/glossary.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA });
    if (!data || typeof data !== 'object') return [];
    return Object.entries(data as Record<string, Record<string, unknown>>)
      .filter(([, t]) => t && typeof t.vi === 'string' && typeof t.en === 'string' && typeof t.zh === 'string')
      .map(([id, t]) => ({ id, vi: t.vi as string, en: t.en as string, zh: t.zh as string }));
  } catch {
    return [];
  }
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
