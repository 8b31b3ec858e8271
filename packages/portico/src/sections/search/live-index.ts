/**
 * The search index, built while the pages are: each page Astro renders is handed to the worker
 * thread of its language (index-worker.ts, one Pagefind process each) that marks it for đ folding
 * and feeds Pagefind, so indexing runs on the other core during rendering instead of after it,
 * the languages' indexes are written side by side at the end (Pagefind writes on one core), and
 * the main thread only copies strings; merge-indexes.ts then lists them in one pagefind-entry.json.
 *
 * The order is fixed by `expect(paths)` (the build's list of paths, in Astro's order): the worker
 * adds each language's pages in that order whatever order they finish rendering in, so two builds
 * of the same content write the same index files. A language whose indexed pages are exactly
 * those of the previous build (same URLs, same text, same order) is copied from `cacheDir`
 * instead of being written again.
 */
import { Worker } from 'node:worker_threads';
import { mergeLanguageIndexes } from './merge-indexes.ts';

/** A page for a thread, at its place in the build's order. */
export interface PageItem {
  seq: number;
  url: string;
  html: string | undefined;
  /** The file the page's HTML can be read from again, unchanged, until the index is written. */
  file?: string;
  /** The page's file, relative to the output folder (where the index reads it if it starts over). */
  out?: string;
  /** The `<html lang>` of a page given by its file. */
  lang?: string;
}

export type ToIndexer =
  /** Pages for the thread, and (as numbers) places in the build's order that hold none for it. */
  | { type: 'batch'; items: (PageItem | number)[] }
  /**
   * No page of the thread's language is expected after place `seq`: once every place up to it has
   * come, the thread writes its language's index into `outDir` (see LiveSearchIndex.expect).
   */
  | { type: 'last'; seq: number; outDir: string }
  | { type: 'finish'; outDir: string };

export type FromIndexer =
  | {
      type: 'done';
      /** Pages indexed per Pagefind language (vi, en, zh-cn). */
      pages: Record<string, number>;
      /** HTML pages left out (no indexable region, or noindex). */
      skipped: number;
      /** Languages whose index was taken from the cache. */
      reused: string[];
      /** Languages fed ahead from the published site (a rebuild's guess), then corrected page by page. */
      ahead: string[];
      /** Languages fed ahead whose guess failed (a page moved, came in between or went): indexed again from the output. */
      over: string[];
      /** Languages whose index was written before the last page (see LiveSearchIndex.expect). */
      early: string[];
      errors: string[];
    }
  | { type: 'failed'; message: string };

export type SearchIndexReport = Extract<FromIndexer, { type: 'done' }>;

/** The language a page is indexed in: its <html lang>, lower-case, as Pagefind names it. */
export const langOf = (html: string): string =>
  (/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'unknown').toLowerCase();

/**
 * A rebuild's guess (see index-worker.ts): the published site, and the languages whose previous
 * pages are fed to Pagefind from there before this build's pages come.
 */
export interface FeedAhead {
  published: string;
  languages: readonly string[];
}

/**
 * What goes to a thread goes in batches: each message wakes the thread, and on two busy cores the
 * main thread loses its core to it. A batch goes when it holds PAGE_BATCH pages or PLACE_BATCH
 * items, or BATCH_WAIT ms after its first item (so that a thread whose language has come to its
 * end hears of the last places soon: it then writes its index).
 */
const PAGE_BATCH = 8;
const PLACE_BATCH = 64;
const BATCH_WAIT = 25;

function send(indexer: Indexer): void {
  clearTimeout(indexer.timer);
  indexer.timer = undefined;
  if (!indexer.items.length) return;
  indexer.worker.postMessage({ type: 'batch', items: indexer.items } satisfies ToIndexer);
  indexer.items = [];
  indexer.pages = 0;
}

function queue(indexer: Indexer, item: PageItem | number): void {
  indexer.items.push(item);
  if (typeof item !== 'number') indexer.pages++;
  if (indexer.pages >= PAGE_BATCH || indexer.items.length >= PLACE_BATCH) send(indexer);
  else indexer.timer ??= setTimeout(() => send(indexer), BATCH_WAIT).unref();
}

/** One indexing thread, with its own Pagefind process. */
class Indexer {
  readonly worker: Worker;
  readonly result: Promise<FromIndexer>;
  /** What the thread has not been sent yet (see send), how many pages of it, and when it goes. */
  items: (PageItem | number)[] = [];
  pages = 0;
  timer: ReturnType<typeof setTimeout> | undefined;
  constructor(cacheDir: string | undefined, published?: string, speculate?: string[]) {
    this.worker = new Worker(new URL('../../lib/worker-entry.mjs', import.meta.url), {
      workerData: { module: new URL('./index-worker.ts', import.meta.url).href, cacheDir, published, speculate },
    });
    this.result = new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
    });
    // A build that fails before finish() must still be able to exit.
    this.worker.unref();
  }
}

/**
 * Pagefind builds and writes an index on one core. Each language gets its own thread and Pagefind
 * process (the languages named at the start; a page in another language goes to the first), so
 * the languages are indexed, and written at the end, side by side.
 */
export class LiveSearchIndex {
  readonly #indexers = new Map<string, Indexer>();
  readonly #first: Indexer;
  readonly #seqOf = new Map<string, number>();
  /** Pages kept from the previous build that the index left out then (see page()). */
  #leftOut = 0;
  #extra = 0;

  /**
   * `languages`: the Pagefind languages of the site's pages (vi, en, zh-cn). `cacheDir`: where
   * the previous build's indexes are kept; a language whose pages come in exactly as last time is
   * taken from there and never goes through Pagefind. `ahead`: the languages (Pagefind's names)
   * whose thread starts with the previous build's pages, read from the published site (needs
   * `cacheDir`, where their list is).
   */
  constructor(languages: readonly string[], cacheDir?: string, ahead?: FeedAhead) {
    for (const name of languages.length ? languages : ['unknown']) {
      const lang = name.toLowerCase();
      const feedAhead = cacheDir && ahead?.languages.includes(lang);
      this.#indexers.set(lang, feedAhead ? new Indexer(cacheDir, ahead!.published, [lang]) : new Indexer(cacheDir));
    }
    this.#first = this.#indexers.values().next().value!;
  }

  /**
   * The build's paths in order; pages are indexed in this order. Paths not listed go after, as they
   * come. `early`: where the output goes and the language each path is expected to be in (its
   * URL's). A language's thread then writes its index as soon as every place up to the last page
   * expected in that language has come, while the other languages' pages are still rendered (with
   * the paths grouped by language, only the last language's index is written after the last
   * page); a page of that language coming later makes the thread write it again at the end.
   */
  expect(paths: readonly string[], early?: { outDir: string; languageOf: (path: string) => string | undefined }): void {
    const last = new Map<string, number>();
    paths.forEach((path, i) => {
      if (!this.#seqOf.has(path)) this.#seqOf.set(path, i);
      const lang = early?.languageOf(path)?.toLowerCase();
      if (lang !== undefined) last.set(lang, i);
    });
    this.#extra = paths.length;
    if (!early) return;
    for (const [lang, seq] of last) {
      this.#indexers.get(lang)?.worker.postMessage({ type: 'last', seq, outDir: early.outDir } satisfies ToIndexer);
    }
  }

  /**
   * A built output, by the path given to expect(): for an HTML page, its text and the URL it is
   * served at (anything else: no text), and for a page restored from the previous build, the
   * file it stays in until the index is written (the thread then need not keep its text). A page
   * kept from the previous build may come as its file and its `<html lang>` only: its thread
   * reads it (the main thread then neither reads nor copies it). `out`: the page's file relative
   * to the output folder. `leftOut`: an HTML page the index leaves out, as the caller found with
   * isIndexablePage (counted as left out; neither sent nor read).
   */
  page(
    path: string,
    {
      html,
      url = path,
      file,
      lang,
      out,
      leftOut,
    }: { html?: string; url?: string; file?: string; lang?: string; out?: string; leftOut?: boolean } = {},
  ): void {
    const seq = this.#seqOf.get(path) ?? this.#extra++;
    this.#seqOf.delete(path);
    if (leftOut) this.#leftOut++;
    const own =
      html !== undefined
        ? (this.#indexers.get(langOf(html)) ?? this.#first)
        : file !== undefined && lang !== undefined
          ? (this.#indexers.get(lang.toLowerCase()) ?? this.#first)
          : undefined;
    // Every thread hears of every place in the order (the others without the page), so none
    // waits for a page that will never come to it.
    for (const indexer of this.#indexers.values())
      queue(
        indexer,
        indexer === own
          ? { seq, url, html, ...(file ? { file } : {}), ...(out ? { out } : {}), ...(file && lang ? { lang } : {}) }
          : seq,
      );
  }

  /** Write the index into <outDir>/pagefind once every page has been given. */
  async finish(outDir: string): Promise<SearchIndexReport> {
    const indexers = [...this.#indexers.values()];
    try {
      const results = await Promise.all(
        indexers.map(async (indexer) => {
          indexer.worker.ref();
          send(indexer);
          indexer.worker.postMessage({ type: 'finish', outDir } satisfies ToIndexer);
          return indexer.result;
        }),
      );
      const report: SearchIndexReport = {
        type: 'done',
        pages: {},
        skipped: this.#leftOut,
        reused: [],
        ahead: [],
        over: [],
        early: [],
        errors: [],
      };
      for (const result of results) {
        if (result.type === 'failed') throw new Error(`The search index could not be built:\n${result.message}`);
        Object.assign(report.pages, result.pages);
        report.skipped += result.skipped;
        report.reused.push(...result.reused);
        report.ahead.push(...result.ahead);
        report.over.push(...result.over);
        report.early.push(...result.early);
        report.errors.push(...result.errors);
      }
      if (report.errors.length) throw new Error(`The search index could not be built:\n${report.errors.join('\n')}`);
      report.pages = Object.fromEntries(Object.entries(report.pages).sort(([a], [b]) => a.localeCompare(b)));
      await mergeLanguageIndexes(outDir, Object.keys(report.pages));
      report.reused.sort();
      report.ahead.sort();
      report.over.sort();
      report.early.sort();
      return report;
    } finally {
      await Promise.all(indexers.map((indexer) => indexer.worker.terminate()));
    }
  }

  /** Stop without writing (the build failed). */
  async abandon(): Promise<void> {
    for (const indexer of this.#indexers.values()) clearTimeout(indexer.timer);
    await Promise.all([...this.#indexers.values()].map((indexer) => indexer.worker.terminate()));
  }
}
