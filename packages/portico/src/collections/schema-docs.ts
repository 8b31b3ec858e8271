/**
 * The `/** doc *\/` comment of every schema field, read from the source of src/schemas/*.ts with
 * the TypeScript parser (Zod keeps no comments at run time). Used by `npm run new` to write each
 * field's explanation above it.
 *
 * A schema factory such as `ZoneSchema = () => proseBase().extend({ … location: place() … })`
 * gets its own fields' comments, those of proseBase() (called with no field around it) and,
 * under `location`, those of place().
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

interface FactoryDocs {
  /** Dotted path (list items left out) → comment. */
  own: Map<string, string>;
  /** Factories called inside it, and the field path they sit under ('' for the whole object). */
  calls: { prefix: string; callee: string }[];
}

const clean = (comment: string): string =>
  comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');

/** The engine's schema sources (relative to the engine's folder): shared fields, the frame's, each section's. */
export function schemaFiles(root: string): string[] {
  const sections = readdirSync(join(root, 'src/sections'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'src/sections', d.name, 'schema.ts')))
    .map((d) => `src/sections/${d.name}/schema.ts`);
  return ['src/collections/fields.ts', 'src/frame/schema.ts', 'src/config/schema.ts', ...sections.sort()];
}

export class SchemaDocs {
  private readonly factories = new Map<string, FactoryDocs>();

  constructor(root: string) {
    for (const name of schemaFiles(root)) {
      const text = readFileSync(join(root, name), 'utf8');
      const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
          this.factories.set(declaration.name.text, this.read(declaration.initializer, text));
        }
      }
    }
  }

  private read(initializer: ts.Node, text: string): FactoryDocs {
    const docs: FactoryDocs = { own: new Map(), calls: [] };
    const pathOf = (node: ts.Node): string[] => {
      const path: string[] = [];
      for (let p: ts.Node | undefined = node.parent; p && p !== initializer; p = p.parent) {
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          path.unshift(p.name.text);
      }
      return path;
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
        const doc = ranges
          .map((r) => text.slice(r.pos, r.end))
          .filter((c) => c.startsWith('/**'))
          .pop();
        const path = [...pathOf(node), node.name.text].join('.');
        if (doc) docs.own.set(path, clean(doc));
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        docs.calls.push({ prefix: pathOf(node).join('.'), callee: node.expression.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(initializer);
    return docs;
  }

  /** The comment of a field of a factory's schema, e.g. ('ZoneSchema', ['location', 'commune']). */
  doc(factory: string, path: readonly (string | number)[], depth = 0): string | undefined {
    const docs = this.factories.get(factory);
    if (!docs || depth > 8) return undefined;
    const key = path.filter((p) => typeof p === 'string' && !/^\d+$/.test(p)).join('.');
    const own = docs.own.get(key);
    if (own) return own;
    for (const { prefix, callee } of docs.calls) {
      if (callee === factory) continue;
      const parts = prefix ? prefix.split('.') : [];
      const keyParts = key ? key.split('.') : [];
      if (parts.every((p, i) => keyParts[i] === p) && keyParts.length > parts.length) {
        const found = this.doc(callee, keyParts.slice(parts.length), depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }
}
