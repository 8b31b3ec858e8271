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
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { COLLECTIONS, PROSE_COLLECTIONS, type CollectionName, type ProseCollection } from '../src/collections/index.ts';
import { checkEditorial, glossaryTerms, type DataFile, type EntryFiles } from '../src/check/editorial.ts';
import { readContent, type ProseFile } from '../src/check/reading.ts';
import { unsourcedEntries } from '../src/check/sources.ts';
import { LOCALE_CODES, isLocale } from '../src/i18n/locales.ts';
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

/** Collections whose YAML is not text for readers: the glossary itself and address redirects. */
const NOT_TEXT: readonly CollectionName[] = ['glossary', 'redirects'];

/** The content, read by the content check's reader (src/check/reading.ts); pictures are only listed. */
const content = readContent(root, { only: Object.keys(COLLECTIONS) as CollectionName[] });

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

/** The glossary, as the check reads it (src/check/editorial.ts). */
function glossary() {
  const list = content.files.find((f) => f.kind === 'list' && f.collection === 'glossary');
  const data = list?.kind === 'list' && list.yaml.ok ? list.yaml.value : undefined;
  return data && typeof data === 'object' ? glossaryTerms(data as Record<string, unknown>) : [];
}

/** The YAML lists and records whose strings are text for readers (captions, names, titles). */
function dataFiles(): DataFile[] {
  return content.files.flatMap((f) =>
    (f.kind === 'list' || f.kind === 'record') && !NOT_TEXT.includes(f.collection)
      ? [{ file: f.file, text: f.text }]
      : [],
  );
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
