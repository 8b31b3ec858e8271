/**
 * Placeholders cannot go live. `npm create portico` writes a complete site whose example text
 * carries the marker [PLACEHOLDER] wherever the province must put its own words (names, texts,
 * coordinates, the logo…). `portico check` lists every file that still has one, with the fields,
 * and `portico build` refuses to publish while any remain unless `--allow-placeholders` is given
 * for a preview. Pure: the caller reads the files and passes their text.
 */
import type { Problem } from '../lib/problems.ts';

/** The marker the create command writes. Matched without regard to case. */
export const PLACEHOLDER_MARKER = '[PLACEHOLDER]';
const MARKER = /\[placeholder\]/i;

/** One marker: where it is and what the template says to write there. */
export interface PlaceholderHit {
  line: number;
  /** The field (dotted, e.g. `agency.address.vi`), `(body)` in a Markdown body, `(file)` otherwise. */
  field: string;
  /** The words after the marker: what to write in its place. */
  hint: string;
}

const KEY = /^\s*(?:-\s+)?["']?([A-Za-z_$][\w$.-]*)["']?\s*:(?!\/)/;
const indentOf = (line: string) => line.length - line.trimStart().length;

/** The dotted key a line belongs to in YAML, JSON or a TypeScript object literal (one key a line). */
function keyPath(lines: readonly string[], index: number): string | undefined {
  const keys: string[] = [];
  let limit = Infinity;
  for (let i = index; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim() || /^\s*(#|\/\/|\*|\/\*)/.test(line)) continue;
    const indent = indentOf(line);
    if (i !== index && indent >= limit) continue;
    const match = KEY.exec(line);
    if (match) {
      keys.unshift(match[1]!);
      limit = indent;
      if (indent === 0) break;
    } else if (i === index) limit = indent + 1;
  }
  return keys.length ? keys.join('.') : undefined;
}

/** What follows the marker on its line, without quotes, commas or comment ends. */
function hintAfter(line: string): string {
  const at = line.search(MARKER);
  return line
    .slice(at + PLACEHOLDER_MARKER.length)
    .split(/-->|\*\//)[0]!
    .replace(/["'`,;]*\s*$/, '')
    .replace(/^[\s:—–-]+/, '')
    .trim();
}

/** Every marker in a file's text. `file` decides how fields are named (Markdown front matter and body). */
export function findPlaceholders(file: string, text: string): PlaceholderHit[] {
  const lines = text.split(/\r?\n/);
  const markdown = /\.mdx?$/.test(file);
  let frontmatterEnd = -1;
  if (markdown && lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    frontmatterEnd = close < 0 ? lines.length : close;
  }
  const structured = /\.(ya?ml|json|geojson|ts|mts|js|mjs)$/.test(file);
  const hits: PlaceholderHit[] = [];
  lines.forEach((line, index) => {
    if (!MARKER.test(line)) return;
    let field: string;
    if (markdown && index > frontmatterEnd) field = '(body)';
    else if (markdown) field = keyPath(lines.slice(1, frontmatterEnd), index - 1) ?? '(frontmatter)';
    else if (structured) field = keyPath(lines, index) ?? '(file)';
    else field = '(file)';
    hits.push({ line: index + 1, field, hint: hintAfter(line) });
  });
  return hits;
}

/** One problem per file that still has markers: its fields, the first hint, the first line. */
export function placeholderProblem(file: string, hits: readonly PlaceholderHit[]): Problem {
  const fields = [...new Set(hits.map((h) => h.field))];
  const first = hits[0]!;
  const n = hits.length;
  return {
    file,
    field: fields.join(', '),
    line: first.line,
    found: JSON.stringify(first.hint ? `${PLACEHOLDER_MARKER} ${first.hint}` : PLACEHOLDER_MARKER),
    vi:
      `Còn ${n} chỗ nội dung mẫu ${PLACEHOLDER_MARKER} (dòng ${hits.map((h) => h.line).join(', ')}). ` +
      `Viết nội dung thật của tỉnh vào đó rồi xóa dấu ${PLACEHOLDER_MARKER}; mục mẫu không dùng đến thì xóa cả tệp (và các bản dịch của nó). ` +
      'Trang không được xuất bản khi còn nội dung mẫu.',
    en:
      `${n} placeholder(s) ${PLACEHOLDER_MARKER} left (line ${hits.map((h) => h.line).join(', ')}). ` +
      `Write the province's real text there and delete the ${PLACEHOLDER_MARKER} marker; delete an example entry you do not need (with its translations). ` +
      'The site cannot be published while placeholders remain.',
  };
}

/** The last lines of a report that lists placeholders: how to preview anyway. */
export const PLACEHOLDER_HELP = [
  `Xem trước khi còn nội dung mẫu: npm run build -- --allow-placeholders (mỗi trang có dải "Bản xem trước").`,
  `To preview while placeholders remain: npm run build -- --allow-placeholders (every page then shows a "Preview" banner).`,
];
