/**
 * Incremental builds: a page is rendered again only when something it read changed.
 *
 * Astro 7's `experimental.incrementalBuild` keeps every output of a build in its cache folder and
 * skips a path whose `cacheKey` equals the previous build's (and whose code, config and rendered
 * content entries are unchanged), restoring the file instead. Portico decides that key: each page
 * noted what it read while it rendered (lib/incremental/track.ts), and this file keeps, per path,
 * those reads and a digest of their values. When a path's props and every value it read are the
 * same now, it gets the key Astro recorded for it last time (skip); otherwise a new one (render).
 *
 * The record lives in node_modules/.cache/portico/incremental/ next to Astro's. Deleting either
 * gives a full build; `portico build --full` deletes it.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CurrentValues, foldReads } from '../lib/incremental/values.ts';
import { recording } from '../lib/incremental/track.ts';

const VERSION = 1;

interface PathRecord {
  /** Fingerprint of the path's props (its getStaticPaths cacheKey). */
  props: string;
  /** The cacheKey Astro recorded for the path. */
  astroKey: string;
  reads: string[];
  /** Digest of the values of `reads` when the page was rendered. */
  values: string;
  /** An HTML page handed to the search index. */
  indexed: boolean;
  /** PORTICO_INCREMENTAL_DEBUG: each read's value, to say what changed. */
  each?: string[];
}

const DEBUG = Boolean(process.env.PORTICO_INCREMENTAL_DEBUG);

interface Record_ {
  version: number;
  paths: Record<string, PathRecord>;
}

interface Planned {
  props: string;
  astroKey: string;
  previous?: PathRecord;
}

export interface IncrementalReport {
  rendered: number;
  reused: number;
  unkeyed: number;
}

const fresh = () => randomBytes(9).toString('base64url');

export class IncrementalPlan {
  readonly #dir: string;
  readonly #previous: Record_['paths'];
  readonly #planned = new Map<string, Planned>();
  readonly #next: Record_['paths'] = {};
  readonly #values = new CurrentValues();
  #unkeyed = 0;
  #reused: { key: string; indexed: boolean }[] | undefined;

  private constructor(dir: string, previous: Record_['paths']) {
    this.#dir = dir;
    this.#previous = previous;
  }

  static async open(dir: string): Promise<IncrementalPlan> {
    const text = await readFile(join(dir, 'paths.json'), 'utf8').catch(() => null);
    let previous: Record_['paths'] = {};
    if (text) {
      try {
        const parsed = JSON.parse(text) as Record_;
        if (parsed.version === VERSION) previous = parsed.paths;
      } catch {
        // An unreadable record is a full build.
      }
    }
    return new IncrementalPlan(dir, previous);
  }

  /** Forget the previous build (the next build renders every page). */
  static async forget(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  /**
   * Give each path its cacheKey: the one Astro recorded last time when nothing the page read has
   * changed, a new one otherwise. `key` is the path as the rest of the build names it.
   */
  async plan(paths: { pathname: string; cacheKey?: string }[], keyOf: (pathname: string) => string): Promise<void> {
    await Promise.all(
      paths.map(async (path) => {
        const props = path.cacheKey;
        if (props === undefined) {
          this.#unkeyed++;
          return;
        }
        const key = keyOf(path.pathname);
        const previous = this.#previous[key];
        const same =
          previous !== undefined &&
          previous.props === props &&
          (await this.#values.digest(previous.reads)) === previous.values;
        if (!same && previous && DEBUG) {
          const changed =
            previous.props !== props
              ? ['props']
              : (
                  await Promise.all(
                    previous.reads.map(async (r, i) => ((await this.#values.value(r)) === previous.each?.[i] ? '' : r)),
                  )
                ).filter(Boolean);
          console.log(`[incremental] ${key}: ${changed.join(' ').slice(0, 300)}`);
        }
        const astroKey = same ? previous.astroKey : fresh();
        this.#planned.set(key, same ? { props, astroKey, previous } : { props, astroKey });
        path.cacheKey = astroKey;
      }),
    );
  }

  /** Render one path, noting what it reads. */
  async render<T>(key: string, render: () => Promise<T>, indexed: () => boolean): Promise<T> {
    const planned = this.#planned.get(key);
    if (!planned) return render();
    const reads = new Set<string>();
    const result = await recording(reads, render);
    const folded = foldReads(reads);
    this.#next[key] = {
      props: planned.props,
      astroKey: planned.astroKey,
      reads: folded,
      values: await this.#values.digest(folded),
      indexed: indexed(),
      ...(DEBUG ? { each: await Promise.all(folded.map((r) => this.#values.value(r))) } : {}),
    };
    return result;
  }

  /**
   * The paths planned to be restored (each keeps last build's key), in the order of `keys`, with
   * whether each is an indexed HTML page. Astro may still render one (its code changed).
   */
  restoring(keys: readonly string[]): { key: string; indexed: boolean }[] {
    const out: { key: string; indexed: boolean }[] = [];
    for (const key of keys) {
      const previous = this.#planned.get(key)?.previous;
      if (previous) out.push({ key, indexed: previous.indexed });
    }
    return out;
  }

  /** The paths Astro restored from its cache instead of rendering, with whether each is an indexed HTML page. */
  reused(): { key: string; indexed: boolean }[] {
    if (this.#reused) return this.#reused;
    const out: { key: string; indexed: boolean }[] = [];
    for (const [key, planned] of this.#planned) {
      if (this.#next[key] || !planned.previous) continue;
      this.#next[key] = planned.previous;
      out.push({ key, indexed: planned.previous.indexed });
    }
    this.#reused = out;
    return out;
  }

  /** Keep this build's record for the next one (after the build succeeded). */
  async save(): Promise<IncrementalReport> {
    const reused = this.reused().length;
    const rendered = Object.keys(this.#next).length - reused;
    await mkdir(this.#dir, { recursive: true });
    const file = join(this.#dir, 'paths.json');
    await writeFile(`${file}.tmp`, JSON.stringify({ version: VERSION, paths: this.#next } satisfies Record_));
    await rename(`${file}.tmp`, file);
    return { rendered, reused, unkeyed: this.#unkeyed };
  }
}
