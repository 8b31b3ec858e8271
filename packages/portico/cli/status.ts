/**
 * npm run status [-- --json]: where the translations stand.
 *  - every prose entry in every language: gốc/source, ✓ done, cũ/outdated (the source changed
 *    after the translation), thiếu/missing, or không gốc/no source;
 *  - UI keys missing from one of src/i18n/{vi,en,zh}.json;
 *  - glossary terms marked `unconfirmed` (src/content/glossary.yaml): every use, and every place
 *    written another way, for a translator to decide (confirmed terms are `portico check` errors);
 *  - per language, the entries that state figures (amounts, percentages, areas, money, document
 *    numbers) and cite no source (`sources`, `source`, `legalBasis` or footnotes).
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
import { COLLECTIONS, PROSE_COLLECTIONS } from '../src/collections/index.ts';
import { checkEditorial, glossaryTerms, type DataFile, type EntryFiles } from '../src/check/editorial.ts';
import { unsourcedEntries } from '../src/check/sources.ts';
import { LOCALE_CODES, isLocale, type Locale } from '../src/i18n/locales.ts';
import {
  entryStatuses,
  formatStatusTable,
  missingUiKeys,
  stateCounts,
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

function glossary() {
  try {
    const data = yaml.load(readFileSync(join(root, 'src/content/glossary.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA });
    return data && typeof data === 'object' ? glossaryTerms(data as Record<string, unknown>) : [];
  } catch {
    return [];
  }
}

/** The YAML lists and records whose strings are text for readers (captions, names, titles). */
function dataFiles(): DataFile[] {
  const out: DataFile[] = [];
  const read = (abs: string) => out.push({ file: rel(abs), text: readFileSync(abs, 'utf8') });
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    if (name === 'glossary' || name === 'redirects') continue;
    if (spec.layout === 'list' && existsSync(join(root, 'src/content', `${name}.yaml`)))
      read(join(root, 'src/content', `${name}.yaml`));
    if (spec.layout === 'records' && existsSync(join(root, 'src/content', name)))
      for (const f of readdirSync(join(root, 'src/content', name))
        .filter((f) => f.endsWith('.yaml'))
        .sort())
        read(join(root, 'src/content', name, f));
  }
  return out;
}

/** The prose files as entries in their languages, for the checks across languages. */
function entriesOf(files: readonly ProseFileInfo[]): EntryFiles[] {
  const groups = new Map<string, EntryFiles>();
  for (const f of files) {
    const key = `${f.collection}/${f.name}`;
    const entry = groups.get(key) ?? { sourceLocale: 'vi', byLocale: {} };
    if (f.sourceLocale) entry.sourceLocale = f.sourceLocale;
    entry.byLocale[f.locale] = {
      file: f.file,
      locale: f.locale,
      text: f.text,
      draft: /^draft:\s*true\s*$/m.test(f.text),
    };
    groups.set(key, entry);
  }
  return [...groups.values()];
}

const files = proseFiles();
const statuses = entryStatuses(files);
const counts = stateCounts(statuses);
const uiKeys = missingUiKeys(
  Object.fromEntries(LOCALE_CODES.map((l) => [l, readJson(join(root, 'src/i18n', `${l}.json`))])),
);
const toDecide = checkEditorial({ entries: entriesOf(files), glossary: glossary(), data: dataFiles() }).toDecide;
const unsourced = unsourcedEntries(files);

if (asJson) {
  console.log(
    JSON.stringify(
      {
        entries: statuses,
        counts,
        uiKeys,
        glossary: toDecide,
        unsourced: unsourced.map((u) => ({ file: u.file, locale: u.locale, figures: u.figures.map((f) => f.text) })),
      },
      null,
      2,
    ),
  );
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

  out.push(
    '',
    'Thuật ngữ chưa xác nhận, nơi dùng / Unconfirmed glossary terms, where used (src/content/glossary.yaml)',
  );
  if (toDecide.length) {
    const byTerm = new Map<string, typeof toDecide>();
    for (const f of toDecide) byTerm.set(f.term, [...(byTerm.get(f.term) ?? []), f]);
    for (const [term, findings] of byTerm) {
      const renderings = LOCALE_CODES.flatMap((l) => {
        const f = findings.find((x) => x.locale === l);
        return f ? [`${l} "${f.expected}"`] : [];
      });
      out.push(`  ${term}: ${renderings.join(' · ')}`);
      for (const f of findings) {
        const where = `${f.file}:${f.line}`;
        out.push(f.kind === 'use' ? `    ${where}` : `    ${where}  "${f.found}" ≠ "${f.expected}" (${f.kind})`);
      }
    }
    out.push(
      '  → Xác nhận cách viết (hoặc sửa glossary.yaml) rồi bỏ `unconfirmed: true`; từ đó "npm run check" báo mọi chỗ viết khác.',
      '  → Confirm the rendering (or correct glossary.yaml), then remove `unconfirmed: true`; "npm run check" then reports every other spelling.',
    );
  } else out.push('  ✓ không có thuật ngữ nào chờ xác nhận / no term waits for a decision');

  out.push('', 'Số liệu chưa có nguồn / Figures without a source');
  if (unsourced.length) {
    for (const locale of LOCALE_CODES) {
      const mine = unsourced.filter((u) => u.locale === locale);
      if (!mine.length) continue;
      out.push(`  ${locale}: ${mine.length} mục / entries`);
      for (const u of mine) {
        const shown = u.figures.slice(0, 3).map((f) => f.text);
        const more = u.figures.length > 3 ? `, … (+${u.figures.length - 3})` : '';
        out.push(`    ${u.file}: ${shown.join(', ')}${more}`);
      }
    }
    out.push(
      '  → Ghi nguồn trong trường `sources:` (title, url, date, accessed) hoặc chú thích [^1] trong bài.',
      '  → Cite the source in `sources:` (title, url, date, accessed) or with a footnote [^1] in the text.',
    );
  } else out.push('  ✓ mọi số liệu đều có nguồn / every figure has a source');
  console.log(out.join('\n'));
}
