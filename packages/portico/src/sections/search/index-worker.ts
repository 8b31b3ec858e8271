/**
 * The search indexer's worker thread (see live-index.ts): receives built pages with their place
 * in the build's order, marks đ for folding (folding.ts), and feeds Pagefind one index per
 * language, each page strictly after the one before it in the build's order. Pagefind numbers
 * pages in the order they arrive, so a fixed order gives the same index files, byte for byte,
 * whatever order the pages were rendered in; the three languages are indexed side by side.
 *
 * At the end each language's index is written on its own (Pagefind writes the same files for a
 * language whether or not other languages share the run; only pagefind-entry.json, which lists
 * them, is merged by merge-indexes.ts), so that a language whose pages did not change can be
 * taken from the previous build instead of being written again (`reuse`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markHtmlForIndex } from './folding.ts';
import { linkTree, scratchOf } from './merge-indexes.ts';
import { isIndexablePage } from './logic.ts';
import type { FromIndexer, ToIndexer } from './live-index.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface Page {
  url: string;
  html: string | undefined;
  /** Where the page is in the output, when it may be read again there (a page the build restored). */
  file?: string;
}

const langOf = (html: string): string => (/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();

/** An index written by another Pagefind version is never reused. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

/** Where the previous build's index of each language is kept (LiveSearchIndex's `cacheDir`). */
const cacheDir = (workerData as { cacheDir?: string } | undefined)?.cacheDir;

const pending = new Map<number, Page | undefined>();
let next = 0;
let skipped = 0;

interface Language {
  /** Started when the first page goes to Pagefind. */
  index: Promise<PagefindIndex> | undefined;
  chain: Promise<void>;
  pages: number;
  digest: ReturnType<typeof createHash>;
  /** Each page's digest, in order (kept with the index for the next build). */
  each: string[];
  /** The previous build's list: while the pages match it, none goes to Pagefind. */
  previous: string[] | undefined;
  /**
   * Pages held back while they match the previous build's: their text, or only the file to read
   * it from again when one comes after them that differs. In a rebuild, that keeps a language's
   * thousand unchanged pages out of memory (50-100 MB a thread) while they are compared.
   */
  held: { url: string; content?: string; file?: string }[];
  feeding: boolean;
}
const languages = new Map<string, Language>();
const errors: string[] = [];

function language(lang: string): Language {
  let state = languages.get(lang);
  if (!state) {
    let previous: string[] | undefined;
    try {
      previous = cacheDir ? readFileSync(join(cacheDir, lang, '.pages'), 'utf8').split('\n') : undefined;
    } catch {
      previous = undefined;
    }
    state = {
      index: undefined,
      chain: Promise.resolve(),
      pages: 0,
      digest: createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\0`),
      each: [],
      previous,
      held: [],
      feeding: previous === undefined,
    };
    languages.set(lang, state);
  }
  return state;
}

function indexOf(state: Language): Promise<PagefindIndex> {
  state.index ??= pagefind.createIndex({}).then(({ index, errors: e }) => {
    if (!index) throw new Error(`Pagefind could not start: ${e.join('; ')}`);
    return index;
  });
  return state.index;
}

/** Give a page to Pagefind after the ones before it; a held page's file is read only when its turn comes. */
function feed(state: Language, url: string, content: string | (() => string)): void {
  const index = indexOf(state);
  state.chain = state.chain.then(async () => {
    const added = await (
      await index
    ).addHTMLFile({
      url,
      content: typeof content === 'string' ? content : content(),
    });
    if (added.errors.length) errors.push(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
  });
}

/** From the first page that differs from the previous build's, every page goes to Pagefind. */
function startFeeding(state: Language): void {
  if (state.feeding) return;
  state.feeding = true;
  for (const { url, content, file } of state.held.splice(0))
    feed(state, url, content ?? (() => markHtmlForIndex(readFileSync(file!, 'utf8'))));
}

function dispatch(page: Page | undefined): void {
  if (!page) return;
  // A page given by its file only (kept from the previous build) is read here, on this thread.
  const html = page.html ?? (page.file ? readFileSync(page.file, 'utf8') : undefined);
  if (!html) return;
  if (!isIndexablePage(html)) {
    skipped++;
    return;
  }
  const { url, file } = page;
  const state = language(langOf(html));
  const content = markHtmlForIndex(html);
  const printed = createHash('sha256').update(`${url}\0${content}`).digest('base64url');
  state.digest.update(`${url}\0${content}\0`);
  state.each.push(printed);
  if (!state.feeding && state.previous?.[state.pages] !== printed) startFeeding(state);
  state.pages++;
  if (state.feeding) feed(state, url, content);
  else state.held.push(file ? { url, file } : { url, content });
}

/** Hand over every page whose predecessors have all arrived. */
function flush(): void {
  while (pending.has(next)) {
    const page = pending.get(next);
    pending.delete(next);
    next++;
    dispatch(page);
  }
}

async function finish(outDir: string): Promise<FromIndexer> {
  // Paths that were never rendered leave gaps: the rest go in, still in the build's order.
  for (const seq of [...pending.keys()].sort((a, b) => a - b)) dispatch(pending.get(seq));
  pending.clear();
  const report: FromIndexer & { type: 'done' } = { type: 'done', pages: {}, skipped, reused: [], errors };
  const scratch = scratchOf(outDir);
  for (const [lang, state] of [...languages.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    await state.chain;
    report.pages[lang] = state.pages;
  }
  if (errors.length) return report;
  await Promise.all(
    [...languages.entries()].map(async ([lang, state]) => {
      const digest = state.digest.digest('hex');
      const cached = cacheDir ? join(cacheDir, lang) : undefined;
      const written = join(scratch, lang);
      // Nothing left there by an interrupted run: its files may be the cache's (linkTree), and
      // Pagefind would write over them in place.
      await rm(written, { recursive: true, force: true });
      const same = !state.feeding && state.previous?.length === state.pages;
      if (same && cached && (await readFile(join(cached, '.digest'), 'utf8').catch(() => '')) === digest) {
        await linkTree(cached, written);
        report.reused.push(lang);
      } else {
        startFeeding(state);
        await state.chain;
        const index = await indexOf(state);
        const result = await index.writeFiles({ outputPath: written });
        if (result.errors.length)
          throw new Error(`Pagefind could not write the ${lang} index: ${result.errors.join('; ')}`);
        if (cached) {
          await rm(cached, { recursive: true, force: true });
          await mkdir(cached, { recursive: true });
          await linkTree(written, cached);
          await writeFile(join(cached, '.digest'), digest);
          await writeFile(join(cached, '.pages'), state.each.join('\n'));
        }
      }
    }),
  );
  await pagefind.close();
  // Its languages' indexes stay in the scratch folder: the thread that started the workers
  // merges every language into <outDir>/pagefind (mergeLanguageIndexes).
  return report;
}

parentPort!.on('message', (message: ToIndexer) => {
  if (message.type === 'page') {
    pending.set(
      message.seq,
      message.html === undefined && message.file === undefined
        ? undefined
        : { url: message.url, html: message.html, ...(message.file ? { file: message.file } : {}) },
    );
    flush();
  } else if (message.type === 'finish') {
    finish(message.outDir).then(
      (report) => parentPort!.postMessage(report),
      (error: unknown) =>
        parentPort!.postMessage({
          type: 'failed',
          message: String((error as Error)?.stack ?? error),
        } satisfies FromIndexer),
    );
  }
});
