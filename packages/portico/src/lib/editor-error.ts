/** A mistake in content or configuration: shown to editors as its message alone, without a stack trace. */
import { formatReport, problemFromRule, type Problem } from './problems.ts';

export class EditorError extends Error {
  override name = 'EditorError';
}

/**
 * A content mistake found while a page was rendered (something the check could not see): the
 * problems, each with its file (or the page's address when the file is not known), field and
 * bilingual message. The build reports them like the check's and removes its temporary folder.
 */
export class ContentProblemError extends EditorError {
  override name = 'ContentProblemError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(formatReport(problems));
    this.problems = problems;
  }
}

/** Names of the errors that are an editor's (or a configuration's) mistake, not a bug in Portico. */
const EDITOR_ERRORS = new Set(['EditorError', 'ContentProblemError', 'BuildLockedError']);

/**
 * Whether an error is an editor's mistake. By name as well as by class: the engine's code runs
 * bundled inside the Astro build too, where its classes are other copies.
 */
export const isEditorError = (error: unknown): error is EditorError =>
  error instanceof EditorError || (error instanceof Error && EDITOR_ERRORS.has(error.name));

/**
 * Where a render-time problem is: "news/vi/x" (collection/entry id) → src/content/news/vi/x.md
 * (or .mdx, as `exists` says), "Gallery on /path/" → the page's address.
 */
export function renderedAt(where: string, exists: (path: string) => boolean): string {
  const page = /^Gallery on (\/.*)$/.exec(where);
  if (page) return page[1]!;
  if (where.startsWith('/') || where.startsWith('src/')) return where;
  const base = `src/content/${where}`;
  return exists(`${base}.mdx`) ? `${base}.mdx` : `${base}.md`;
}

/** A picture named in content that does not exist (or has expired), found while rendering. */
export function unusablePicture(file: string, field: string, id: string): ContentProblemError {
  return new ContentProblemError([
    problemFromRule('media.unusable', { file, field, found: id }, { id, example: 'ten-anh' }),
  ]);
}
