/**
 * Incremental builds: a page is rendered again only when something it read changed.
 *
 * Each page noted what it read while it rendered (lib/incremental/track.ts); this file keeps, per
 * output, those reads, a digest of their values, and what a later build needs of an output it does
 * not render: its file, the pictures it asked for (Astro writes only pictures pages asked for),
 * and an HTML page's language and head (for the search index and the sitemap). When an
 * output's props, every value it read and the code pages are made with (integration/code-digest.ts)
 * are the same now, the output is a hard link to the published file (dist/, which the build
 * replaces only at its end), made before Astro renders, and Astro never sees its path
 * (integration/prerender.ts). Astro's own incremental mode, which wrote every output twice, is
 * not used.
 *
 * The record describes the published site: a build writes it aside, and `portico build` puts it in
 * place only once its output has replaced dist/ (a build that failed leaves the old record with
 * the old site). It lives in node_modules/.cache/portico/incremental/. Deleting it, or dist/, gives
 * a full build; `portico build --full` deletes it.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CurrentValues, foldReads } from '../lib/incremental/values.ts';
import { recording } from '../lib/incremental/track.ts';
import type { HeadLinks } from '../lib/html-head.ts';
import { cacheDirOf } from '../lib/cache-dir.ts';

const VERSION = 3;
/** The record of the published site. */
const RECORD = 'paths.json';
/** The record of a build whose output is not published yet. */
const NEXT = 'paths.next.json';
/** The content files' stamps when the published build started (see `contentStamps`). */
const SOURCES = 'sources.json';
const SOURCES_NEXT = 'sources.next.json';

/** The content files of a build, as stamps to compare with the next build's (lib/incremental/changed.ts). */
export interface Sources {
  /** The code the build was made with (integration/code-digest.ts). */
  code: string;
  /** Each file of src/content (its path relative to it, with `/`): its size and modification time. */
  files: Record<string, string>;
  /** The site's public folder (relative to the site, with `/`) and the stamps of its files. */
  public?: { dir: string; files: Record<string, string> };
  /**
   * The earliest instant (ms) at which something the pages read from the clock changes (an
   * embargo lifts, the day turns: lib/incremental/track.ts `noteChangeAt`); null when nothing
   * does. Before it, the same code, content and public files make the same site (build/up-to-date.ts).
   */
  changesAt?: number | null;
  /** The build's instant (ms): what it made holds from then to `changesAt`, not before. */
  builtAt?: number;
}

/** The stamps (size and modification time) of the files under `dir`, by path relative to it with `/`. */
export function fileStamps(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat) files[relative(dir, path).split('\\').join('/')] = `${stat.size}:${stat.mtimeMs}`;
  }
  return files;
}

/** The stamps of the site's content files (size and modification time): 30-50 ms for 3,000. */
export const contentStamps = (root: string): Record<string, string> => fileStamps(join(root, 'src', 'content'));

/** What Astro needs of a page it does not render: the pictures the page asked for (plain JSON). */
export type RenderMetadata = Record<string, unknown>;

interface PathRecord {
  /** Fingerprint of the path's props (its getStaticPaths cacheKey). */
  props: string;
  reads: string[];
  /** Digest of the values of `reads` when the page was rendered. */
  values: string;
  /** An HTML page the search index takes (logic.ts isIndexablePage). */
  indexed: boolean;
  /** The output's file, relative to the output folder; absent when it cannot be taken again. */
  file?: string;
  /** Astro's metadata of the render, when it had any (pictures to optimise). */
  metadata?: RenderMetadata;
  /** An HTML page's `<html lang>` and, when it has a canonical address, its head (for the sitemap). */
  lang?: string;
  head?: HeadLinks;
  /** PORTICO_INCREMENTAL_DEBUG: each read's value, to say what changed. */
  each?: string[];
}

const DEBUG = Boolean(process.env.PORTICO_INCREMENTAL_DEBUG);

interface Record_ {
  version: number;
  /** The code the pages were made with (integration/code-digest.ts). */
  code: string;
  paths: Record<string, PathRecord>;
}

interface Planned {
  props: string;
  previous?: PathRecord;
}

export interface IncrementalReport {
  rendered: number;
  reused: number;
  unkeyed: number;
}

/** What a later build keeps of an output it may take again instead of rendering it. */
export interface Kept {
  /** The file, relative to the output folder. */
  file: string;
  metadata?: RenderMetadata;
  lang?: string;
  head?: HeadLinks;
}

/** An output taken from the published site: its file there, and relative to the output folder (`out`). */
export type Restored = Omit<Kept, 'file'> & { file: string; out: string; indexed: boolean };

/** Where the record is kept. */
export const incrementalDirOf = (root: string): string => cacheDirOf(root, 'incremental');

export class IncrementalPlan {
  readonly #dir: string;
  readonly #code: string;
  readonly #published: string | undefined;
  readonly #previous: Record_['paths'];
  readonly #planned = new Map<string, Planned>();
  readonly #next: Record_['paths'] = {};
  readonly #values = new CurrentValues();
  /** Outputs taken and not linked yet: the published file, and where it goes. */
  readonly #taken: [string, string][] = [];
  #unkeyed = 0;

  private constructor(dir: string, code: string, published: string | undefined, previous: Record_['paths']) {
    this.#dir = dir;
    this.#code = code;
    this.#published = published;
    this.#previous = previous;
  }

  /**
   * The plan of a build whose pages are made with `code`. `published` is the folder holding the
   * previous build's output (none: every page is rendered).
   */
  static async open(dir: string, code: string, published: string | undefined): Promise<IncrementalPlan> {
    const text = published ? await readFile(join(dir, RECORD), 'utf8').catch(() => null) : null;
    let previous: Record_['paths'] = {};
    if (text) {
      try {
        const parsed = JSON.parse(text) as Record_;
        if (parsed.version === VERSION && parsed.code === code) previous = parsed.paths;
      } catch {
        // An unreadable record is a full build.
      }
    }
    return new IncrementalPlan(dir, code, published, previous);
  }

  /** Forget the previous build (the next build renders every page). */
  static async forget(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  /**
   * The output this build wrote is now the published site: its record becomes the one the next
   * build compares with. (Without a record written aside, nothing changes.)
   */
  static async published(dir: string): Promise<void> {
    // The old record goes first: should the rename fail, the next build is a full one rather than
    // one that trusts a record of an older site.
    for (const [next, record] of [
      [NEXT, RECORD],
      [SOURCES_NEXT, SOURCES],
    ] as const) {
      await rm(join(dir, record), { force: true });
      await rename(join(dir, next), join(dir, record)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }

  /**
   * The published build's record no longer describes the published folder (it is being replaced,
   * or put back from an older copy): removed, so that the next build renders every page rather
   * than trusting it.
   */
  static retire(dir: string): void {
    for (const record of [RECORD, SOURCES]) rmSync(join(dir, record), { force: true });
  }

  /** The content files' stamps of the published build, when it was made with `code`. */
  static async sources(dir: string, code: string): Promise<Sources['files'] | undefined> {
    const sources = await IncrementalPlan.publishedSources(dir);
    return sources?.code === code ? sources.files : undefined;
  }

  /** What the published build was made from (undefined: no record, or one that cannot be read). */
  static async publishedSources(dir: string): Promise<Sources | undefined> {
    try {
      const sources = JSON.parse(await readFile(join(dir, SOURCES), 'utf8')) as Sources;
      return typeof sources.code === 'string' && typeof sources.files === 'object' ? sources : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Note each path's props and whether it can be taken from the published site: when nothing the
   * page read has changed. `key` is the path as the rest of the build names it.
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
          previous.file !== undefined &&
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
        this.#planned.set(key, same ? { props, previous } : { props });
      }),
    );
  }

  /**
   * Take the output of `key` from the published site, when the plan says so and the published
   * file is there: Astro then never renders nor writes it. Undefined when the plan renders it, or
   * when the published file is gone or a file of public/ (which Astro keeps) is in its place in
   * `outDir` (then it is rendered, and recorded as such). The file is put in `outDir` by link().
   */
  take(key: string, outDir: string): Restored | undefined {
    const previous = this.#planned.get(key)?.previous;
    if (!previous?.file || !this.#published) return undefined;
    const file = join(this.#published, previous.file);
    const destination = join(outDir, previous.file);
    if (!existsSync(file) || existsSync(destination)) {
      this.#planned.set(key, { props: previous.props });
      return undefined;
    }
    this.#taken.push([file, destination]);
    const { indexed, metadata, lang, head } = previous;
    return { file, out: previous.file, indexed, metadata, lang, head };
  }

  /**
   * Put every output taken so far in the output folder as the published site has it: a hard link
   * to the published file (a copy where links cannot be made). Off the main thread (Node's file
   * system threads): making a few thousand folders took over a second of it, while Astro can
   * already render what changed.
   */
  async link(): Promise<void> {
    const taken = this.#taken.splice(0);
    await Promise.all(
      [...new Set(taken.map(([, to]) => dirname(to)))].map((folder) => mkdir(folder, { recursive: true })),
    );
    await Promise.all(
      taken.map(([from, to]) =>
        link(from, to).catch((error: NodeJS.ErrnoException) => {
          // Another file system, or one without hard links.
          if (error.code === 'EXDEV' || error.code === 'EPERM' || error.code === 'ENOTSUP') return copyFile(from, to);
          throw error;
        }),
      ),
    );
  }

  /**
   * Render one path, noting what it reads. `output` says, once it rendered, which file the output
   * is written to (relative to the output folder) and Astro's metadata, or undefined when it
   * cannot be taken again as it is (a redirect, an error page, no body).
   */
  async render<T>(
    key: string,
    render: () => Promise<T>,
    indexed: () => boolean,
    output: (result: T) => Kept | undefined,
  ): Promise<T> {
    const planned = this.#planned.get(key);
    if (!planned) return render();
    const reads = new Set<string>();
    const result = await recording(reads, render);
    const folded = foldReads(reads);
    const written = output(result);
    this.#next[key] = {
      props: planned.props,
      reads: folded,
      values: await this.#values.digest(folded),
      indexed: indexed(),
      ...written,
      ...(DEBUG ? { each: await Promise.all(folded.map((r) => this.#values.value(r))) } : {}),
    };
    return result;
  }

  /**
   * Keep this build's record for the next one (after the build succeeded), aside until its
   * output is published (`IncrementalPlan.published`).
   */
  async save(sources?: Omit<Sources, 'code'>): Promise<IncrementalReport> {
    // The paths taken from the published site keep their record as it was.
    let reused = 0;
    for (const [key, planned] of this.#planned) {
      if (this.#next[key] || !planned.previous) continue;
      this.#next[key] = planned.previous;
      reused++;
    }
    const rendered = Object.keys(this.#next).length - reused;
    await mkdir(this.#dir, { recursive: true });
    const file = join(this.#dir, NEXT);
    await writeFile(
      `${file}.tmp`,
      JSON.stringify({ version: VERSION, code: this.#code, paths: this.#next } satisfies Record_),
    );
    await rename(`${file}.tmp`, file);
    if (sources)
      await writeFile(
        join(this.#dir, SOURCES_NEXT),
        JSON.stringify({ code: this.#code, ...sources } satisfies Sources),
      );
    else await rm(join(this.#dir, SOURCES_NEXT), { force: true });
    return { rendered, reused, unkeyed: this.#unkeyed };
  }
}
