/** "TODO" left in anything that would be published: one problem a line, naming the field. */
import { COLLECTIONS } from '../collections/index.ts';
import { BODY, type CheckContext, type Item } from './context.ts';
import { keyAtLine } from './reading.ts';
import type { Validator } from './validating.ts';

/**
 * The TODOs of a file's lines. `firstLine` is the file line of `lines[0]`; lines up to
 * `frontmatterEnd` are YAML (their problem names the key), the rest is the body. Drafts may keep
 * theirs.
 */
export function checkTodos(
  ctx: CheckContext,
  validator: Validator,
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
        ? `${ctx.provinceName.vi} có …`
        : (validator.exampleFor(item.collection, path) ?? `${path.at(-1)}: …`);
    // Show the value, not the whole line: `"TODO: title"` rather than `title: "TODO: title"`.
    const found =
      inYaml && key ? line.replace(/^\s*(?:- )?[^:]*:\s*/, '').replace(/^"(.*)"(\s*#.*)?$/, '$1$2') : line.trim();
    ctx.rule('todo', { file: item.file, field, line: lineNo, found: found.slice(0, 80) }, { example });
  });
}
