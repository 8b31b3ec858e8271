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
 * "When a file changed": its last commit, or its modification time when it is not committed
 * (src/check/translations.ts, shared with the editor's status page). PORTICO_ROOT (or --root
 * <folder>) points it at another tree.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CollectionName } from '../src/collections/index.ts';
import { checkEditorial, glossaryTerms, type DataFile, type EntryFiles } from '../src/check/editorial.ts';
import { proseFiles, readStatusContent } from '../src/check/translations.ts';
import { unsourcedEntries } from '../src/check/sources.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
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

/** Collections whose YAML is not text for readers: the glossary itself and address redirects. */
const NOT_TEXT: readonly CollectionName[] = ['glossary', 'redirects'];

/** The content, read by the content check's reader (src/check/reading.ts); pictures are only listed. */
const content = readStatusContent(root);

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

const files = proseFiles(root, content);
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
