/**
 * The Markdown/MDX body of a prose entry: it parses (satteri), it is safe (no import/export, no
 * <script>, <style>, <iframe>, on…= or style= attributes, no {expressions}, only the components of
 * src/mdx/names.ts, no javascript: links), and the pictures it names exist. Collects the
 * entry's anchors (headings, ids) and links for the link check (./links.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Slugger from 'github-slugger';
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

/** `{/* a comment *\/}` and `{frontmatter.title}` are harmless; anything else runs code at build time. */
function harmlessExpression(value: string): boolean {
  const code = value.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  return code === '' || /^frontmatter(\.\w+)+$/.test(code);
}

/** Parse and check the body of a prose file (`source` is the whole file, `abs` its path). */
export function checkBody(ctx: CheckContext, item: Item, source: string, mdx: boolean, abs: string): void {
  new BodyCheck(ctx, item, abs).run(source, mdx);
}

class BodyCheck {
  private readonly ctx: CheckContext;
  private readonly item: Item;
  private readonly abs: string;

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
          if (!harmlessExpression(String(node.value ?? ''))) {
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
        if ((attr === 'href' || attr === 'src') && /^\s*javascript:/i.test(value)) {
          ctx.rule('html.unsafe', { file, field: BODY, line, found: value.slice(0, 60) }, { what: 'javascript:' });
        } else if (attr === 'href') this.collectLink(value, line);
      }
    }
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
    if (/javascript:/i.test(html))
      ctx.rule('html.unsafe', { file, field: BODY, line, found: html.trim().slice(0, 80) }, { what: 'javascript:' });
    for (const m of html.matchAll(/<\s*([A-Z][\w.]*)/g)) {
      const example = item.file.replace(/\.md$/, '.mdx');
      ctx.rule('md.component', { file, field: BODY, line, found: `<${m[1]}>` }, { name: m[1], example });
    }
    for (const m of html.matchAll(/\sid\s*=\s*["']([^"']+)["']/gi)) item.anchors.add(m[1]!);
    for (const m of html.matchAll(/\shref\s*=\s*["']([^"']+)["']/gi)) this.collectLink(m[1]!, line);
  }

  private collectLink(url: string, line: number | undefined): void {
    if (/^\s*javascript:/i.test(url)) {
      this.ctx.rule(
        'html.unsafe',
        { file: this.item.file, field: BODY, line, found: url.slice(0, 60) },
        { what: 'javascript:' },
      );
      return;
    }
    this.item.links.push({ url: url.trim(), line });
  }

  private checkBodyImage(url: string, line: number | undefined): void {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) return;
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
