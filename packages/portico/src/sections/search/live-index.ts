/**
 * The search index, built while the pages are: each page Astro renders is handed to a worker
 * thread (index-worker.ts) that marks it for đ folding and feeds Pagefind, so indexing runs on
 * the second core during rendering instead of after it, and the main thread only copies strings.
 *
 * The order is fixed by `expect(paths)` (the build's list of paths, in Astro's order): the worker
 * adds each language's pages in that order whatever order they finish rendering in, so two builds
 * of the same content write the same index files. A language whose indexed pages are exactly
 * those of the previous build (same URLs, same text, same order) is copied from `cacheDir`
 * instead of being written again.
 */
import { Worker } from 'node:worker_threads';

export type ToIndexer =
  | { type: 'page'; seq: number; url: string; html: string | undefined }
  | { type: 'finish'; outDir: string; cacheDir: string | undefined };

export type FromIndexer =
  | {
      type: 'done';
      /** Pages indexed per Pagefind language (vi, en, zh-cn). */
      pages: Record<string, number>;
      /** HTML pages left out (no indexable region, or noindex). */
      skipped: number;
      /** Languages whose index was taken from the cache. */
      reused: string[];
      errors: string[];
    }
  | { type: 'failed'; message: string };

export type SearchIndexReport = Extract<FromIndexer, { type: 'done' }>;

export class LiveSearchIndex {
  readonly #worker: Worker;
  readonly #seqOf = new Map<string, number>();
  #extra = 0;
  readonly #result: Promise<FromIndexer>;

  constructor() {
    this.#worker = new Worker(new URL('../../lib/worker-entry.mjs', import.meta.url), {
      workerData: { module: new URL('./index-worker.ts', import.meta.url).href },
    });
    this.#result = new Promise((resolve, reject) => {
      this.#worker.once('message', resolve);
      this.#worker.once('error', reject);
    });
    // A build that fails before finish() must still be able to exit.
    this.#worker.unref();
  }

  /** The build's paths in order; pages are indexed in this order. Paths not listed go after, as they come. */
  expect(paths: readonly string[]): void {
    paths.forEach((path, i) => {
      if (!this.#seqOf.has(path)) this.#seqOf.set(path, i);
    });
    this.#extra = paths.length;
  }

  /**
   * A built output, by the path given to expect(): for an HTML page, its text and the URL it is
   * served at (anything else: no text).
   */
  page(path: string, html?: string, url: string = path): void {
    const seq = this.#seqOf.get(path) ?? this.#extra++;
    this.#seqOf.delete(path);
    this.#worker.postMessage({ type: 'page', seq, url, html } satisfies ToIndexer);
  }

  /** Write the index into <outDir>/pagefind once every page has been given. */
  async finish(outDir: string, cacheDir?: string): Promise<SearchIndexReport> {
    this.#worker.ref();
    this.#worker.postMessage({ type: 'finish', outDir, cacheDir } satisfies ToIndexer);
    try {
      const result = await this.#result;
      if (result.type === 'failed') throw new Error(`The search index could not be built:\n${result.message}`);
      if (result.errors.length) throw new Error(`The search index could not be built:\n${result.errors.join('\n')}`);
      return result;
    } finally {
      await this.#worker.terminate();
    }
  }

  /** Stop without writing (the build failed). */
  async abandon(): Promise<void> {
    await this.#worker.terminate();
  }
}
