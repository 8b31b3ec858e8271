/**
 * Reading the content: finding every file under src/content/ and parsing it the way the content
 * check wants it (text kept, YAML parsed with js-yaml's CORE_SCHEMA so dates stay text, syntax
 * errors with their line). One reader for `portico check`, `portico status` and
 * `portico calendar`, so the three agree on what a file says.
 *
 * Where files are: prose src/content/<name>/<vi|en|zh>/<entry>.md|.mdx, records
 * src/content/<name>/<id>.yaml (pictures beside them), lists src/content/<name>.yaml. A file in
 * the wrong place is a problem of the reading (`placement`), with the editors' message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName } from '../collections/index.ts';
import { LOCALE_CODES, isLocale, type Locale } from '../i18n/locales.ts';
import { problemFromRule, type Problem } from '../lib/problems.ts';
import { closest } from './text.ts';

export const CONTENT = 'src/content';
export const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path from the site's root, with forward slashes. */
export const rel = (root: string, abs: string): string => relative(root, abs).split(sep).join('/');

export const listDir = (dir: string) => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
};

export const loadYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

/** Something js-yaml's default schema (what Astro uses) reads otherwise than CORE: a timestamp. */
const BUILD_SPECIFIC = /\d{4}-\d\d?-\d\d?|<<|!!/;

/**
 * A YAML text as the build reads it (js-yaml's default schema: unquoted dates become Date
 * objects), when that can differ from loadYaml's reading; undefined otherwise or on error.
 */
export function loadYamlAsBuilt(text: string): unknown {
  if (!BUILD_SPECIFIC.test(text)) return undefined;
  try {
    return yaml.load(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- YAML with lines

/** A parsed YAML text, or where and why it could not be parsed (`index`: 0-based line in the text). */
export type YamlResult = { ok: true; value: unknown } | { ok: false; index: number; reason: string };

export function parseYamlText(text: string): YamlResult {
  try {
    return { ok: true, value: loadYaml(text) };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line?: number }; message?: string };
    return { ok: false, index: e.mark?.line ?? 0, reason: e.reason ?? String(e.message ?? error).split('\n')[0]! };
  }
}

/** The editors' message for a YAML syntax error; `firstLine` is the file line of the text's first line. */
export function yamlProblem(file: string, text: string, firstLine: number, failed: { index: number; reason: string }) {
  const lines = text.split(/\r?\n/);
  const index = failed.index;
  const near = lines[Math.min(index, lines.length - 1)]?.trim();
  // js-yaml points at the line after an unclosed value: name the key above it.
  return problemFromRule(
    'yaml.syntax',
    { file, field: keyAtLine(lines, index) ?? '(frontmatter)', line: firstLine + index, found: near || undefined },
    { reason: failed.reason },
  );
}

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
export function keyAtLine(lines: readonly string[], index: number): string | undefined {
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

// ---------------------------------------------------------------- front matter

/** The fields between the two `---` lines at the top of a prose file; they start on line 2. */
export type FrontMatter =
  | { status: 'missing' }
  | { status: 'unclosed' }
  | { status: 'ok'; text: string; yaml: YamlResult; /** Where the body starts in the source. */ end: number };

export function splitFrontMatter(source: string): FrontMatter {
  if (!source.startsWith('---')) return { status: 'missing' };
  const fm = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^---[ \t]*$/m.exec(source);
  if (!fm || fm.index !== 0) return { status: 'unclosed' };
  const text = fm[1] ?? '';
  return { status: 'ok', text, yaml: parseYamlText(text), end: fm[0].length };
}

/** The editors' message for front matter that is missing or not closed. */
export function frontMatterProblem(file: string, source: string, front: { status: 'missing' | 'unclosed' }): Problem {
  return front.status === 'missing'
    ? problemFromRule('frontmatter.missing', {
        file,
        field: '(frontmatter)',
        line: 1,
        found: source.split(/\r?\n/)[0]?.slice(0, 60) || undefined,
      })
    : problemFromRule('frontmatter.unclosed', { file, field: '(frontmatter)', line: 1, found: '---' });
}

// ---------------------------------------------------------------- the files

interface FileBase {
  collection: CollectionName;
  /** From the site's root: src/content/news/vi/tet.md. */
  file: string;
  abs: string;
}

/** src/content/<collection>/<locale>/<name>.md|.mdx */
export interface ProseFile extends FileBase {
  kind: 'prose';
  locale: Locale;
  name: string;
  ext: '.md' | '.mdx';
  /** The whole file, without a byte-order mark. */
  source: string;
  front: FrontMatter;
}

/** src/content/<collection>/<name>.yaml */
export interface RecordFile extends FileBase {
  kind: 'record';
  name: string;
  text: string;
  yaml: YamlResult;
}

/** src/content/<collection>.yaml: a map of name → record. */
export interface ListFile extends FileBase {
  kind: 'list';
  text: string;
  yaml: YamlResult;
}

/** A picture beside the records of a collection (src/content/media/*.jpg). */
export interface PictureFile extends FileBase {
  kind: 'picture';
}

export type ContentFile = ProseFile | RecordFile | ListFile | PictureFile;

export interface ContentTree {
  root: string;
  /** Every file read, in a stable order (folders and names sorted). */
  files: ContentFile[];
  /** Files and folders in the wrong place, with the editors' messages. */
  placement: Problem[];
  /** Files written in decomposed Unicode (NFD): read as NFC, as the build publishes them. */
  nfd: string[];
}

export interface ReadOptions {
  /** Read only these collections (the others are skipped without a word). */
  only?: readonly CollectionName[];
}

/** The text of a content file as written, without a byte-order mark. */
const readRaw = (abs: string): string => readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');

/**
 * The text of a content file, without a byte-order mark, in composed Unicode (NFC): "ế" written as
 * e + two combining marks (NFD, as some Macs and PDFs give it) reads as the one letter it is.
 */
export const readText = (abs: string): string => readRaw(abs).normalize('NFC');

/** Every content file under `<root>/src/content/`, read and parsed, and the misplaced ones. */
export function readContent(root: string, options: ReadOptions = {}): ContentTree {
  return new Reader(root, options).run();
}

class Reader {
  readonly files: ContentFile[] = [];
  readonly placement: Problem[] = [];
  readonly nfd: string[] = [];

  readonly root: string;
  readonly options: ReadOptions;

  constructor(root: string, options: ReadOptions) {
    this.root = root;
    this.options = options;
  }

  /** A file's text in NFC, noting the files that were not. */
  private read(abs: string, file: string): string {
    const raw = readRaw(abs);
    const text = raw.normalize('NFC');
    if (text !== raw) this.nfd.push(file);
    return text;
  }

  private wanted(name: string): boolean {
    return !this.options.only || (this.options.only as readonly string[]).includes(name);
  }

  private rule(code: string, where: { file: string; field: string; found?: unknown }, params: Record<string, unknown>) {
    if (!this.options.only) this.placement.push(problemFromRule(code, where, params));
  }

  run(): ContentTree {
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
            collectionParams(dirent.name),
          );
        } else if (!this.wanted(name)) continue;
        else if (spec.layout === 'prose') this.scanProse(name, abs);
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
      if (spec && !this.wanted(stem)) continue;
      if (spec?.layout === 'list' && ext === '.yaml') {
        const text = this.read(abs, file);
        this.files.push({ kind: 'list', collection: stem, file, abs, text, yaml: parseYamlText(text) });
      } else if (spec?.layout === 'list' && ext === '.yml') {
        this.rule(
          'file.extension',
          { file, field: '(file)', found: dirent.name },
          { allowed: '.yaml', example: `${stem}.yaml` },
        );
      } else if (spec) {
        this.rule('file.nested', { file, field: '(file)', found: dirent.name }, placeParams(stem, spec.layout));
      } else {
        this.rule('collection.unknown', { file, field: '(file)', found: dirent.name }, collectionParams(stem));
      }
    }
    return { root: this.root, files: this.files, placement: this.placement, nfd: this.nfd };
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
              placeParams(name, 'prose'),
            );
          } else if (inner.isFile()) {
            const ext = extname(inner.name);
            if (ext === '.md' || ext === '.mdx') {
              const source = this.read(innerAbs, innerFile);
              this.files.push({
                kind: 'prose',
                collection: name,
                locale: dirent.name,
                name: inner.name.slice(0, inner.name.length - ext.length),
                ext,
                file: innerFile,
                abs: innerAbs,
                source,
                front: splitFrontMatter(source),
              });
            } else
              this.badExtension(innerFile, inner.name, '.md, .mdx', `${CONTENT}/${name}/${dirent.name}/ten-muc.md`);
          }
        }
      } else if (dirent.isFile()) {
        this.rule('file.nested', { file, field: '(file)', found: dirent.name }, placeParams(name, 'prose'));
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
          placeParams(name, 'records'),
        );
      } else if (dirent.isFile()) {
        if (extname(dirent.name) === '.yaml') {
          const text = this.read(abs, file);
          const id = dirent.name.slice(0, dirent.name.length - '.yaml'.length);
          this.files.push({ kind: 'record', collection: name, name: id, file, abs, text, yaml: parseYamlText(text) });
        } else if (IMAGE_EXT.test(dirent.name)) this.files.push({ kind: 'picture', collection: name, file, abs });
        else if (!/^readme(\.[a-z]+)?$/i.test(dirent.name))
          this.badExtension(file, dirent.name, '.yaml', `${CONTENT}/${name}/ten-anh.yaml`);
      }
    }
  }
}

function collectionParams(name: string) {
  const names = Object.keys(COLLECTIONS);
  return { name, allowed: names.join(', '), example: `${CONTENT}/${closest(name, names)}/` };
}

function placeParams(name: CollectionName, layout: 'prose' | 'records' | 'list') {
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
