/**
 * How a failed build explains itself, without a stack trace:
 *  - an editor's or a configuration's mistake: its bilingual message (file, field, value, what
 *    to write, an example) and "dist/ was left as it was";
 *  - a build lock or a failed swap: their own message, which says where everything is;
 *  - anything else is a bug in Portico: it says so, where the details are (the log file) and
 *    where to report it.
 */
import { readFileSync } from 'node:fs';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatReport, type Problem } from '../lib/problems.ts';
import { isEditorError } from '../lib/editor-error.ts';

export const UNCHANGED = 'Bản dựng dừng lại; dist/ không thay đổi. / The build stopped; dist/ was left as it was.';

/** Where to report a bug: the engine's package.json `bugs`, else its README. */
export function bugsUrl(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      bugs?: string | { url?: string };
    };
    const url = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
    if (url) return url;
  } catch {
    /* fall through */
  }
  return 'the Portico developers (see the README of the portico package / xem README của gói portico)';
}

export interface ExplainOptions {
  /** The log file the build wrote (Astro's output and the error's details). */
  logFile: string;
  /** The first lines of the errors Astro reported, if any. */
  errors?: readonly string[];
  /** The file that makes a page, for problems reported on a page's address. */
  ownerOf?: (url: string) => string | undefined;
}

/** The text to print for a failed build, and whether it was an editor's mistake. */
export function explainBuildError(error: unknown, options: ExplainOptions): { text: string; editor: boolean } {
  if (error instanceof Error && (error.name === 'SwapError' || error.name === 'BuildLockedError')) {
    return { text: error.message, editor: error.name === 'BuildLockedError' };
  }
  const problems = problemsOf(error);
  if (problems) {
    const located = problems.map((p) => locate(p, options.ownerOf));
    return { text: `${formatReport(located)}\n\n${UNCHANGED}`, editor: true };
  }
  if (isEditorError(error)) return { text: `${error.message}\n\n${UNCHANGED}`, editor: true };
  keepDetails(error, options.logFile);
  const first = firstLine(error);
  const astro = (options.errors ?? []).filter((e) => e !== first).slice(0, 3);
  return {
    editor: false,
    text: [
      `✖ Lỗi bên trong Portico, không phải lỗi nội dung: ${first}`,
      `✖ An internal error in Portico, not a mistake in your content: ${first}`,
      ...astro.map((e) => `  · ${e}`),
      '',
      `  Chi tiết / Details: ${options.logFile}`,
      `  Hãy báo lỗi này kèm tệp trên / Please report it, with that file, to: ${bugsUrl()}`,
      '',
      UNCHANGED,
    ].join('\n'),
  };
}

/** The problems an error carries (ContentProblemError, also when it comes from the bundled engine). */
function problemsOf(error: unknown): Problem[] | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const problems = (e as { problems?: unknown }).problems;
    if (Array.isArray(problems) && problems.length && problems.every((p) => p && typeof p.file === 'string'))
      return problems as Problem[];
  }
  return undefined;
}

/** A problem reported on a page's address names the file that makes the page. */
function locate(problem: Problem, ownerOf: ExplainOptions['ownerOf']): Problem {
  if (!problem.file.startsWith('/') || !ownerOf) return problem;
  const owner = ownerOf(problem.file);
  return owner ? { ...problem, file: `${owner} (${problem.file})` } : problem;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n').find((l) => l.trim()) ?? text).trim().slice(0, 300);
}

function keepDetails(error: unknown, logFile: string): void {
  try {
    mkdirSync(dirname(logFile), { recursive: true });
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    appendFileSync(logFile, `\n\n--- portico build: the error ---\n${stack}\n`);
  } catch {
    /* nothing more to do */
  }
}
