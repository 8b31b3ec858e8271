/**
 * The content check: every file under src/content/ read the way the build reads it, with one
 * message per mistake for editors (src/lib/problems.ts). `npm run check` prints them, and the
 * build runs the same check beside Astro (contentCheckBeside), so the build fails with the same words.
 *
 * One module per responsibility:
 *  - ./reading.ts     finding and parsing the files (front matter, records, lists, YAML with lines);
 *                     also the reader of `portico status` and `portico calendar`;
 *  - ./validating.ts  each record against its collection's schema, references between entries,
 *                     translations and their source;
 *  - ./body.ts        the Markdown/MDX body parses and is safe, its pictures exist;
 *  - ./todos.ts       no "TODO" left in anything that would be published;
 *  - ./links.ts       the table of the site's addresses (unique per collection and language),
 *                     internal links and #anchors;
 *  - ./editorial.ts   figures that change between languages, glossary terms written another way,
 *                     footnotes without a note.
 * This file runs them in order and gives the report.
 *
 * Pure apart from reading files: takes the root folder, returns problems; never exits or prints.
 */
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { COLLECTIONS } from '../collections/index.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { EditorError } from '../lib/editor-error.ts';
import { formatProblem, formatReport, type Problem } from '../lib/problems.ts';
import { checkBody } from './body.ts';
import { CheckContext, newItem, type CheckOptions, type CheckReport, type HeldBack } from './context.ts';
import { checkAddressesAndLinks } from './links.ts';
import {
  SLUG,
  frontMatterProblem,
  lineOf,
  loadYamlAsBuilt,
  readContent,
  yamlProblem,
  type ListFile,
  type ProseFile,
  type PictureFile,
  type RecordFile,
} from './reading.ts';
import { isMap, slugifyName, vietnamTime } from './text.ts';
import { checkTodos } from './todos.ts';
import { checkDates } from './dates.ts';
import { editorialProblems } from './editorial.ts';
import { openFigureMemo, type FigureMemo } from './figure-memo.ts';
import { checkBodyPictures, checkExpiry, checkPictureFiles, pictureUses } from './pictures.ts';
import { Validator, applyGroupVisibility, checkSources, groupProse } from './validating.ts';

export { LINKED_SECTIONS } from './links.ts';
export { lineOf };
export type { CheckOptions, CheckReport, HeldBack };

class Checker {
  readonly ctx: CheckContext;
  private readonly validator: Validator;
  /** The file that makes a page, by address (after run()). */
  ownerOf: (path: string) => string | undefined = () => undefined;
  /** The picture files found (decoded by inspectSite). */
  pictures: PictureFile[] = [];
  /** List files that could not be read: references to them are not checked. */
  private readonly brokenLists = new Set<string>();

  private readonly figures: FigureMemo;

  constructor(root: string, options: CheckOptions) {
    this.ctx = new CheckContext(root, options);
    this.validator = new Validator(this.ctx);
    this.figures = openFigureMemo(options.cacheDir);
  }

  run(): void {
    const { ctx } = this;
    const tree = readContent(ctx.root);
    for (const problem of tree.placement) ctx.add(problem);
    for (const file of tree.files) {
      if (file.kind === 'prose') this.prose(file);
      else if (file.kind === 'record') this.record(file);
      else if (file.kind === 'list') this.list(file);
      else {
        ctx.counts.pictures++;
        this.pictures.push(file);
      }
    }
    if (tree.nfd.length) {
      const files = tree.nfd.length > 5 ? `${tree.nfd.slice(0, 5).join(', ')}, …` : tree.nfd.join(', ');
      ctx.warn('nfd.note', { file: tree.nfd[0]!, field: '(file)' }, { count: tree.nfd.length, files });
    }
    this.crossChecks();
  }

  private prose(entry: ProseFile): void {
    const { ctx } = this;
    ctx.counts.files++;
    ctx.counts.prose++;
    const { file, source, front, name, ext } = entry;
    const item = newItem(entry.collection, file, name, '', 2);
    item.locale = entry.locale;
    item.text = source;
    if (front.status !== 'ok') ctx.add(frontMatterProblem(file, source, front));
    else {
      item.yamlLines = front.text.split(/\r?\n/);
      if (!front.yaml.ok) ctx.add(yamlProblem(file, front.text, 2, front.yaml));
      else {
        const value = front.yaml.value ?? {};
        if (!isMap(value)) {
          ctx.rule('yaml.notMap', { file, field: '(frontmatter)', line: 2, found: value }, { example: 'title: …' });
        } else {
          item.raw = value;
          this.validator.validate(item, value, dirname(entry.abs), () => loadYamlAsBuilt(front.text));
        }
      }
    }
    if (!SLUG.test(name)) {
      ctx.rule('entry.name', { file, field: '(file)', found: name }, { example: `${slugifyName(name)}${ext}` });
    }
    // TODO: front matter lines name their key; body lines are the body.
    const fmEnd = item.raw || item.yamlLines.length > 1 ? item.yamlLines.length + 2 : 0;
    const draft = (item.data ?? item.raw)?.draft === true;
    if (front.status === 'ok' && !draft && isEmptyBody(source.slice(front.end))) {
      ctx.rule('body.empty', { file, field: '(body)', line: fmEnd || undefined });
    }
    checkTodos(ctx, this.validator, item, source.split(/\r?\n/), 1, draft, fmEnd);
    checkBody(ctx, item, source, ext === '.mdx', entry.abs);
    ctx.items.push(item);
  }

  private record(entry: RecordFile): void {
    const { ctx } = this;
    ctx.counts.files++;
    ctx.counts.records++;
    const { file, name, text } = entry;
    const item = newItem(entry.collection, file, name, text, 1);
    if (!SLUG.test(name))
      ctx.rule('entry.name', { file, field: '(file)', found: name }, { example: `${slugifyName(name)}.yaml` });
    if (!entry.yaml.ok) ctx.add(yamlProblem(file, text, 1, entry.yaml));
    else if (!isMap(entry.yaml.value)) {
      ctx.rule(
        'yaml.notMap',
        { file, field: '(file)', line: 1, found: entry.yaml.value ?? '' },
        { example: 'file: ./ten-anh.jpg' },
      );
    } else {
      item.raw = entry.yaml.value;
      this.validator.validate(item, entry.yaml.value, dirname(entry.abs), () => loadYamlAsBuilt(text));
    }
    checkTodos(ctx, this.validator, item, text.split(/\r?\n/), 1, false);
    ctx.items.push(item);
  }

  private list(entry: ListFile): void {
    const { ctx } = this;
    ctx.counts.files++;
    const { file, text, collection } = entry;
    const lines = text.split(/\r?\n/);
    if (!entry.yaml.ok) {
      ctx.add(yamlProblem(file, text, 1, entry.yaml));
      this.brokenLists.add(collection);
    } else {
      const value = entry.yaml.value ?? {};
      if (!isMap(value)) {
        ctx.rule('yaml.notMap', { file, field: '(file)', line: 1, found: value }, { example: 'ten-muc:\n  …' });
        this.brokenLists.add(collection);
      } else {
        let asBuilt: { value: unknown } | undefined;
        for (const [id, record] of Object.entries(value)) {
          ctx.counts.listItems++;
          const item = newItem(collection, file, id, text, 1);
          item.prefix = [id];
          if (!SLUG.test(id) && (collection === 'contacts' || collection === 'glossary')) {
            ctx.rule(
              'entry.name',
              { file, field: id, line: lineOf(lines, [id]), found: id },
              { example: slugifyName(id) },
            );
          }
          if (!isMap(record)) {
            ctx.rule(
              'yaml.notMap',
              { file, field: id, line: lineOf(lines, [id]), found: record ?? '' },
              { example: `${id}:\n  …` },
            );
          } else {
            item.raw = record;
            this.validator.validate(item, record, dirname(entry.abs), () => {
              const built = (asBuilt ??= { value: loadYamlAsBuilt(text) }).value;
              return isMap(built) ? built[id] : undefined;
            });
          }
          ctx.items.push(item);
        }
      }
    }
    checkTodos(ctx, this.validator, newItem(collection, file, '', text, 1), lines, 1, false);
  }

  private crossChecks(): void {
    const { ctx } = this;
    const prose = ctx.items.filter((i) => COLLECTIONS[i.collection].layout === 'prose');
    // Names per collection, for references.
    const names = new Map<string, Set<string>>();
    for (const item of ctx.items) {
      if (!item.name) continue;
      if (!names.has(item.collection)) names.set(item.collection, new Set());
      names.get(item.collection)!.add(item.name);
    }
    this.validator.checkRefs(names, this.brokenLists);
    checkBodyPictures(ctx, names.get('media') ?? new Set());
    checkExpiry(ctx, pictureUses(ctx, this.validator));
    checkDates(ctx);
    const groups = groupProse(prose);
    applyGroupVisibility(groups, ctx.now);
    checkSources(ctx, groups);
    this.ownerOf = checkAddressesAndLinks(ctx, groups, prose);
    for (const problem of editorialProblems(groups, ctx.items, this.figures.compare)) ctx.add(problem);
    this.figures.save();
    for (const item of prose) {
      if (item.visibility.visible) continue;
      const about = {
        file: item.file,
        ...(item.locale ? { locale: item.locale } : {}),
        ...(item.heldBy ? { source: item.heldBy } : {}),
      };
      if (item.visibility.reason === 'draft') ctx.heldBack.push({ ...about, reason: 'draft' });
      else ctx.heldBack.push({ ...about, reason: 'scheduled', until: item.visibility.until });
    }
    ctx.counts.entries = groups.length;
  }
}

// ---------------------------------------------------------------- entry points

/** Check the content under `<root>/src/content/`: the problems, the held-back entries and counts. */
export function inspectContent(root: string, options: CheckOptions = {}): CheckReport {
  const checker = new Checker(resolve(root), options);
  checker.run();
  return report(checker);
}

/**
 * Everything `portico check` and the build check: inspectContent, and every picture decoded and
 * held to the size limit (the slow part, so asynchronous and cached).
 */
export async function inspectSite(root: string, options: CheckOptions = {}): Promise<CheckReport> {
  const checker = new Checker(resolve(root), options);
  checker.run();
  await checkPictureFiles(checker.ctx, checker.pictures, options.maxPictureMegabytes);
  return report(checker);
}

const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field);

function report(checker: Checker): CheckReport {
  const problems = [...checker.ctx.problems].sort(byPlace);
  const warnings = [...checker.ctx.warnings].sort(byPlace);
  const heldBack = [...checker.ctx.heldBack].sort((a, b) => a.file.localeCompare(b.file));
  return { problems, warnings, heldBack, counts: checker.ctx.counts };
}

/** Warnings as the terminal shows them: like problems, marked ⚠. */
export function formatWarnings(warnings: readonly Problem[]): string[] {
  return warnings.map((w) => formatProblem(w).replace(/^✖/, '⚠'));
}

/** A body with nothing for readers: only spaces, HTML comments and MDX comments. */
function isEmptyBody(body: string): boolean {
  return (
    body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')
      .trim() === ''
  );
}

/** The content file that makes the page at `url` ("/bao-chi/tin-tuc/x/"), if one does. */
export function pageOwner(root: string, url: string, options: CheckOptions = {}): string | undefined {
  try {
    const checker = new Checker(resolve(root), options);
    checker.run();
    return checker.ownerOf(url);
  } catch {
    return undefined;
  }
}

/** The problems in the content under `<root>/src/content/` (none: the content is fine). */
export function checkContent(root: string, options: CheckOptions = {}): Problem[] {
  return inspectContent(root, options).problems;
}

/**
 * "held back until 2026-12-01 09:00 (Vietnam time)" lines for the scheduled entries, and for the
 * translations their source holds back; drafts themselves are silent.
 */
export function formatHeldBack(heldBack: readonly HeldBack[]): string[] {
  return shownHeldBack(heldBack).map((h) => {
    const until = h.until ? `${vietnamTime(h.until)} (giờ Việt Nam / Vietnam time)` : '';
    if (!h.source) return `⏸ ${h.file}: chưa đăng đến / held back until ${until}`;
    return h.reason === 'draft'
      ? `⏸ ${h.file}: chưa đăng vì bản gốc ${h.source} là bản nháp / held back: its source ${h.source} is a draft`
      : `⏸ ${h.file}: chưa đăng, chờ bản gốc ${h.source} / held back with its source until ${until}`;
  });
}

const shownHeldBack = (heldBack: readonly HeldBack[]) =>
  heldBack.filter((h) => (h.reason === 'scheduled' && h.until) || h.source);

/**
 * One line: how many entries each language holds back, drafts included (none when nothing is held
 * back but drafts without translations).
 */
export function formatHeldBackSummary(heldBack: readonly HeldBack[]): string[] {
  if (!shownHeldBack(heldBack).length) return [];
  const count = (l: string) => heldBack.filter((h) => h.locale === l).length;
  return [
    `⏸ Chưa đăng theo ngôn ngữ / Held back per language: ${LOCALE_CODES.map((l) => `${l} ${count(l)}`).join(' · ')}`,
  ];
}

/** What a build says of a check that passed: its warnings, what it holds back, and the ✓ line. */
export function contentCheckLines(report: CheckReport, ms: number): string[] {
  return [
    ...formatWarnings(report.warnings),
    ...formatHeldBack(report.heldBack),
    ...formatHeldBackSummary(report.heldBack),
    `✓ content check: ${report.counts.files} files (${Math.round(ms)} ms)`,
  ];
}

/** A content check running in a worker thread. */
export interface BesideCheck {
  /** The lines to print when it passed; rejects with the editors' report (EditorError) when it did not. */
  readonly done: Promise<string[]>;
  /** Stop it (the build failed for another reason). */
  stop(): void;
}

/**
 * The content check in a worker thread, so that a build runs it beside Astro's content sync and
 * bundling instead of before them: the same report, on the other core. The build publishes
 * nothing until it passed, and stops as soon as it finds a problem.
 */
export function contentCheckBeside(root: string): BesideCheck {
  const started = performance.now();
  const worker = new Worker(new URL('../lib/worker-entry.mjs', import.meta.url), {
    workerData: { module: new URL('./check-worker.ts', import.meta.url).href, root: resolve(root) },
  });
  // A build that stops for another reason must still be able to exit.
  worker.unref();
  const done = new Promise<string[]>((resolvePromise, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { report?: CheckReport; error?: { name: string; message: string } }) => {
      if (message.error) {
        const error = Object.assign(new Error(message.error.message), { name: message.error.name });
        reject(message.error.name === 'EditorError' ? new EditorError(message.error.message) : error);
      } else if (message.report!.problems.length) reject(new EditorError(formatReport(message.report!.problems)));
      else resolvePromise(contentCheckLines(message.report!, performance.now() - started));
      void worker.terminate();
    });
  });
  return { done, stop: () => void worker.terminate() };
}
