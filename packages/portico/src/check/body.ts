/**
 * The Markdown/MDX body of a prose entry: it parses (satteri), it is safe (no import/export, no
 * <script>, <style>, <iframe>, on…= or style= attributes, no {expressions}, only the components of
 * src/mdx/names.ts, no javascript: links), and the pictures it names exist. Collects the
 * entry's anchors (headings, ids) and links for the link check (./links.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Slugger from 'github-slugger';
import yaml from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { MDX_COMPONENT_NAMES } from '../mdx/names.ts';
import { BODY, type CheckContext, type Item } from './context.ts';
import { rel } from './reading.ts';

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

function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'html') return '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * `{/* a comment *\/}` is harmless, and so is `{frontmatter.title}` when it names a plain value
 * the front matter really has (text, a number, true/false). Anything else runs code at build time:
 * `{frontmatter.constructor.constructor}` reaches JavaScript's own objects.
 */
function harmlessExpression(value: string, front: () => unknown): boolean {
  const code = value.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  if (code === '') return true;
  if (!/^frontmatter(\.\w+)+$/.test(code)) return false;
  let at: unknown = front();
  for (const key of code.split('.').slice(1)) {
    if (!at || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' || typeof at === 'number' || typeof at === 'boolean';
}

/** Characters of HTML entities that can hide a scheme: `&#106;avascript&colon;`. */
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  period: '.',
  lpar: '(',
  rpar: ')',
  semi: ';',
  comma: ',',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Schemes a link may use; everything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme of a URL as a browser reads it (entities decoded, tabs and newlines dropped, leading
 * spaces and control characters trimmed), when it is not one a link may use.
 */
export function unsafeScheme(url: string): string | undefined {
  const read = decodeEntities(url)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

/** HTML attributes whose value is an address. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'xlink:href',
  'srcset',
  'ping',
]);

/** A picture from another site: http(s)://… or //host/…, entities decoded. */
const isExternal = (url: string) => /^(https?:)?\/\//i.test(decodeEntities(url).trim());

/** Parse and check the body of a prose file (`source` is the whole file, `abs` its path). */
export function checkBody(ctx: CheckContext, item: Item, source: string, mdx: boolean, abs: string): void {
  new BodyCheck(ctx, item, abs).run(source, mdx);
}

class BodyCheck {
  private readonly ctx: CheckContext;
  private readonly item: Item;
  private readonly abs: string;
  private front?: { value: unknown };

  constructor(ctx: CheckContext, item: Item, abs: string) {
    this.ctx = ctx;
    this.item = item;
    this.abs = abs;
  }

  run(source: string, mdx: boolean): void {
    const { item, ctx } = this;
    const file = item.file;
    const lines = source.split(/\r?\n/);
    let tree: MdNode;
    try {
      tree = (mdx ? mdxToMdast(source) : markdownToMdast(source)) as unknown as MdNode;
    } catch (error) {
      const message = String((error as Error)?.message ?? error).split('\n')[0] ?? '';
      const m = /^(\d+):(\d+):\s*(.*?)(?:\s+\(([\w:-]+)\))?$/.exec(message);
      const line = m ? Number(m[1]) : undefined;
      ctx.rule(
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
          if (typeof node.url === 'string') this.collectLink(node.url, line);
          break;
        case 'image':
          if (typeof node.url === 'string') this.checkBodyImage(node.url, line);
          break;
        case 'mdxjsEsm':
          ctx.rule(
            'mdx.import',
            { file, field: BODY, line, found: String(node.value ?? '').split('\n')[0] },
            { allowed: ALLOWED_COMPONENTS },
          );
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!harmlessExpression(String(node.value ?? ''), () => this.frontMatter())) {
            ctx.rule('mdx.expression', {
              file,
              field: BODY,
              line,
              found: `{${String(node.value ?? '').slice(0, 60)}}`,
            });
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          this.checkJsx(node, line);
          break;
        case 'html':
          this.checkHtml(String(node.value ?? ''), line);
          break;
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  }

  /**
   * The front matter as MDX gives it to `{frontmatter.…}`: parsed the way Astro parses it (js-yaml's
   * default schema, where an unquoted date is a Date object, not text).
   */
  private frontMatter(): unknown {
    if (!this.front) {
      try {
        this.front = { value: yaml.load(this.item.yamlLines.join('\n')) };
      } catch {
        this.front = { value: undefined };
      }
    }
    return this.front.value;
  }

  /** A URL with a scheme no link may use: javascript: (and its entity-encoded forms), data:… */
  private badScheme(url: string, line: number | undefined): boolean {
    const scheme = unsafeScheme(url);
    if (!scheme) return false;
    const where = { file: this.item.file, field: BODY, line, found: url.slice(0, 60) };
    if (scheme === 'javascript' || scheme === 'vbscript') this.ctx.rule('html.unsafe', where, { what: `${scheme}:` });
    else this.ctx.rule('url.scheme', where, { scheme: `${scheme}:` });
    return true;
  }

  private checkJsx(node: MdNode, line: number | undefined): void {
    const { item, ctx } = this;
    const name = node.name;
    const file = item.file;
    if (name) {
      const lower = name.toLowerCase();
      if (UNSAFE_TAGS.has(lower)) {
        ctx.rule('html.unsafe', { file, field: BODY, line, found: `<${name}>` }, { what: `<${lower}>` });
      } else if (/^[A-Z]|[.:]/.test(name) && !(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
        ctx.rule(
          'mdx.component',
          { file, field: BODY, line, found: `<${name}>` },
          { name, allowed: ALLOWED_COMPONENTS },
        );
      }
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        ctx.rule('mdx.expression', {
          file,
          field: BODY,
          line,
          found: `{${String(attribute.value ?? '').slice(0, 60)}}`,
        });
        continue;
      }
      const attr = String(attribute.name ?? '');
      if (/^on/i.test(attr) || attr.toLowerCase() === 'style') {
        ctx.rule(
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
          ctx.rule('mdx.expression', { file, field: BODY, line, found: `${attr}={${expression.slice(0, 60)}}` });
        }
      } else if (typeof value === 'string') {
        if (attr === 'id') item.anchors.add(value);
        if (URL_ATTRIBUTES.has(attr.toLowerCase()) && this.badScheme(value, line)) continue;
        if (attr === 'href') this.collectLink(value, line);
        else if (attr === 'src' && name?.toLowerCase() === 'img') this.checkBodyImage(value, line);
        else if (name === 'Gallery' && attr === 'items') this.galleryItems(value, line);
      } else if (value === null || value === undefined) {
        if (name === 'Gallery' && attr === 'items') this.galleryItems('', line);
      }
    }
    if (name === 'Gallery' && !(node.attributes ?? []).some((a) => a.name === 'items')) this.galleryItems('', line);
  }

  /** `<Gallery items="a, b">`: the pictures it names, for the check across files. */
  private galleryItems(value: string, line: number | undefined): void {
    const ids = value.split(/[\s,]+/).filter(Boolean);
    if (!ids.length) {
      this.ctx.rule('gallery.items', {
        file: this.item.file,
        field: `${BODY} <Gallery items>`,
        line,
        found: value || undefined,
      });
      return;
    }
    for (const id of ids) this.item.media.push({ id, field: `${BODY} <Gallery items>`, line });
  }

  private checkHtml(html: string, line: number | undefined): void {
    const { item, ctx } = this;
    const file = item.file;
    for (const m of html.matchAll(/<\s*([a-z][\w-]*)/gi)) {
      const tag = m[1]!.toLowerCase();
      if (UNSAFE_TAGS.has(tag))
        ctx.rule('html.unsafe', { file, field: BODY, line, found: html.trim().slice(0, 80) }, { what: `<${tag}>` });
    }
    for (const m of html.matchAll(/\s(on[a-z]+|style)\s*=/gi)) {
      const attr = m[1]!.toLowerCase();
      ctx.rule(
        'html.unsafe',
        { file, field: BODY, line, found: html.trim().slice(0, 80) },
        { what: `${attr.startsWith('on') ? 'on…' : attr}=` },
      );
    }
    const attributes = [
      ...html.matchAll(/<\s*([a-z][\w-]*)|\s([a-z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi),
    ];
    let tag = '';
    let refused = false;
    for (const m of attributes) {
      if (m[1]) {
        tag = m[1].toLowerCase();
        continue;
      }
      const value = m[3] ?? m[4] ?? m[5] ?? '';
      if (!URL_ATTRIBUTES.has(m[2]!.toLowerCase())) continue;
      if (this.badScheme(value, line)) refused = true;
      else if (tag === 'img' && m[2]!.toLowerCase() === 'src') this.checkBodyImage(value, line);
    }
    if (!refused && /javascript:/i.test(decodeEntities(html).replace(/[\t\n\r]/g, '')))
      ctx.rule('html.unsafe', { file, field: BODY, line, found: html.trim().slice(0, 80) }, { what: 'javascript:' });
    for (const m of html.matchAll(/<\s*([A-Z][\w.]*)/g)) {
      const example = item.file.replace(/\.md$/, '.mdx');
      ctx.rule('md.component', { file, field: BODY, line, found: `<${m[1]}>` }, { name: m[1], example });
    }
    for (const m of html.matchAll(/\sid\s*=\s*["']([^"']+)["']/gi)) item.anchors.add(m[1]!);
    for (const m of html.matchAll(/\shref\s*=\s*["']([^"']+)["']/gi)) {
      if (!unsafeScheme(m[1]!)) this.collectLink(decodeEntities(m[1]!), line);
    }
  }

  private collectLink(url: string, line: number | undefined): void {
    if (this.badScheme(url, line)) return;
    this.item.links.push({ url: url.trim(), line });
  }

  private checkBodyImage(url: string, line: number | undefined): void {
    if (this.badScheme(url, line)) return;
    if (isExternal(url)) {
      this.ctx.rule('image.external', { file: this.item.file, field: BODY, line, found: url.slice(0, 80) });
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return;
    let path = url.split(/[?#]/)[0] ?? '';
    try {
      path = decodeURI(path);
    } catch {
      /* keep as written */
    }
    const target = resolve(dirname(this.abs), path);
    if (!existsSync(target))
      this.ctx.rule(
        'body.image',
        { file: this.item.file, field: BODY, line, found: url },
        { path: rel(this.ctx.root, target) },
      );
  }
}
