/**
 * npm run check: read every file under src/content/ as the build will, and explain each mistake
 * in Vietnamese and English (file, field, value found, what to write, an example).
 *   npm run check                     the repository's content
 *   npm run check -- --root <folder>  another tree (or PORTICO_ROOT=<folder>)
 *   npm run check -- --allow-placeholders   list placeholders from npm create portico as warnings
 * Exit code 1 when there are problems. PORTICO_NOW (an ISO instant) pins "now" for the
 * "held back until" list, as in the build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatHeldBack, formatHeldBackSummary, formatWarnings, inspectSite } from '../src/check/index.ts';
import { formatReport } from '../src/lib/problems.ts';
import { provinceProblems } from '../src/config/check-step.ts';
import { checkSettingsOf } from '../src/config/load.ts';
import { cacheDirOf } from '../src/lib/cache-dir.ts';
import { destinationProblems, placeholderProblems } from '../src/check/site-rules.ts';
import { PLACEHOLDER_HELP } from '../src/check/placeholders.ts';

function rootFromArgs(argv: readonly string[]): string {
  const at = argv.indexOf('--root');
  if (at >= 0 && argv[at + 1]) return resolve(argv[at + 1]!);
  const inline = argv.find((a) => a.startsWith('--root='));
  if (inline) return resolve(inline.slice('--root='.length));
  if (process.env.PORTICO_ROOT) return resolve(process.env.PORTICO_ROOT);
  return process.cwd();
}

function now(): Date {
  const pinned = process.env.PORTICO_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) {
    console.error(`PORTICO_NOW không phải một thời điểm / is not an ISO instant: ${pinned}`);
    process.exit(2);
  }
  return date;
}

const root = rootFromArgs(process.argv.slice(2));
const allowPlaceholders = process.argv.slice(2).includes('--allow-placeholders');
if (!existsSync(join(root, 'src/content'))) {
  console.error(`Không có thư mục nội dung / There is no content folder: ${join(root, 'src/content')}`);
  process.exit(2);
}
const started = performance.now();
const report = await inspectSite(root, {
  now: now(),
  cacheDir: cacheDirOf(root, 'check'),
  ...(await checkSettingsOf(root)),
});
report.problems.unshift(...(await provinceProblems(root)));
report.problems.push(...(await destinationProblems(root)));
const placeholders = placeholderProblems(root);
if (allowPlaceholders && placeholders.length) {
  console.warn(
    `⚠ ${placeholders.length} tệp còn nội dung mẫu / file(s) still have placeholders:\n` +
      placeholders.map((p) => `  ${p.file}:${p.line} (${p.field})`).join('\n'),
  );
} else report.problems.push(...placeholders);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const held = [...formatHeldBack(report.heldBack), ...formatHeldBackSummary(report.heldBack)];
if (held.length) console.log(held.join('\n'));
const warnings = formatWarnings(report.warnings);
if (warnings.length) console.log(`${warnings.join('\n')}\n`);

if (report.problems.length) {
  console.error(formatReport(report.problems));
  if (placeholders.length && !allowPlaceholders) console.error(['', ...PLACEHOLDER_HELP].join('\n'));
  process.exit(1);
}
const c = report.counts;
console.log(
  `✓ Nội dung hợp lệ / Content OK: ${c.entries} mục / entries (${c.prose} tệp bài / prose files), ${c.records} bản ghi / records, ` +
    `${c.listItems} mục danh sách / list items, ${c.pictures} ảnh / pictures — ${seconds} s`,
);
