/**
 * The content check: every file under src/content/ read the way the build reads it, with one
 * message per mistake for editors (src/lib/problems.ts). `npm run check` prints them, and the
 * build runs the same check first (contentCheckStep), so the build fails with the same words.
 *
 * What is checked, for every collection of src/schemas/index.ts:
 *  - where files are: prose src/content/<name>/<vi|en|zh>/<entry>.md|.mdx, records
 *    src/content/<name>/<id>.yaml (pictures beside them), lists src/content/<name>.yaml;
 *  - YAML (js-yaml CORE_SCHEMA, so dates stay text) and the collection's Zod schema;
 *  - pictures named by records exist beside them;
 *  - the Markdown/MDX body parses (satteri) and is safe: no import/export, no <script>, <style>,
 *    <iframe>, on…= or style= attributes, no {expressions}, only the components of
 *    src/components/mdx/names.ts;
 *  - references to other entries (fields built with ref('<collection>')) resolve;
 *  - internal links and #anchors resolve (see LINKED_SECTIONS below);
 *  - addresses are unique per collection and language; a translation has its source;
 *  - no "TODO" is left in anything that would be published.
 *
 * Pure apart from reading files: takes the root folder, returns problems; never exits or prints.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import Slugger from 'github-slugger';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../collections/index.ts';
import { LOCALE_CODES, isLocale, type Locale } from '../i18n/locales.ts';
import { MDX_COMPONENT_NAMES } from '../mdx/names.ts';
import { NAV_SECTIONS, SECTIONS, localeOfPath, pathOf, sectionPath, type SectionKey } from '../frame/routing.ts';
import { SECTION_SPECS } from '../sections/index.ts';
import { provinceNameOf } from '../config/load.ts';
import { PAGE_SEGMENT } from '../lib/paginate.ts';
import { parseLocalDateTime, visibility, type Visibility } from '../lib/publication.ts';
import {
  formatReport,
  problemFromIssue,
  problemFromRule,
  type IssueLike,
  type Problem,
} from '../lib/problems.ts';
import { buildNow } from '../frame/clock.ts';
import { EditorError } from '../lib/editor-error.ts';
import { fieldSchema, refFields, sampleValue, shapeOf, valuesAt, yamlInline, type RefField } from '../collections/schema-walk.ts';
import type { BuildStep } from '../build/steps.ts';
import { editorialProblems } from './editorial.ts';

/**
 * Where the entries of each prose collection live in the URL space, from the section registry
 * (each section's `entryCollections`): a link `/<locale>/<section>/…/<segment>/` is accepted when
 * <segment> is the address of an entry of one of that section's collections. `pages` are exact:
 * their routes come from src/frame/routes.ts (top level or under their `section`).
 */
export const LINKED_SECTIONS: Partial<Record<CollectionName, SectionKey>> = Object.fromEntries(
  SECTION_SPECS.flatMap((section) => section.entryCollections.map((collection) => [collection, section.key])),
);

const CONTENT = 'src/content';
const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BODY = '(body)';
/** What a problem shows as "found" when the field is not there at all. */
const NONE = '(không có / none)';
const UNSAFE_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'form',
]);
const ALLOWED_COMPONENTS = MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

export interface CheckOptions {
  /** The instant "published" is judged at (PORTICO_NOW or the clock). */
  now?: Date;
  /** The site's province name, for examples in messages (province.config.ts `name`). */
  provinceName?: { vi: string; en: string };
}

/** An entry that exists but is not published at `now`. */
export interface HeldBack {
  file: string;
  reason: 'draft' | 'scheduled';
  until?: Date;
}

export interface CheckReport {
  problems: Problem[];
  heldBack: HeldBack[];
  counts: { files: number; prose: number; entries: number; records: number; listItems: number; pictures: number };
}

/** One parsed content file (a prose entry, a record, or one item of a list). */
interface Item {
  collection: CollectionName;
  file: string;
  /** Prose: the entry name (file name); records: the id; lists: the key. */
  name: string;
  locale?: Locale;
  /** As written (YAML), when it could be read. */
  raw?: Record<string, unknown>;
  /** After the schema, when it passed. */
  data?: Record<string, unknown>;
  /** Lines of the YAML text and the file line of its first line (for line numbers). */
  yamlLines: string[];
  yamlStart: number;
  /** Path prefix inside the YAML (the key of a list item). */
  prefix: (string | number)[];
  visibility: Visibility;
  /** Prose: heading ids and explicit ids, in order. */
  anchors: Set<string>;
  /** Prose: the whole file, for the checks across languages (./editorial.ts). */
  text?: string;
  links: { url: string; line?: number }[];
}

// ---------------------------------------------------------------- small helpers

const rel = (root: string, abs: string): string => relative(root, abs).split(sep).join('/');

const listDir = (dir: string) => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
};

const isMap = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

const vietnamTime = (date: Date): string =>
  new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

const loadYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

/** The 1-based line of a dotted path in a YAML text (best effort: the deepest key found). */
export function lineOf(lines: readonly string[], path: readonly (string | number)[]): number | undefined {
  let start = 0;
  let end = lines.length;
  let indent = -1;
  let found: number | undefined;
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const meaningful = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
  for (const segment of path) {
    let hit = -1;
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
      let count = -1;
      let itemIndent = -1;
      for (let i = start; i < end; i++) {
        const line = lines[i]!;
        if (!meaningful(line)) continue;
        const ind = indentOf(line);
        if (ind <= indent) break;
        if (line.trimStart().startsWith('- ') || line.trim() === '-') {
          if (itemIndent < 0) itemIndent = ind;
          if (ind === itemIndent && ++count === Number(segment)) {
            hit = i;
            break;
          }
        }
      }
      if (hit >= 0) {
        // Inside a list item, keys sit at the item's indent + 2.
        found = hit + 1;
        start = hit;
        indent = indentOf(lines[hit]!);
        let j = hit + 1;
        while (j < end && (!meaningful(lines[j]!) || indentOf(lines[j]!) > indent)) j++;
        end = j;
        indent = indent + 1;
        continue;
      }
      break;
    }
    const key = String(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(\\s*)(?:- )?(?:${key}|"${key}"|'${key}')\\s*:(\\s|$)`);
    for (let i = start; i < end; i++) {
      const line = lines[i]!;
      if (!meaningful(line)) continue;
      if (indentOf(line) < indent + 1 && i > start) break;
      if (pattern.test(line) && indentOf(line) > indent - 1) {
        hit = i;
        break;
      }
    }
    if (hit < 0) break;
    found = hit + 1;
    const ind = indentOf(lines[hit]!);
    let j = hit + 1;
    while (j < end && (!meaningful(lines[j]!) || indentOf(lines[j]!) > ind)) j++;
    start = hit + 1;
    end = j;
    indent = ind;
  }
  return found;
}

/** The YAML key a line belongs to (for TODO and syntax messages): `title`, `location.commune`. */
function keyAtLine(lines: readonly string[], index: number): string | undefined {
  const keys: string[] = [];
  let limit = Infinity;
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const ind = line.length - line.trimStart().length;
    if (ind >= limit) continue;
    const m = /^\s*(?:- )?("[^"]+"|'[^']+'|[^\s:#][^:#]*?)\s*:(\s|$)/.exec(line);
    if (m) {
      keys.unshift(m[1]!.replace(/^["']|["']$/g, ''));
      limit = ind;
      if (ind === 0) break;
    }
  }
  return keys.length ? keys.join('.') : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

const closest = (value: string, candidates: Iterable<string>): string | undefined => {
  let best: string | undefined;
  let score = Infinity;
  for (const c of candidates) {
    const d = levenshtein(value, c);
    if (d < score) {
      score = d;
      best = c;
    }
  }
  return best;
};

const listNames = (names: Iterable<string>, max = 8): string => {
  const all = [...names].sort();
  if (!all.length) return '(—)';
  return all.length > max ? `${all.slice(0, max).join(', ')}, … (+${all.length - max})` : all.join(', ');
};

// ---------------------------------------------------------------- the checker

class Checker {
  readonly problems: Problem[] = [];
  readonly items: Item[] = [];
  readonly heldBack: HeldBack[] = [];
  readonly counts = { files: 0, prose: 0, entries: 0, records: 0, listItems: 0, pictures: 0 };
  /** Folder of the file being validated, for the image stand-in. */
  private currentDir = '';
  private readonly schemas = new Map<CollectionName, z.ZodType>();
  private readonly refs = new Map<CollectionName, RefField[]>();
  private readonly today: string;
  private readonly now: Date;

  readonly root: string;

  private readonly provinceName: { vi: string; en: string };
  private readonly examples: Record<string, string>;

  constructor(root: string, options: CheckOptions) {
    this.root = root;
    this.now = options.now ?? new Date();
    this.provinceName = options.provinceName ?? { vi: 'tỉnh', en: 'the province' };
    this.examples = fieldExamples(this.provinceName);
    this.today = vietnamTime(this.now).slice(0, 10);
  }

  private add(problem: Problem): void {
    if (!problem.field) problem.field = '(file)';
    this.problems.push(problem);
  }

  private rule(
    code: string,
    where: { file: string; field: string; line?: number; found?: unknown },
    params: Record<string, unknown> = {},
  ): void {
    this.add(problemFromRule(code, where, params));
  }

  /** The collection's schema, with a stand-in for Astro's image(): a picture path beside the file. */
  schemaOf(name: CollectionName): z.ZodType {
    let schema = this.schemas.get(name);
    if (!schema) {
      const image = () =>
        z.string().superRefine((value, ctx) => {
          const text = value.trim();
          if (!/^\.\.?\//.test(text) || !IMAGE_EXT.test(text)) {
            ctx.addIssue({ code: 'custom', message: 'image.format', input: value });
            return;
          }
          const abs = resolve(this.currentDir, text);
          if (!existsSync(abs) || !statSync(abs).isFile()) {
            ctx.addIssue({
              code: 'custom',
              message: 'image.missing',
              input: value,
              params: { path: rel(this.root, abs) },
            });
          }
        });
      schema = COLLECTIONS[name].schema({ image }) as z.ZodType;
      this.schemas.set(name, schema);
      this.refs.set(name, refFields(schema));
    }
    return schema;
  }

  // ------------------------------------------------------------ finding files

  run(): void {
    const base = join(this.root, CONTENT);
    for (const dirent of listDir(base)) {
      const abs = join(base, dirent.name);
      const file = rel(this.root, abs);
      if (dirent.isDirectory()) {
        const name = dirent.name as CollectionName;
        const spec = COLLECTIONS[name];
        if (!spec || !Object.hasOwn(COLLECTIONS, name)) {
          this.rule(
            'collection.unknown',
            { file: `${file}/`, field: '(folder)', found: dirent.name },
            this.collectionParams(dirent.name),
          );
        } else if (spec.layout === 'prose') this.scanProse(name, abs);
        else if (spec.layout === 'records') this.scanRecords(name, abs);
        else {
          this.rule(
            'file.nested',
            { file: `${file}/`, field: '(folder)', found: dirent.name },
            { expected: `${CONTENT}/${name}.yaml`, example: `${CONTENT}/${name}.yaml` },
          );
        }
        continue;
      }
      if (!dirent.isFile()) continue;
      if (/^readme(\.[a-z]+)?$/i.test(dirent.name)) continue;
      const ext = extname(dirent.name);
      const stem = dirent.name.slice(0, dirent.name.length - ext.length) as CollectionName;
      const spec = Object.hasOwn(COLLECTIONS, stem) ? COLLECTIONS[stem] : undefined;
      if (spec?.layout === 'list' && ext === '.yaml') {
        this.counts.files++;
        this.readList(stem, abs);
      } else if (spec?.layout === 'list' && ext === '.yml') {
        this.rule(
          'file.extension',
          { file, field: '(file)', found: dirent.name },
          { allowed: '.yaml', example: `${stem}.yaml` },
        );
      } else if (spec) {
        this.rule('file.nested', { file, field: '(file)', found: dirent.name }, this.placeParams(stem, spec.layout));
      } else {
        this.rule('collection.unknown', { file, field: '(file)', found: dirent.name }, this.collectionParams(stem));
      }
    }
    this.crossChecks();
  }

  private collectionParams(name: string) {
    const names = Object.keys(COLLECTIONS);
    return { name, allowed: names.join(', '), example: `${CONTENT}/${closest(name, names)}/` };
  }

  private placeParams(name: CollectionName, layout: 'prose' | 'records' | 'list') {
    const expected =
      layout === 'prose'
        ? `${CONTENT}/${name}/<vi|en|zh>/<tên-mục / entry>.md`
        : layout === 'records'
          ? `${CONTENT}/${name}/<id>.yaml`
          : `${CONTENT}/${name}.yaml`;
    const example =
      layout === 'prose'
        ? `${CONTENT}/${name}/vi/ten-muc.md`
        : layout === 'records'
          ? `${CONTENT}/${name}/ten-anh.yaml`
          : `${CONTENT}/${name}.yaml`;
    return { expected, example };
  }

  private scanProse(name: CollectionName, dir: string): void {
    for (const dirent of listDir(dir)) {
      const abs = join(dir, dirent.name);
      const file = rel(this.root, abs);
      if (dirent.isDirectory()) {
        if (!isLocale(dirent.name)) {
          const guess = closest(dirent.name.toLowerCase(), LOCALE_CODES) ?? 'vi';
          this.rule(
            'locale.folder',
            { file: `${file}/`, field: '(folder)', found: dirent.name },
            { folder: dirent.name, example: `${CONTENT}/${name}/${guess}/` },
          );
          continue;
        }
        for (const inner of listDir(abs)) {
          const innerAbs = join(abs, inner.name);
          const innerFile = rel(this.root, innerAbs);
          if (inner.isDirectory()) {
            this.rule(
              'file.nested',
              { file: `${innerFile}/`, field: '(folder)', found: inner.name },
              this.placeParams(name, 'prose'),
            );
          } else if (inner.isFile()) {
            const ext = extname(inner.name);
            if (ext === '.md' || ext === '.mdx') this.readProse(name, dirent.name, innerAbs);
            else this.badExtension(innerFile, inner.name, '.md, .mdx', `${CONTENT}/${name}/${dirent.name}/ten-muc.md`);
          }
        }
      } else if (dirent.isFile()) {
        this.rule('file.nested', { file, field: '(file)', found: dirent.name }, this.placeParams(name, 'prose'));
      }
    }
  }

  private badExtension(file: string, fileName: string, allowed: string, example: string): void {
    const picture = IMAGE_EXT.test(fileName);
    this.rule(
      'file.extension',
      { file, field: '(file)', found: fileName },
      {
        allowed,
        example,
        hint: picture ? ' Ảnh đặt trong src/content/media/ kèm một tệp .yaml mô tả ảnh.' : '',
        hintEn: picture ? ' Pictures go in src/content/media/ with a .yaml record.' : '',
      },
    );
  }

  private scanRecords(name: CollectionName, dir: string): void {
    for (const dirent of listDir(dir)) {
      const abs = join(dir, dirent.name);
      const file = rel(this.root, abs);
      if (dirent.isDirectory()) {
        this.rule(
          'file.nested',
          { file: `${file}/`, field: '(folder)', found: dirent.name },
          this.placeParams(name, 'records'),
        );
      } else if (dirent.isFile()) {
        if (extname(dirent.name) === '.yaml') this.readRecord(name, abs);
        else if (IMAGE_EXT.test(dirent.name)) this.counts.pictures++;
        else if (!/^readme(\.[a-z]+)?$/i.test(dirent.name))
          this.badExtension(file, dirent.name, '.yaml', `${CONTENT}/${name}/ten-anh.yaml`);
      }
    }
  }

  // ------------------------------------------------------------ reading files

  private read(abs: string): string {
    return readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  }

  /** Parse YAML; a syntax error becomes a problem (with its line) and undefined. */
  private parseYaml(file: string, text: string, firstLine: number): { ok: true; value: unknown } | { ok: false } {
    try {
      return { ok: true, value: loadYaml(text) };
    } catch (error) {
      const e = error as { reason?: string; mark?: { line?: number }; message?: string };
      const lines = text.split(/\r?\n/);
      const index = e.mark?.line ?? 0;
      const near = lines[Math.min(index, lines.length - 1)]?.trim();
      // js-yaml points at the line after an unclosed value: name the key above it.
      this.rule(
        'yaml.syntax',
        { file, field: keyAtLine(lines, index) ?? '(frontmatter)', line: firstLine + index, found: near || undefined },
        { reason: e.reason ?? String(e.message ?? error).split('\n')[0] },
      );
      return { ok: false };
    }
  }

  private newItem(collection: CollectionName, file: string, name: string, yamlText: string, yamlStart: number): Item {
    return {
      collection,
      file,
      name,
      yamlLines: yamlText.split(/\r?\n/),
      yamlStart,
      prefix: [],
      visibility: { visible: true },
      anchors: new Set(),
      links: [],
    };
  }

  private readProse(collection: CollectionName, locale: string, abs: string): void {
    this.counts.files++;
    this.counts.prose++;
    const file = rel(this.root, abs);
    const ext = extname(abs);
    const name = abs.slice(dirname(abs).length + 1, abs.length - ext.length);
    const source = this.read(abs);
    const item = this.newItem(collection, file, name, '', 2);
    item.locale = locale as Locale;
    item.text = source;

    const fm = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^---[ \t]*$/m.exec(source);
    if (!source.startsWith('---')) {
      this.rule('frontmatter.missing', {
        file,
        field: '(frontmatter)',
        line: 1,
        found: source.split(/\r?\n/)[0]?.slice(0, 60) || undefined,
      });
    } else if (!fm || fm.index !== 0) {
      this.rule('frontmatter.unclosed', { file, field: '(frontmatter)', line: 1, found: '---' });
    } else {
      const text = fm[1] ?? '';
      item.yamlLines = text.split(/\r?\n/);
      const parsed = this.parseYaml(file, text, 2);
      if (parsed.ok) {
        const value = parsed.value ?? {};
        if (!isMap(value)) {
          this.rule('yaml.notMap', { file, field: '(frontmatter)', line: 2, found: value }, { example: 'title: …' });
        } else {
          item.raw = value;
          this.validate(item, value, dirname(abs));
        }
      }
    }
    if (!SLUG.test(name)) {
      this.rule('entry.name', { file, field: '(file)', found: name }, { example: `${slugifyName(name)}${ext}` });
    }

    this.checkBody(item, source, ext === '.mdx', abs);
    this.items.push(item);
  }

  private readRecord(collection: CollectionName, abs: string): void {
    this.counts.files++;
    this.counts.records++;
    const file = rel(this.root, abs);
    const name = abs.slice(dirname(abs).length + 1, abs.length - '.yaml'.length);
    const text = this.read(abs);
    const item = this.newItem(collection, file, name, text, 1);
    if (!SLUG.test(name))
      this.rule('entry.name', { file, field: '(file)', found: name }, { example: `${slugifyName(name)}.yaml` });
    const parsed = this.parseYaml(file, text, 1);
    if (parsed.ok) {
      if (!isMap(parsed.value)) {
        this.rule(
          'yaml.notMap',
          { file, field: '(file)', line: 1, found: parsed.value ?? '' },
          { example: 'file: ./ten-anh.jpg' },
        );
      } else {
        item.raw = parsed.value;
        this.validate(item, parsed.value, dirname(abs));
      }
    }
    this.todos(item, text.split(/\r?\n/), 1, false);
    this.items.push(item);
  }

  private readList(collection: CollectionName, abs: string): void {
    const file = rel(this.root, abs);
    const text = this.read(abs);
    const lines = text.split(/\r?\n/);
    const parsed = this.parseYaml(file, text, 1);
    if (parsed.ok) {
      const value = parsed.value ?? {};
      if (!isMap(value)) {
        this.rule('yaml.notMap', { file, field: '(file)', line: 1, found: value }, { example: 'ten-muc:\n  …' });
      } else {
        for (const [id, record] of Object.entries(value)) {
          this.counts.listItems++;
          const item = this.newItem(collection, file, id, text, 1);
          item.prefix = [id];
          if (!SLUG.test(id) && (collection === 'contacts' || collection === 'glossary')) {
            this.rule(
              'entry.name',
              { file, field: id, line: lineOf(lines, [id]), found: id },
              { example: slugifyName(id) },
            );
          }
          if (!isMap(record)) {
            this.rule(
              'yaml.notMap',
              { file, field: id, line: lineOf(lines, [id]), found: record ?? '' },
              { example: `${id}:\n  …` },
            );
          } else {
            item.raw = record;
            this.validate(item, record, dirname(abs));
          }
          this.items.push(item);
        }
      }
    }
    this.todos(this.newItem(collection, file, '', text, 1), lines, 1, false);
  }

  /** The collection's schema on one record; every issue becomes a problem. */
  private validate(item: Item, value: Record<string, unknown>, dir: string): void {
    const schema = this.schemaOf(item.collection);
    this.currentDir = dir;
    let result: { success: boolean; data?: unknown; error?: { issues: IssueLike[] } };
    try {
      result = (schema as unknown as { safeParse: (v: unknown, o: object) => typeof result }).safeParse(value, {
        reportInput: true,
      });
    } catch (error) {
      // A schema should never throw; if one does, report it on the file rather than crash.
      this.rule(
        'yaml.notMap',
        { file: item.file, field: '(file)', found: String((error as Error)?.message ?? error) },
        { example: 'title: …' },
      );
      return;
    }
    if (result.success) {
      item.data = result.data as Record<string, unknown>;
    } else {
      for (const issue of result.error?.issues ?? []) {
        for (const one of splitUnknownKeys(issue)) this.add(this.issueProblem(item, schema, one));
      }
    }
    item.visibility = this.visibilityOf(item);
  }

  private issueProblem(item: Item, schema: z.ZodType, issue: IssueLike): Problem {
    const problem = problemFromIssue(item.file, issue, item.prefix);
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
    const line = lineOf(item.yamlLines, [...item.prefix, ...path]);
    if (line !== undefined) problem.line = item.yamlStart + line - 1;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys?.[0] ?? '';
      const container = isMap(issue.input) ? issue.input : undefined;
      if (container && key in container) problem.found = JSON.stringify(container[key])?.slice(0, 80);
      const keyLine = lineOf(item.yamlLines, [...item.prefix, ...path, key]);
      if (keyLine !== undefined) problem.line = item.yamlStart + keyLine - 1;
      const known = Object.keys(shapeOf(fieldSchema(schema, path) ?? schema) ?? {});
      const guess = closest(key, known);
      if (guess && levenshtein(key, guess) <= Math.max(2, key.length / 3)) {
        problem.vi += ` Có phải ý bạn là "${guess}"?`;
        problem.en += ` Did you mean "${guess}"?`;
        problem.example = `${guess}: …`;
      } else problem.example = `${known.slice(0, 6).join(', ')}`;
    } else if (issue.code === 'invalid_value' && typeof issue.input === 'string' && issue.values?.length) {
      problem.example = closest(issue.input, issue.values.map(String));
    } else if (missing || problem.example === undefined) {
      problem.example = this.exampleFor(item.collection, path) ?? problem.example;
    }
    if (issue.code !== 'unrecognized_keys' && isMap(issue.input) && path.length && item.raw) {
      // A rule on the whole record (refine) names one field: show that field's value.
      const value = valuesAt(item.raw, [...path.map(String)])[0]?.value;
      problem.found = value === undefined ? undefined : JSON.stringify(value)?.slice(0, 80);
    }
    problem.found ??= NONE;
    return problem;
  }

  /** An example line for a field: `title: Lễ hội mùa xuân…`, `kind: border-gate`. */
  private exampleFor(collection: CollectionName, path: readonly (string | number)[]): string | undefined {
    const last = path.at(-1);
    const known = typeof last === 'string' ? this.examples[last] : undefined;
    if (known) return `${last}: ${known}`;
    const sub = fieldSchema(this.schemaOf(collection), path);
    const sample = sub
      ? sampleValue(sub, { today: this.today, optional: true, refValue: (c) => this.firstName(c) }, path.map(String))
      : undefined;
    if (sample === undefined) return undefined;
    return typeof last === 'string' ? `${last}: ${yamlInline(sample)}` : yamlInline(sample);
  }

  /** A name that exists in a collection (for examples), if any. */
  private firstName(collection: string): string | undefined {
    return this.items.find((i) => i.collection === collection)?.name;
  }

  private visibilityOf(item: Item): Visibility {
    const from = item.data ?? item.raw ?? {};
    const draft = from.draft === true;
    let publishAt: Date | undefined;
    if (from.publishAt instanceof Date) publishAt = from.publishAt;
    else if (typeof from.publishAt === 'string') publishAt = parseLocalDateTime(from.publishAt) ?? undefined;
    return visibility({ draft, publishAt }, this.now);
  }

  // ------------------------------------------------------------ bodies

  private checkBody(item: Item, source: string, mdx: boolean, abs: string): void {
    const file = item.file;
    const lines = source.split(/\r?\n/);
    // TODO: frontmatter lines name their key; body lines are the body.
    const fmEnd = item.raw || item.yamlLines.length > 1 ? item.yamlLines.length + 2 : 0;
    const draft = (item.data ?? item.raw)?.draft === true;
    this.todos(item, lines, 1, draft, fmEnd);

    let tree: MdNode;
    try {
      tree = (mdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as MdNode;
    } catch (error) {
      const message = String((error as Error)?.message ?? error).split('\n')[0] ?? '';
      const m = /^(\d+):(\d+):\s*(.*?)(?:\s+\(([\w:-]+)\))?$/.exec(message);
      const line = m ? Number(m[1]) : undefined;
      this.rule(
        'mdx.syntax',
        { file, field: BODY, line, found: line ? lines[line - 1]?.trim().slice(0, 80) : undefined },
        { reason: m ? m[3] : message },
      );
      return;
    }
    const slugger = new Slugger();
    const walk = (node: MdNode): void => {
      const line = node.position?.start?.line;
      switch (node.type) {
        case 'heading':
          item.anchors.add(slugger.slug(textOf(node)));
          break;
        case 'link':
        case 'definition':
          if (typeof node.url === 'string') this.collectLink(item, node.url, line);
          break;
        case 'image':
          if (typeof node.url === 'string') this.checkBodyImage(item, node.url, line, abs);
          break;
        case 'mdxjsEsm':
          this.rule(
            'mdx.import',
            { file, field: BODY, line, found: String(node.value ?? '').split('\n')[0] },
            { allowed: ALLOWED_COMPONENTS },
          );
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!harmlessExpression(String(node.value ?? ''))) {
            this.rule('mdx.expression', {
              file,
              field: BODY,
              line,
              found: `{${String(node.value ?? '').slice(0, 60)}}`,
            });
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          this.checkJsx(item, node, line);
          break;
        case 'html':
          this.checkHtml(item, String(node.value ?? ''), line);
          break;
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  }

  private checkJsx(item: Item, node: MdNode, line: number | undefined): void {
    const name = node.name;
    const file = item.file;
    if (name) {
      const lower = name.toLowerCase();
      if (UNSAFE_TAGS.has(lower)) {
        this.rule('html.unsafe', { file, field: BODY, line, found: `<${name}>` }, { what: `<${lower}>` });
      } else if (/^[A-Z]|[.:]/.test(name) && !(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
        this.rule(
          'mdx.component',
          { file, field: BODY, line, found: `<${name}>` },
          { name, allowed: ALLOWED_COMPONENTS },
        );
      }
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.rule('mdx.expression', {
          file,
          field: BODY,
          line,
          found: `{${String(attribute.value ?? '').slice(0, 60)}}`,
        });
        continue;
      }
      const attr = String(attribute.name ?? '');
      if (/^on/i.test(attr) || attr.toLowerCase() === 'style') {
        this.rule(
          'html.unsafe',
          { file, field: BODY, line, found: `${attr}=` },
          { what: `${attr.toLowerCase().startsWith('on') ? 'on…' : attr}=` },
        );
        continue;
      }
      const value = attribute.value;
      if (value && typeof value === 'object') {
        const expression = String((value as { value?: unknown }).value ?? '');
        if (!/^\s*(-?\d+(\.\d+)?|true|false|null|"[^"]*"|'[^']*')\s*$/.test(expression)) {
          this.rule('mdx.expression', { file, field: BODY, line, found: `${attr}={${expression.slice(0, 60)}}` });
        }
      } else if (typeof value === 'string') {
        if (attr === 'id') item.anchors.add(value);
        if ((attr === 'href' || attr === 'src') && /^\s*javascript:/i.test(value)) {
          this.rule('html.unsafe', { file, field: BODY, line, found: value.slice(0, 60) }, { what: 'javascript:' });
        } else if (attr === 'href') this.collectLink(item, value, line);
      }
    }
  }

  private checkHtml(item: Item, html: string, line: number | undefined): void {
    const file = item.file;
    for (const m of html.matchAll(/<\s*([a-z][\w-]*)/gi)) {
      const tag = m[1]!.toLowerCase();
      if (UNSAFE_TAGS.has(tag))
        this.rule('html.unsafe', { file, field: BODY, line, found: html.trim().slice(0, 80) }, { what: `<${tag}>` });
    }
    for (const m of html.matchAll(/\s(on[a-z]+|style)\s*=/gi)) {
      const attr = m[1]!.toLowerCase();
      this.rule(
        'html.unsafe',
        { file, field: BODY, line, found: html.trim().slice(0, 80) },
        { what: `${attr.startsWith('on') ? 'on…' : attr}=` },
      );
    }
    if (/javascript:/i.test(html))
      this.rule('html.unsafe', { file, field: BODY, line, found: html.trim().slice(0, 80) }, { what: 'javascript:' });
    for (const m of html.matchAll(/<\s*([A-Z][\w.]*)/g)) {
      const example = item.file.replace(/\.md$/, '.mdx');
      this.rule('md.component', { file, field: BODY, line, found: `<${m[1]}>` }, { name: m[1], example });
    }
    for (const m of html.matchAll(/\sid\s*=\s*["']([^"']+)["']/gi)) item.anchors.add(m[1]!);
    for (const m of html.matchAll(/\shref\s*=\s*["']([^"']+)["']/gi)) this.collectLink(item, m[1]!, line);
  }

  private collectLink(item: Item, url: string, line: number | undefined): void {
    if (/^\s*javascript:/i.test(url)) {
      this.rule(
        'html.unsafe',
        { file: item.file, field: BODY, line, found: url.slice(0, 60) },
        { what: 'javascript:' },
      );
      return;
    }
    item.links.push({ url: url.trim(), line });
  }

  private checkBodyImage(item: Item, url: string, line: number | undefined, abs: string): void {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) return;
    let path = url.split(/[?#]/)[0] ?? '';
    try {
      path = decodeURI(path);
    } catch {
      /* keep as written */
    }
    const target = resolve(dirname(abs), path);
    if (!existsSync(target))
      this.rule('body.image', { file: item.file, field: BODY, line, found: url }, { path: rel(this.root, target) });
  }

  /** "TODO" left in a file: one problem a line. Drafts may keep theirs. */
  private todos(
    item: Item,
    lines: readonly string[],
    firstLine: number,
    draft: boolean,
    frontmatterEnd = Infinity,
  ): void {
    if (draft) return;
    lines.forEach((line, index) => {
      if (!/\bTODO\b/.test(line)) return;
      const lineNo = firstLine + index;
      const inYaml = lineNo <= frontmatterEnd;
      const yamlLines = item.yamlStart === 2 ? lines.slice(1) : lines;
      const key = inYaml ? keyAtLine(yamlLines, item.yamlStart === 2 ? index - 1 : index) : undefined;
      const field = inYaml ? (key ?? '(file)') : BODY;
      const path = field.split('.');
      if (COLLECTIONS[item.collection].layout === 'list') path.shift(); // the item's key
      const example =
        field === BODY
          ? `${this.provinceName.vi} có …`
          : (this.exampleFor(item.collection, path) ?? `${path.at(-1)}: …`);
      // Show the value, not the whole line: `"TODO: title"` rather than `title: "TODO: title"`.
      const found =
        inYaml && key ? line.replace(/^\s*(?:- )?[^:]*:\s*/, '').replace(/^"(.*)"(\s*#.*)?$/, '$1$2') : line.trim();
      this.rule('todo', { file: item.file, field, line: lineNo, found: found.slice(0, 80) }, { example });
    });
  }

  // ------------------------------------------------------------ across files

  private crossChecks(): void {
    const prose = this.items.filter((i) => COLLECTIONS[i.collection].layout === 'prose');
    // Names per collection, for references.
    const names = new Map<string, Set<string>>();
    for (const item of this.items) {
      if (!item.name) continue;
      if (!names.has(item.collection)) names.set(item.collection, new Set());
      names.get(item.collection)!.add(item.name);
    }
    this.checkRefs(names);
    const groups = this.groupProse(prose);
    this.checkSources(groups);
    const table = this.urlTable(groups);
    this.checkLinks(prose, table);
    // Figures and glossary terms across languages, footnotes (./editorial.ts).
    this.problems.push(...editorialProblems(groups, this.items));
    for (const item of prose) {
      if (item.visibility.visible) continue;
      if (item.visibility.reason === 'draft') this.heldBack.push({ file: item.file, reason: 'draft' });
      else this.heldBack.push({ file: item.file, reason: 'scheduled', until: item.visibility.until });
    }
    this.counts.entries = groups.length;
  }

  private checkRefs(names: Map<string, Set<string>>): void {
    for (const item of this.items) {
      if (!item.raw) continue;
      this.schemaOf(item.collection);
      for (const ref of this.refs.get(item.collection) ?? []) {
        for (const { path, value } of valuesAt(item.raw, ref.path)) {
          if (typeof value !== 'string' || !SLUG.test(value)) continue; // the schema reports those
          const known = names.get(ref.target) ?? new Set<string>();
          if (known.has(value)) continue;
          const spec = COLLECTIONS[ref.target as CollectionName];
          const where = spec?.layout === 'list' ? `${CONTENT}/${ref.target}.yaml` : `${CONTENT}/${ref.target}/`;
          const field = [...item.prefix, ...path].join('.');
          const line = lineOf(item.yamlLines, [...item.prefix, ...path]);
          this.rule(
            'ref.missing',
            { file: item.file, field, line: line === undefined ? undefined : item.yamlStart + line - 1, found: value },
            { value, where, known: listNames(known), first: closest(value, known) ?? 'ten-muc' },
          );
        }
      }
    }
  }

  private groupProse(prose: Item[]): Group[] {
    const groups = new Map<string, Group>();
    for (const item of prose) {
      const key = `${item.collection}/${item.name}`;
      let group = groups.get(key);
      if (!group) {
        group = { collection: item.collection, name: item.name, byLocale: {}, sourceLocale: 'vi' };
        groups.set(key, group);
      }
      if (item.locale) group.byLocale[item.locale] = item;
    }
    for (const group of groups.values()) {
      const declared = LOCALE_CODES.map((l) => group.byLocale[l]?.raw?.sourceLocale).find((v): v is Locale =>
        isLocale(v),
      );
      group.sourceLocale = declared ?? 'vi';
    }
    return [...groups.values()].sort((a, b) => `${a.collection}/${a.name}`.localeCompare(`${b.collection}/${b.name}`));
  }

  private checkSources(groups: Group[]): void {
    for (const group of groups) {
      const present = LOCALE_CODES.filter((l) => group.byLocale[l]);
      const declared = new Set(
        present.map((l) => group.byLocale[l]!.raw?.sourceLocale).filter((v): v is Locale => isLocale(v)),
      );
      if (declared.size > 1) {
        for (const l of present) {
          const item = group.byLocale[l]!;
          const line = lineOf(item.yamlLines, ['sourceLocale']);
          this.rule(
            'translation.sourceConflict',
            {
              file: item.file,
              field: 'sourceLocale',
              line: line && item.yamlStart + line - 1,
              found: item.raw?.sourceLocale ?? '(vi)',
            },
            { values: [...declared].join(', ') },
          );
        }
        continue;
      }
      if (group.byLocale[group.sourceLocale]) continue;
      const ext = extname(group.byLocale[present[0]!]!.file);
      const source = `${CONTENT}/${group.collection}/${group.sourceLocale}/${group.name}${ext}`;
      for (const l of present) {
        const item = group.byLocale[l]!;
        const line = lineOf(item.yamlLines, ['sourceLocale']);
        this.rule(
          'translation.noSource',
          {
            file: item.file,
            field: 'sourceLocale',
            line: line && item.yamlStart + line - 1,
            found: group.sourceLocale,
          },
          { source, locale: group.sourceLocale, available: present[0] },
        );
      }
    }
  }

  /**
   * The site's addresses, as src/data/routes.ts and src/data/content.ts make them: home and
   * section pages, `pages` entries, and the entries of LINKED_SECTIONS by segment. Built twice:
   * from published entries (what the build makes now) and from all entries (to tell a link to a
   * draft or a scheduled entry from a broken one).
   */
  private urlTable(groups: Group[]): UrlTable {
    const table: UrlTable = { live: new Map(), all: new Map(), segments: { live: new Map(), all: new Map() } };
    for (const kind of ['all', 'live'] as const) {
      const urls = table[kind];
      for (const locale of LOCALE_CODES) {
        urls.set(pathOf(locale), { owner: pathOf(locale) });
        urls.set(pathOf(locale, ['404']), { owner: pathOf(locale, ['404']) });
        for (const section of NAV_SECTIONS)
          urls.set(sectionPath(locale, section), { owner: sectionPath(locale, section) });
      }
      for (const group of groups) {
        const members = Object.fromEntries(
          LOCALE_CODES.map((l) => [l, group.byLocale[l]]).filter(
            ([, item]) => item && (kind === 'all' || (item as Item).visibility.visible),
          ),
        ) as Partial<Record<Locale, Item>>;
        const available = LOCALE_CODES.filter((l) => members[l]);
        if (!available.length) continue;
        const source = members[group.sourceLocale];
        const origin = source ?? members[available[0]!]!;
        for (const locale of LOCALE_CODES) {
          const shown = members[locale] ?? origin;
          const ownSlug = members[locale]?.raw?.slug;
          const sourceSlug = source?.raw?.slug;
          const segment = String(
            (typeof ownSlug === 'string' && ownSlug) || (typeof sourceSlug === 'string' && sourceSlug) || group.name,
          );
          const target: UrlTarget = { owner: shown.file, item: shown };
          if (group.collection === 'pages') {
            // routes.ts gives the press-release boilerplate no page of its own.
            if ((origin.data?.role ?? origin.raw?.role) === 'boilerplate') continue;
            const section = (shown.data?.section ?? shown.raw?.section ?? 'none') as string;
            const url =
              section !== 'none' && Object.hasOwn(SECTIONS, section)
                ? sectionPath(locale, section as SectionKey, segment)
                : pathOf(locale, [segment]);
            this.claim(urls, url, target, kind, members[locale] ?? shown, segment);
          } else {
            const section = LINKED_SECTIONS[group.collection];
            if (!section) continue;
            const key = `${group.collection}|${locale}`;
            const segments = table.segments[kind];
            if (!segments.has(section)) segments.set(section, new Map());
            const bySegment = segments.get(section)!;
            const seen = bySegment.get(`${locale}/${segment}`);
            if (kind === 'all' && seen && seen.key === key) {
              const item = members[locale] ?? shown;
              this.duplicate(item, `${sectionPath(locale, section)}…/${segment}/`, seen.target.owner, segment);
            }
            if (!seen) bySegment.set(`${locale}/${segment}`, { key, target });
          }
        }
      }
    }
    return table;
  }

  private claim(
    urls: Map<string, UrlTarget>,
    url: string,
    target: UrlTarget,
    kind: 'all' | 'live',
    item: Item,
    segment: string,
  ): void {
    const previous = urls.get(url);
    if (!previous) {
      urls.set(url, target);
      return;
    }
    if (kind === 'all' && previous.owner !== target.owner) this.duplicate(item, url, previous.owner, segment);
  }

  private duplicate(item: Item, url: string, other: string, segment: string): void {
    if (this.problems.some((p) => p.file === item.file && p.field === 'slug' && p.found === JSON.stringify(segment)))
      return;
    const line = lineOf(item.yamlLines, ['slug']);
    this.rule(
      'slug.duplicate',
      { file: item.file, field: 'slug', line: line && item.yamlStart + line - 1, found: segment },
      { url, other: other.startsWith('/') ? `${other} (trang có sẵn / a built-in page)` : other, name: segment },
    );
  }

  private checkLinks(prose: Item[], table: UrlTable): void {
    for (const item of prose) {
      const own = this.ownUrl(item, table);
      for (const { url, line } of item.links) {
        if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
        const hashAt = url.indexOf('#');
        const rawPath = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0] ?? '';
        const anchor = hashAt >= 0 ? safeDecode(url.slice(hashAt + 1)) : undefined;
        const where = { file: item.file, field: BODY, line, found: url };
        if (!rawPath) {
          if (anchor && !item.anchors.has(anchor)) this.badAnchor(where, anchor, item.anchors, item.file);
          continue;
        }
        let path: string;
        if (rawPath.startsWith('/')) path = rawPath;
        else if (own) path = new URL(rawPath, `https://site.invalid${own}`).pathname;
        else continue; // the entry's own address is not known yet: relative links cannot be resolved
        path = safeDecode(path);
        if (/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')) continue; // a file (press kit, picture…), not a page
        const found = this.resolve(path, table);
        if (found.status === 'ok') {
          if (anchor && found.target.item && !found.target.item.anchors.has(anchor)) {
            this.badAnchor(where, anchor, found.target.item.anchors, `${path} (${found.target.item.file})`);
          }
          continue;
        }
        if (found.status === 'unpublished') {
          if (!item.visibility.visible) continue; // a draft may link to another draft
          const target = found.target.item!;
          const why =
            target.visibility.visible === false && target.visibility.reason === 'scheduled'
              ? `${target.file}: publishAt ${vietnamTime(target.visibility.until)}`
              : `${target.file}: draft`;
          this.rule('link.unpublished', where, { why, suggestion: `${pathOf(localeOfPath(path))}` });
          continue;
        }
        if (!path.endsWith('/') && this.resolve(`${path}/`, table).status !== 'missing') {
          this.rule('link.slash', where, { suggestion: `${path}/${anchor ? `#${anchor}` : ''}` });
          continue;
        }
        this.rule('link.broken', where, { url, suggestion: this.suggestUrl(path, table) });
      }
    }
  }

  /** The address an editor probably meant: the closest entry under the same section, else the nearest known page. */
  private suggestUrl(path: string, table: UrlTable): string {
    const locale = localeOfPath(path);
    const parts = path.split('/').filter(Boolean);
    if (locale !== 'vi') parts.shift();
    const section = (Object.keys(SECTIONS) as SectionKey[]).find((s) => SECTIONS[s][locale] === parts[0]);
    const last = parts.at(-1);
    if (section && last && parts.length > 1) {
      const segments = [...(table.segments.all.get(section)?.keys() ?? [])]
        .filter((k) => k.startsWith(`${locale}/`))
        .map((k) => k.slice(locale.length + 1));
      const guess = closest(last, segments);
      if (guess && levenshtein(guess, last) <= Math.max(3, last.length / 3))
        return `${path.slice(0, path.lastIndexOf(last))}${guess}/`;
    }
    const segs = path.split('/').filter(Boolean);
    let best = pathOf(locale);
    let score = [-1, Infinity];
    for (const url of table.live.keys()) {
      if (localeOfPath(url) !== locale || url.endsWith('/404/')) continue;
      const other = url.split('/').filter(Boolean);
      let common = 0;
      while (common < Math.min(segs.length, other.length) && segs[common] === other[common]) common++;
      const distance = levenshtein(path, url);
      if (common > score[0]! || (common === score[0] && distance < score[1]!)) {
        best = url;
        score = [common, distance];
      }
    }
    return best;
  }

  private badAnchor(
    where: { file: string; field: string; line?: number; found: string },
    anchor: string,
    anchors: Set<string>,
    target: string,
  ): void {
    this.rule('anchor.broken', where, {
      anchor,
      target,
      known: listNames([...anchors].map((a) => `#${a}`)),
      first: `#${closest(anchor, anchors) ?? ''}`,
    });
  }

  /** An entry's own address in its language, when routes.ts makes it (pages). */
  private ownUrl(item: Item, table: UrlTable): string | undefined {
    for (const kind of ['live', 'all'] as const) {
      for (const [url, target] of table[kind])
        if (target.item === item && item.locale && localeOfPath(url) === item.locale) return url;
    }
    return undefined;
  }

  private resolve(
    path: string,
    table: UrlTable,
  ): { status: 'ok' | 'unpublished'; target: UrlTarget } | { status: 'missing' } {
    const live = table.live.get(path);
    if (live) return { status: 'ok', target: live };
    const all = table.all.get(path);
    if (all) return { status: 'unpublished', target: all };
    // /<prefix>/<section>/…/<segment>/ for the collections of LINKED_SECTIONS.
    const locale = localeOfPath(path);
    const parts = path.split('/').filter(Boolean);
    if (locale !== 'vi') parts.shift();
    if (parts.length < 2 || !path.endsWith('/')) return { status: 'missing' };
    const section = (Object.keys(SECTIONS) as SectionKey[]).find((s) => SECTIONS[s][locale] === parts[0]);
    if (!section) return { status: 'missing' };
    const statics = this.staticSegments().get(section)?.[locale] ?? new Set<string>();
    const entryAt = (kind: 'live' | 'all', segment: string) =>
      table.segments[kind].get(section)?.get(`${locale}/${segment}`);
    const rest = parts.slice(1);
    // Every segment must be known: a list page's own segment, a number (year, page) or an entry's.
    const paged = new RegExp(`^${PAGE_SEGMENT[locale]}-\\d+$`);
    const fixed = (segment: string) => statics.has(segment) || /^\d+$/.test(segment) || paged.test(segment);
    const known = (segment: string) => fixed(segment) || !!entryAt('all', segment);
    if (!rest.every(known)) return { status: 'missing' };
    const last = rest.at(-1)!;
    const liveHit = entryAt('live', last);
    if (liveHit) return { status: 'ok', target: liveHit.target };
    if (fixed(last)) return { status: 'ok', target: { owner: path } };
    const allHit = entryAt('all', last);
    if (allHit) return { status: 'unpublished', target: allHit.target };
    return { status: 'missing' };
  }

  private statics?: Map<SectionKey, Record<Locale, Set<string>>>;

  /**
   * The fixed URL segments of each section's own pages (lists, filters, kinds, page n of a list),
   * per language, from the section registry: links to section pages are checked without Astro.
   */
  private staticSegments(): Map<SectionKey, Record<Locale, Set<string>>> {
    if (this.statics) return this.statics;
    const result = new Map<SectionKey, Record<Locale, Set<string>>>();
    for (const section of SECTION_SPECS) {
      const sets = { vi: new Set<string>(), en: new Set<string>(), zh: new Set<string>() };
      for (const segments of section.pageSegments) for (const locale of LOCALE_CODES) sets[locale].add(segments[locale]);
      result.set(section.key, sets);
    }
    this.statics = result;
    return result;
  }
}

interface Group {
  collection: CollectionName;
  name: string;
  byLocale: Partial<Record<Locale, Item>>;
  sourceLocale: Locale;
}

interface UrlTarget {
  /** The file that makes the page, or the page's own address for built-in pages. */
  owner: string;
  item?: Item;
}

interface UrlTable {
  live: Map<string, UrlTarget>;
  all: Map<string, UrlTarget>;
  segments: Record<'live' | 'all', Map<SectionKey, Map<string, { key: string; target: UrlTarget }>>>;
}

/** The parts of satteri's mdast the check reads. */
interface MdNode {
  type: string;
  value?: unknown;
  url?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start?: { line?: number } };
}

/**
 * Examples of values for the human-written fields (messages about them show one), in the words
 * of the site's own province when the check knows its name, else neutral.
 */
function fieldExamples(name: { vi: string; en: string }): Record<string, string> {
  return {
    title: 'Lễ hội mùa xuân: lịch và chương trình',
    description: `Lịch lễ hội mùa xuân năm nay ở ${name.vi}, với ngày âm lịch và dương lịch.`,
    source: `Quyết định số …/QĐ-UBND ngày 15/01/2025 của UBND ${name.vi}`,
    commune: 'xã …',
    former: 'huyện … (trước 1/7/2025)',
    credit: 'Sở Văn hóa, Thể thao và Du lịch',
    gettingThere: 'Theo quốc lộ, cách trung tâm tỉnh khoảng 15 km về phía bắc.',
    dateline: name.vi,
    hours: '7:00–22:00',
    vi: 'Cửa khẩu quốc tế',
    en: 'International border gate',
    zh: '国际口岸',
    note: 'Đính chính số liệu diện tích.',
    lat: '16.4637',
    lon: '107.5909',
  };
}


function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'html') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** `{/* a comment *\/}` and `{frontmatter.title}` are harmless; anything else runs code at build time. */
function harmlessExpression(value: string): boolean {
  const code = value.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return code === '' || /^frontmatter(\.\w+)+$/.test(code);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function slugifyName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'ten-muc'
  );
}

/** Zod reports every unknown key of an object in one issue; editors read one key at a time better. */
function splitUnknownKeys(issue: IssueLike): IssueLike[] {
  if (issue.code !== 'unrecognized_keys' || (issue.keys?.length ?? 0) < 2) return [issue];
  return issue.keys!.map((key) => ({ ...issue, keys: [key] }));
}

// ---------------------------------------------------------------- entry points

/** Check the content under `<root>/src/content/`: the problems, the held-back entries and counts. */
export function inspectContent(root: string, options: CheckOptions = {}): CheckReport {
  const checker = new Checker(resolve(root), options);
  checker.run();
  const problems = [...checker.problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
  const heldBack = [...checker.heldBack].sort((a, b) => a.file.localeCompare(b.file));
  return { problems, heldBack, counts: checker.counts };
}

/** The problems in the content under `<root>/src/content/` (none: the content is fine). */
export function checkContent(root: string, options: CheckOptions = {}): Problem[] {
  return inspectContent(root, options).problems;
}

/** "held back until 2026-12-01 09:00 (Vietnam time)" lines for the scheduled entries; drafts are silent. */
export function formatHeldBack(heldBack: readonly HeldBack[]): string[] {
  return heldBack
    .filter((h) => h.reason === 'scheduled' && h.until)
    .map((h) => `⏸ ${h.file}: chưa đăng đến / held back until ${vietnamTime(h.until!)} (giờ Việt Nam / Vietnam time)`);
}

/** The build's first step: the same check, the same messages. */
export const contentCheckStep: BuildStep = {
  name: 'content check',
  run: async ({ root, log }) => {
    const started = performance.now();
    const provinceName = await provinceNameOf(root);
    const report = inspectContent(root, { now: buildNow(), ...(provinceName ? { provinceName } : {}) });
    if (report.problems.length) throw new EditorError(formatReport(report.problems));
    for (const line of formatHeldBack(report.heldBack)) log(line);
    log(`✓ content check: ${report.counts.files} files (${Math.round(performance.now() - started)} ms)`);
  },
};
