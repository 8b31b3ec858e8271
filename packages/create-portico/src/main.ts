/**
 * npm create portico <folder> / npx create-portico <folder> [flags]
 *
 * Writes a complete blank Portico site for a province: asks (in Vietnamese and English) for what it
 * needs, or takes it from flags with --yes; checks the configuration with the engine's schema;
 * simplifies the boundary into the map outline; writes every file; says what to do next.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as p from '@clack/prompts';
import { QUESTIONS, defaultFor, toAnswers, validate, type Answers } from './answers.ts';
import { EngineError, resolveEngine, type EngineChoice } from './engine.ts';
import { OutlineError, siteOutline } from './outline.ts';
import { provinceConfig } from './files/config.ts';
import { siteFiles } from './files/index.ts';

const CREATE_DIR = resolve(import.meta.dirname, '..');

const USAGE = `Cách dùng / Usage: npx create-portico <thư-mục / folder> [--yes] [cờ / flags]

  --id <tên-máy>          tên máy của tỉnh / machine name (vi-du)
  --name-vi, --name-en, --name-zh <tên>      tên tỉnh / the province's name
  --full-vi, --full-en, --full-zh <tên>      tên đầy đủ / full name (tỉnh Ví Dụ, Vi Du Province, 示例省)
  --agency-vi, --agency-en, --agency-zh <tên>  cơ quan quản lý trang / publishing agency
  --domain <tên-miền>     tên miền của trang / the site's domain (dulich.vi-du.gov.vn)
  --email <thư>  --phone <+84 …>             liên hệ / contact
  --primary <#RRGGBB>  --accent <#RRGGBB>    màu / colours
  --outline <tệp.geojson> ranh giới chi tiết để đơn giản hóa / a detailed boundary to simplify
  --engine <thư-mục | tệp.tgz | phiên-bản>   Portico dùng cho trang / the engine the site uses
  --yes                   không hỏi; dùng cờ và giá trị mặc định / ask nothing: flags and defaults
`;

function fail(vi: string, en: string, code = 1): never {
  console.error(`✖ ${vi}\n✖ ${en}`);
  process.exit(code);
}

// ------------------------------------------------------------------ arguments

const flagOptions = Object.fromEntries(QUESTIONS.map((q) => [q.flag, { type: 'string' as const }]));
let args;
try {
  args = parseArgs({
    options: {
      ...flagOptions,
      engine: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(
    `Tham số không hợp lệ: ${(error as Error).message}`,
    `Invalid arguments: ${(error as Error).message}\n\n${USAGE}`,
    2,
  );
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

const given: Record<string, string> = {};
for (const q of QUESTIONS) {
  const value = (args.values as Record<string, string | boolean | undefined>)[q.flag];
  if (typeof value === 'string') given[q.key] = value;
}
const interactive = !args.values.yes && process.stdin.isTTY === true && process.stdout.isTTY === true;

// ------------------------------------------------------------------ questions

const cancelled = () => {
  p.cancel('Đã hủy / Cancelled.');
  process.exit(1);
};

let folderArg = args.positionals[0];
if (interactive) p.intro('Portico · Tạo trang cho một tỉnh / Start a province’s site');
if (!folderArg) {
  if (!interactive) fail('Cần tên thư mục của trang mới.', `The new site's folder is needed.\n\n${USAGE}`, 2);
  const answer = await p.text({
    message: 'Thư mục của trang mới / Folder for the new site',
    placeholder: 'portico-vi-du',
    validate: (v) => (v?.trim() ? undefined : 'Cần một tên / A name is needed'),
  });
  if (p.isCancel(answer)) cancelled();
  folderArg = String(answer).trim();
}
const target = resolve(folderArg);
if (existsSync(target) && readdirSync(target).length)
  fail(
    `Thư mục ${folderArg} đã có tệp; hãy chọn một thư mục mới hoặc trống.`,
    `The folder ${folderArg} is not empty; choose a new or empty folder.`,
  );

for (const q of QUESTIONS) {
  if (given[q.key] !== undefined) {
    const problem = given[q.key] === '' && !q.required ? undefined : validate(q.key, given[q.key]!);
    if (problem)
      fail(`--${q.flag} "${given[q.key]}": ${problem.vi}`, `--${q.flag} "${given[q.key]}": ${problem.en}`, 2);
    continue;
  }
  const fallback = defaultFor(q.key, given);
  if (!interactive) {
    if (q.required && !fallback) continue; // reported together below
    continue;
  }
  const answer = await p.text({
    message: `${q.vi} / ${q.en}`,
    placeholder: fallback ?? q.example,
    ...(fallback ? { defaultValue: fallback } : {}),
    validate: (value) => {
      const v = (value ?? '').trim();
      if (!v) return q.required && !fallback ? 'Cần trả lời / An answer is needed' : undefined;
      if (q.key === 'outline') return existsSync(resolve(v)) ? undefined : `Không có tệp / No such file: ${v}`;
      const problem = validate(q.key, v);
      return problem ? `${problem.vi} / ${problem.en}` : undefined;
    },
  });
  if (p.isCancel(answer)) cancelled();
  if (String(answer).trim()) given[q.key] = String(answer).trim();
}

const missing = QUESTIONS.filter((q) => q.required && !given[q.key]);
if (missing.length)
  fail(
    `Thiếu: ${missing.map((q) => `--${q.flag} (${q.vi})`).join(', ')}.`,
    `Missing: ${missing.map((q) => `--${q.flag} (${q.en})`).join(', ')}.\n\n${USAGE}`,
    2,
  );
const answers: Answers = toAnswers(folderArg, given);
for (const key of ['id', 'colours.primary', 'colours.accent'] as const) {
  const value = key === 'id' ? answers.id : answers.colours[key.split('.')[1] as 'primary' | 'accent'];
  const problem = validate(key, value);
  if (problem) fail(`${key} "${value}": ${problem.vi}`, `${key} "${value}": ${problem.en}`, 2);
}
if (answers.outline && !existsSync(resolve(answers.outline)))
  fail(`Không có tệp ranh giới ${answers.outline}.`, `There is no boundary file ${answers.outline}.`, 2);

// ------------------------------------------------------------------ engine, outline, configuration

const started = performance.now();
let engine: EngineChoice;
try {
  engine = resolveEngine(args.values.engine, target, CREATE_DIR);
} catch (error) {
  if (error instanceof EngineError) fail(error.vi, error.message, 2);
  throw error;
}

let outline;
try {
  outline = await siteOutline(answers.outline ? resolve(answers.outline) : undefined, engine.localDir);
} catch (error) {
  if (error instanceof OutlineError) fail(error.vi, error.message);
  throw error;
}

/** The configuration checked by the engine's own schema, with the same messages as `npm run check`. */
async function checkConfig(engineDir: string): Promise<void> {
  const engineModule = (path: string) => import(pathToFileURL(join(engineDir, path)).href);
  const { ProvinceSchema } = await engineModule('src/config/schema.ts');
  const { problemFromIssue, formatProblem } = await engineModule('src/lib/problems.ts');
  const result = ProvinceSchema.safeParse(provinceConfig(answers), { reportInput: true });
  if (result.success) return;
  const problems = result.error.issues.map((issue: unknown) =>
    formatProblem(problemFromIssue('province.config.ts', issue)),
  );
  fail(`Cấu hình không hợp lệ:\n${problems.join('\n')}`, 'The configuration is not valid (see above).');
}
if (engine.localDir) await checkConfig(engine.localDir);

// ------------------------------------------------------------------ files

const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const picture = readFileSync(join(CREATE_DIR, 'assets/placeholder-picture.png'));
const files = siteFiles({ answers, engine, outline, today, picture });
for (const [path, content] of Object.entries(files)) {
  const abs = join(target, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const placeholders = Object.entries(files).filter(
  ([path, c]) => !/README\.md$/.test(path) && typeof c === 'string' && c.includes('[PLACEHOLDER]'),
).length;
const where = relative(process.cwd(), target) || '.';

const summary = [
  `✓ ${where}: ${Object.keys(files).length} tệp / files (${seconds} s); Portico: ${engine.dependency}`,
  engine.localDir
    ? '✓ province.config.ts hợp lệ / is valid'
    : '· province.config.ts được kiểm tra sau khi cài / is checked after npm install (npm run check)',
  `· ${outline.report.vi}`,
  `  ${outline.report.en}`,
  `· ${placeholders} tệp còn nội dung mẫu [PLACEHOLDER] / files carry [PLACEHOLDER] text`,
  '',
  'Tiếp theo / Next:',
  `  cd ${where}`,
  '  npm install',
  '  npm run check      # liệt kê nội dung mẫu cần thay / lists the placeholders to replace',
  '  npm run dev        # xem trước / live preview',
  '  README.md          # các bước tới khi xuất bản / the steps to publishing',
];
if (interactive) p.outro(summary.join('\n'));
else console.log(summary.join('\n'));
