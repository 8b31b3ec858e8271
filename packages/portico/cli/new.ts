/**
 * npm run new -- <collection> <entry> [--mdx] [--lang vi,en,zh]
 *
 * Prose collections: writes src/content/<collection>/{vi,en,zh}/<entry>.md with every required
 * field of the collection's schema, each under its explanation (Vietnamese, then English). Values that need a person are
 * "TODO: …" (or carry a `# TODO` comment), and `npm run check` refuses a TODO in anything that
 * would be published, so nothing half-written goes out. Never overwrites a file.
 * Records and lists (media, contacts, glossary…): prints the YAML to add.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../src/collections/index.ts';
import { LOCALE_CODES, isLocale, type Locale } from '../src/i18n/locales.ts';
import { slugify } from '../src/frame/routing.ts';
import { isOptional, refTarget, sampleValue, shapeOf, unwrap, yamlInline } from '../src/collections/schema-walk.ts';
import { splitDoc } from '../src/editor/config.ts';

/** The engine's own folder (its schemas' documentation is read from there). */
const repo = resolve(import.meta.dirname, '..');
/** Where the content is: the site's folder, or PORTICO_ROOT (tests). */
const root = process.env.PORTICO_ROOT ? resolve(process.env.PORTICO_ROOT) : process.cwd();
const CONTENT = join(root, 'src/content');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(vi: string, en: string): never {
  console.error(`✖ ${vi}\n  ${en}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const langArg =
  args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ??
  (args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
const [collectionArg, entry] = positional;
const usage = 'npm run new -- <collection> <entry>   (ví dụ / e.g. npm run new -- news le-hoi-ky-cua-2026)';

if (!collectionArg || !entry) {
  fail(
    `Thiếu tên loại nội dung hoặc tên mục. Cách dùng: ${usage}`,
    `Missing the collection or the entry name. Usage: ${usage}`,
  );
}
if (!Object.hasOwn(COLLECTIONS, collectionArg)) {
  const names = Object.keys(COLLECTIONS).join(', ');
  fail(
    `"${collectionArg}" không phải loại nội dung. Các loại có: ${names}.`,
    `"${collectionArg}" is not a collection. The collections are: ${names}.`,
  );
}
const collection = collectionArg as CollectionName;
if (!SLUG.test(entry)) {
  const suggestion = slugify(entry) || 'ten-muc';
  fail(
    `Tên mục "${entry}" chỉ được dùng chữ Latinh thường không dấu, số và dấu gạch ngang, ví dụ: ${suggestion}`,
    `The entry name "${entry}" may use only lower-case Latin letters without accents, digits and hyphens, e.g. ${suggestion}`,
  );
}
const locales: Locale[] = langArg ? (langArg.split(',').map((l) => l.trim()) as Locale[]) : [...LOCALE_CODES];
const badLocale = locales.find((l) => !isLocale(l));
if (badLocale)
  fail(`Ngôn ngữ "${badLocale}" không hợp lệ: dùng vi, en, zh.`, `"${badLocale}" is not a language: use vi, en, zh.`);

const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const spec = COLLECTIONS[collection];
const schema = spec.schema({ image: () => z.string().describe('image') }) as z.ZodType;
// Loaded only now: the TypeScript parser it uses takes a moment to start.
const { SchemaDocs } = await import('../src/collections/schema-docs.ts');
const docs = new SchemaDocs(repo);
const factory = (spec.schema as { name?: string }).name ?? '';

/** An existing entry of a collection, so generated references are valid. */
function existingName(target: string): string | undefined {
  const targetSpec = COLLECTIONS[target as CollectionName];
  if (!targetSpec) return undefined;
  try {
    if (targetSpec.layout === 'list') {
      const data = yaml.load(readFileSync(join(CONTENT, `${target}.yaml`), 'utf8'), { schema: yaml.CORE_SCHEMA });
      return data && typeof data === 'object' ? Object.keys(data)[0] : undefined;
    }
    if (targetSpec.layout === 'records') {
      return readdirSync(join(CONTENT, target))
        .find((f) => f.endsWith('.yaml'))
        ?.replace(/\.yaml$/, '');
    }
    for (const locale of LOCALE_CODES) {
      const file = readdirSync(join(CONTENT, target, locale)).find((f) => /\.mdx?$/.test(f));
      if (file) return file.replace(/\.mdx?$/, '');
    }
  } catch {
    /* no such collection yet */
  }
  return undefined;
}

/** Leaf values a person must choose get a `# TODO` comment so the check flags them. */
function todoComment(field: z.ZodType): string | undefined {
  const target = refTarget(field);
  if (target) return `TODO: tên một mục trong / a name from src/content/${target}`;
  const def = (unwrap(field) as unknown as { _zod: { def: { type: string; entries?: Record<string, string> } } })._zod
    .def;
  if (def.type === 'enum') return `TODO: chọn / choose: ${Object.values(def.entries ?? {}).join(' | ')}`;
  if (def.type === 'number') return 'TODO: điền số đúng / write the real number';
  if (def.type === 'pipe') return 'TODO: kiểm tra ngày / check the date';
  if (def.type === 'array') return 'TODO: kiểm tra danh sách / check the list';
  if (def.type === 'string') return 'TODO: điền giá trị đúng / write the real value';
  return undefined;
}

/** YAML lines for the required fields of an object schema, each under its explanation. */
function fieldLines(object: z.ZodType, path: string[], indent: string, all: boolean): string[] {
  const shape = shapeOf(object) ?? {};
  const lines: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    if (!all && isOptional(field)) continue;
    const fieldPath = [...path, key];
    // The field's explanation, Vietnamese first (as the editor's hints): `vi: Nhãn — gợi ý` in its doc.
    const doc = splitDoc(docs.doc(factory, fieldPath));
    if (doc.vi) lines.push(`${indent}# ${doc.label ? `${doc.label}: ` : ''}${doc.vi}`);
    if (doc.en) lines.push(`${indent}# ${doc.en}`);
    if ((field as { description?: string }).description === 'image') {
      lines.push(`${indent}${key}: ./${entry}.jpg # TODO: đặt ảnh cạnh tệp này / put the picture beside this file`);
      continue;
    }
    const inner = unwrap(field);
    if (shapeOf(inner) && !refTarget(field)) {
      lines.push(`${indent}${key}:`, ...fieldLines(inner, fieldPath, `${indent}  `, false));
      continue;
    }
    const value = sampleValue(
      field,
      {
        today,
        refValue: existingName,
        text: (p) => `TODO: ${p.filter((s) => !/^\d+$/.test(s)).join('.')}`,
      },
      fieldPath,
    );
    const text = yamlInline(value);
    const isText = typeof value === 'string' && value.startsWith('TODO');
    const comment = isText ? undefined : todoComment(field);
    lines.push(`${indent}${key}: ${text}${comment ? ` # ${comment}` : ''}`);
  }
  return lines;
}

const LANGUAGE_NAMES: Record<Locale, [string, string]> = {
  vi: ['tiếng Việt', 'Vietnamese'],
  en: ['tiếng Anh', 'English'],
  zh: ['tiếng Trung', 'Chinese'],
};

if (spec.layout === 'prose') {
  const ext = flags.has('--mdx') ? '.mdx' : '.md';
  const files = locales.map((locale) => ({ locale, path: join(CONTENT, collection, locale, `${entry}${ext}`) }));
  const taken = LOCALE_CODES.flatMap((locale) =>
    ['.md', '.mdx']
      .map((e) => join(CONTENT, collection, locale, `${entry}${e}`))
      .filter((p) => locales.includes(locale) && existsSync(p)),
  );
  if (taken.length) {
    const list = taken.map((p) => p.slice(root.length + 1)).join(', ');
    fail(`Đã có tệp, không ghi đè: ${list}`, `These files exist already; nothing was overwritten: ${list}`);
  }
  const front = fieldLines(schema, [], '', false);
  for (const { locale, path } of files) {
    const body = `TODO: viết nội dung bằng ${LANGUAGE_NAMES[locale][0]} / write the text in ${LANGUAGE_NAMES[locale][1]}.`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `---\n${front.join('\n')}\n---\n\n${body}\n`, { flag: 'wx' });
    console.log(`✓ ${path.slice(root.length + 1)}`);
  }
  console.log(
    [
      '',
      'Thay mọi "TODO" bằng nội dung thật, rồi chạy "npm run check". Trong lúc còn soạn, thêm dòng "draft: true".',
      'Replace every "TODO" with the real text, then run "npm run check". While you are still writing, add the line "draft: true".',
    ].join('\n'),
  );
} else {
  const lines = fieldLines(schema, [], spec.layout === 'list' ? '  ' : '', false);
  if (spec.layout === 'records') {
    const path = join(CONTENT, collection, `${entry}.yaml`);
    if (existsSync(path))
      fail(`Đã có tệp ${path.slice(root.length + 1)}.`, `${path.slice(root.length + 1)} exists already.`);
    console.log(
      `# Lưu thành / Save as src/content/${collection}/${entry}.yaml (ảnh đặt cạnh tệp / the picture beside it):\n`,
    );
    console.log(lines.join('\n'));
  } else {
    const listFile = join(CONTENT, `${collection}.yaml`);
    if (existsSync(listFile)) {
      const data = yaml.load(readFileSync(listFile, 'utf8'), { schema: yaml.CORE_SCHEMA });
      if (data && typeof data === 'object' && Object.hasOwn(data, entry)) {
        fail(
          `"${entry}" đã có trong src/content/${collection}.yaml.`,
          `"${entry}" is already in src/content/${collection}.yaml.`,
        );
      }
    }
    console.log(`# Thêm vào cuối / Add at the end of src/content/${collection}.yaml:\n`);
    console.log([`${entry}:`, ...lines].join('\n'));
  }
}
