/**
 * portico outline <boundary.geojson> [--out src/map/outline.geojson] [--tolerance <degrees>]
 *                 [--max-points 150] [--precision 4]
 *
 * Simplifies a detailed boundary (from the national administrative boundary data, OpenStreetMap,
 * geoBoundaries…) to the outline the Visit map needs and writes it in Portico's format
 * (src/sections/visit/outline.ts). Reports how many points it kept. When the file it writes
 * already has border, neighbour or inset features and the input has none, they are kept.
 * The output is checked as `portico check` checks it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OutlineInputError, simplifyOutline } from '../src/sections/visit/simplify-outline.ts';
import { parseOutline } from '../src/sections/visit/outline.ts';

const USAGE = [
  'Cách dùng / Usage: portico outline <ranh-gioi.geojson> [--out src/map/outline.geojson] [--tolerance 0.002] [--max-points 150] [--precision 4]',
  '  --out         tệp kết quả / where to write the outline (mặc định / default: src/map/outline.geojson)',
  '  --tolerance   dung sai đơn giản hóa, độ / simplification tolerance in degrees (mặc định: tự chọn / default: chosen)',
  '  --max-points  số điểm tối đa khi tự chọn dung sai / most points kept when the tolerance is chosen (150)',
  '  --precision   số chữ số thập phân của tọa độ / decimals kept in coordinates (4 ≈ 11 m)',
].join('\n');

function fail(vi: string, en: string): never {
  console.error(`✖ ${vi}\n✖ ${en}\n\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      out: { type: 'string', default: 'src/map/outline.geojson' },
      tolerance: { type: 'string' },
      'max-points': { type: 'string', default: '150' },
      precision: { type: 'string', default: '4' },
    },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(`Tham số không hợp lệ: ${(error as Error).message}`, `Invalid arguments: ${(error as Error).message}`);
}
const { values, positionals } = parsed;
const [input] = positionals;
if (!input) fail('Cần tệp ranh giới GeoJSON.', 'A boundary GeoJSON file is needed.');
const number = (name: string, text: string | undefined, min: number): number | undefined => {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min)
    fail(`--${name} cần một số ≥ ${min} (đang là "${text}").`, `--${name} needs a number ≥ ${min} (found "${text}").`);
  return value;
};
const tolerance = number('tolerance', values.tolerance, 0);
const maxPoints = number('max-points', values['max-points'], 8)!;
const precision = number('precision', values.precision, 2)!;

const inputPath = resolve(input);
if (!existsSync(inputPath)) fail(`Không có tệp ${input}.`, `There is no file ${input}.`);
let json: unknown;
try {
  json = JSON.parse(readFileSync(inputPath, 'utf8'));
} catch (error) {
  fail(
    `${input} không phải JSON hợp lệ: ${(error as Error).message}`,
    `${input} is not valid JSON: ${(error as Error).message}`,
  );
}

let result;
try {
  result = simplifyOutline(json, {
    ...(tolerance !== undefined ? { tolerance } : {}),
    maxPoints,
    precision,
    sourceName: basename(input),
  });
} catch (error) {
  if (error instanceof OutlineInputError) fail(error.vi, error.message);
  throw error;
}

const outPath = resolve(values.out);
// Borders, neighbours and the inset are drawn by hand once; simplifying a new boundary keeps them.
let carried = 0;
if (!result.kept && existsSync(outPath)) {
  try {
    const previous = JSON.parse(readFileSync(outPath, 'utf8')) as { features?: { properties?: { role?: unknown } }[] };
    const extra = (previous.features ?? []).filter((f) =>
      ['border', 'neighbour', 'inset'].includes(String(f.properties?.role)),
    );
    result.outline.features.push(...(extra as never[]));
    carried = extra.length;
  } catch {
    /* an unreadable previous file is simply replaced */
  }
}
// One position a line, as Prettier writes GeoJSON.
const text = `${JSON.stringify(result.outline, null, 2).replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
const check = parseOutline(text);
if (!check.ok)
  fail(
    `Kết quả không dùng được làm ranh giới: ${check.problems.map((p) => `${p.path}: ${p.vi}`).join('; ')}. Thử --tolerance nhỏ hơn.`,
    `The result is not a usable outline: ${check.problems.map((p) => `${p.path}: ${p.en}`).join('; ')}. Try a smaller --tolerance.`,
  );
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, text);
const kb = (Buffer.byteLength(text) / 1024).toFixed(1);
console.log(
  `✓ ${values.out}: giữ ${result.after} trên ${result.before} điểm (dung sai ${result.tolerance}°, ${kb} KB) / kept ${result.after} of ${result.before} points (tolerance ${result.tolerance}°, ${kb} KB)`,
);
if (carried)
  console.log(
    `  giữ lại ${carried} đường biên, vùng lân cận, khung phóng to từ tệp cũ / kept ${carried} border, neighbour and inset feature(s) from the previous file`,
  );
else if (!result.kept)
  console.log(
    '  Thêm đường biên giới quốc gia hoặc bờ biển ("role": "border") và vùng lân cận nếu có: xem docs/start-a-province.md.\n' +
      '  Add national borders or coasts ("role": "border") and neighbours where there are any: see docs/start-a-province.md.',
  );
