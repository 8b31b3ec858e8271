/**
 * Portico's hand on Astro's page generation (the `setPrerenderer` hook of `astro:build:start`):
 * Astro's own prerenderer does the rendering; this wrapper sees every output as it is made and
 * hands each HTML page to the search indexer (sections/search/live-index.ts), which indexes it on
 * another thread while Astro renders the rest, and its head to the sitemap (sitemap-groups.ts).
 * When every page is out, before Astro optimises the pictures, the index starts being written and
 * `pagesOut` is called; the build waits for the index when it is done.
 *
 * In a rebuild most outputs are not rendered: their bytes are taken from the published site
 * (integration/incremental.ts) and given to Astro as the render's response, so Astro writes each
 * output once, and the index and the sitemap get them like any other.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IncrementalPlan, type RenderMetadata } from './incremental.ts';
import { keyOf, outputFileOf, urlOf } from './output-key.ts';
import { notePage, notingPages } from './sitemap-groups.ts';
import { LiveSearchIndex, type SearchIndexReport } from '../sections/search/live-index.ts';
import { cacheDirOf } from '../lib/cache-dir.ts';
import { codeFingerprint } from '../lib/incremental/code.ts';
import { collectGarbage } from '../lib/memory.ts';
import { LOCALES } from '../i18n/locales.ts';

/** Pages handed to the search index early, read a few at a time (libuv's pool has four threads). */
const EARLY_AT_ONCE = 8;
/** Of those, at most this many kept until Astro asks for them (the bytes are read once). */
const EARLY_KEPT = 256;

/** Outputs drawn in another process (see getStaticPaths below). */
const DRAWN = /\.(png|pdf|zip)$/;

/** The engine's folder (its code is part of what an incremental build compares). */
const ENGINE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The folder holding the previous build's output, which an incremental build takes unchanged
 * outputs from: dist/ when `portico build` builds (it replaces dist/ only at the end, and records
 * the build for the next one only then). Any other build renders every page.
 */
export const PUBLISHED_DIR_ENV = 'PORTICO_PUBLISHED_DIR';

/** The bytes of a Buffer as the Response constructor types them (a view, not a copy). */
const view = (bytes: Buffer) => new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);

const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').startsWith('text/html');

export interface BuildPipelineOptions {
  /** Called once a build, with the output folder, when every page is in it (before the pictures). */
  pagesOut?: (outDir: string) => void;
}

export function buildPipeline({ pagesOut }: BuildPipelineOptions = {}): AstroIntegration {
  let index: LiveSearchIndex | undefined;
  let plan: IncrementalPlan | undefined;
  let outDir = '';
  let root = '';
  /** Where Astro 7's own incremental mode kept a copy of every output (Portico no longer uses it). */
  let astroCopies: string[] = [];
  /** Outputs taken from the published site. */
  let restored = 0;
  /** Pages handed to the index and the sitemap as soon as the plan was made. */
  let handed = new Set<string>();
  /** Of those, the pages handed over early (see handEarly), and the bytes of some of them. */
  let handedEarly = 0;
  const early = new Map<string, Buffer>();

  /** Hand one output to the index and the sitemap; `file` is where an HTML page can be read again. */
  const give = (live: LiveSearchIndex, key: string, html: string | undefined, file?: string) => {
    live.page(key, html, urlOf(key), file);
    notePage(key, html);
  };

  /**
   * The pages the plan takes from the published site go to the index and the sitemap at once, read
   * from there a few at a time in the build's order, so that the language an edit changed is
   * indexed while Astro writes the rest, not after it. Each is the file Astro is then given.
   */
  const handEarly = async (live: LiveSearchIndex, pages: { key: string; file: string }[]) => {
    let next = 0;
    const reader = async () => {
      while (next < pages.length) {
        const { key, file } = pages[next++]!;
        if (handed.has(key)) continue;
        // Not readable now: left to its turn (rendered, if it cannot be read then either).
        const bytes = await readFile(file).catch(() => null);
        if (bytes === null || handed.has(key)) continue;
        handed.add(key);
        handedEarly++;
        if (early.size < EARLY_KEPT) early.set(key, bytes);
        give(live, key, bytes.toString('utf8'), file);
      }
    };
    await Promise.all(Array.from({ length: EARLY_AT_ONCE }, reader));
  };

  /** The search index being written: started when the last page is out, awaited when the build is done. */
  let writing: Promise<{ report: SearchIndexReport; started: number }> | undefined;
  const writeIndex = (live: LiveSearchIndex) => {
    const started = performance.now();
    return live.finish(outDir).then((report) => ({ report, started }));
  };
  return {
    name: 'portico:build-pipeline',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        // Astro 7's own incremental mode kept its copies and their manifest here (earlier versions
        // of Portico turned it on): removed once, at the next build.
        const cacheDir = fileURLToPath(config.cacheDir);
        astroCopies = [join(cacheDir, 'dist'), join(cacheDir, 'incremental-build.json')];
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const live = new LiveSearchIndex(
          LOCALES.map((l) => l.htmlLang),
          cacheDirOf(root, 'search'),
        );
        index = live;
        writing = undefined;
        restored = 0;
        handed = new Set();
        handedEarly = 0;
        early.clear();
        for (const path of astroCopies) if (existsSync(path)) await rm(path, { recursive: true, force: true });
        const planDir = cacheDirOf(root, 'incremental');
        if (process.env.PORTICO_FULL_BUILD) await IncrementalPlan.forget(planDir);
        const published = process.env[PUBLISHED_DIR_ENV];
        const incremental = await IncrementalPlan.open(
          planDir,
          await codeFingerprint(root, ENGINE_DIR, process.env.PORTICO_PREVIEW === '1'),
          published && published !== outDir ? published : undefined,
        );
        plan = incremental;
        // Paths to make, paths rendered or taken from the published site, and whether a render
        // failed (then the build stops).
        let planned = -1;
        let made = 0;
        let failed = false;
        /** Every path made: the index is written from now on. (After a failed render the build
         * stops: nothing is written.) */
        const allOut = () => {
          if (writing || failed || made !== planned) return;
          writing = writeIndex(live);
          writing.catch(() => {});
          pagesOut?.(outDir);
        };
        setPrerenderer((base): AstroPrerenderer => ({
          name: 'portico',
          setup: () => base.setup?.() ?? Promise.resolve(),
          getStaticPaths: async () => {
            // The bundler's garbage goes before the content store and the routes' data load.
            collectGarbage();
            // The paths, or { paths, metadata } (images found on the way).
            const result = await base.getStaticPaths();
            const paths = Array.isArray(result) ? result : result.paths;
            // Files drawn at build time (link-preview cards, the press kits' PDFs and the ZIPs
            // holding them) go last: a child process draws them while the HTML pages render, so
            // they are ready when their turn comes.
            const drawn = (p: { pathname: string }) => DRAWN.test(p.pathname);
            const ordered = [...paths.filter((p) => !drawn(p)), ...paths.filter(drawn)];
            const keys = ordered.map((p) => keyOf(p.pathname));
            live.expect(keys);
            await incremental.plan(ordered, keyOf);
            planned = ordered.length;
            notingPages(handEarly(live, incremental.restoring(keys)));
            // Bundling and loading the content store leave a few hundred MB of garbage, which V8
            // may otherwise carry through the whole rendering (bin/portico.js).
            collectGarbage();
            return Array.isArray(result) ? ordered : { ...result, paths: ordered };
          },
          render: async (request, options) => {
            const key = keyOf(decodeURI(new URL(request.url).pathname));
            // Unchanged since the published build: its bytes, and the pictures it asked for.
            const kept = incremental.restore(key, early.get(key));
            early.delete(key);
            if (kept) {
              made++;
              restored++;
              if (!handed.has(key)) {
                handed.add(key);
                give(live, key, kept.indexed ? kept.bytes.toString('utf8') : undefined, kept.file);
              }
              return { response: new Response(view(kept.bytes)), metadata: restoredMetadata(kept.metadata) };
            }
            // Handed over early, then not readable at its turn: the published site changed during
            // the build, and what was indexed may not be what is rendered now.
            if (handed.has(key)) {
              failed = true;
              throw new Error(`dist/ changed during the build (${key} is gone from it): build again`);
            }
            let indexed = false;
            // Rendered while noting what the page reads (integration/incremental.ts).
            return incremental.render(
              key,
              async () => {
                const result = await base.render(request, options).catch((error: unknown) => {
                  failed = true;
                  throw error;
                });
                made++;
                const response = result instanceof Response ? result : result.response;
                if (options.routeData.type !== 'page' || !isHtml(response) || response.status !== 200) {
                  give(live, key, undefined);
                  return result;
                }
                const html = await response.text();
                give(live, key, html);
                indexed = true;
                const copy = new Response(html, {
                  status: response.status,
                  statusText: response.statusText,
                  headers: response.headers,
                });
                return result instanceof Response ? copy : { ...result, response: copy };
              },
              () => indexed,
              // What a later build needs to take this output again instead of rendering it.
              (result) => {
                const response = result instanceof Response ? result : result.response;
                const file = outputFileOf(key, options.routeData.type);
                if (!file || response.status !== 200 || response.body === null) return undefined;
                const metadata = result instanceof Response ? undefined : keptMetadata(result.metadata);
                return metadata ? { file, metadata } : { file };
              },
            );
          },
          // Astro asks for the pictures to optimise once every path is rendered or restored, and
          // calls teardown only after optimising them (Astro 7.4). The hook is deprecated for
          // reporting pictures; when Astro stops calling it, teardown still starts the index.
          collectStaticImages: async () => {
            allOut();
            return base.collectStaticImages ? base.collectStaticImages() : new Map();
          },
          teardown: async () => {
            await base.teardown?.();
            allOut();
          },
        }));
      },
      'astro:build:done': async ({ logger }) => {
        if (!index) return;
        const { report, started } = await (writing ?? writeIndex(index));
        writing = undefined;
        index = undefined;
        const pages = Object.entries(report.pages)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(
          `search index: ${pages} pages (${report.skipped} left out${report.reused.length ? `; reused ${report.reused.join(', ')}` : ''}), written in ${Math.round(performance.now() - started)} ms from the last page${handedEarly ? ` (${handedEarly} pages handed over as soon as the plan was made)` : ''}`,
        );
        if (plan) {
          const pages = await plan.save();
          plan = undefined;
          logger.info(
            `incremental: ${pages.rendered} outputs rendered, ${pages.reused} reused from the previous build (${restored} taken from the published site), ${pages.unkeyed} always rendered`,
          );
        }
      },
    },
  };
}

/** The metadata of a render, as Astro's prerenderer interface types it. */
type PrerenderMetadata = NonNullable<
  Extract<Awaited<ReturnType<AstroPrerenderer['render']>>, { metadata?: unknown }>['metadata']
>;

/** A kept render's metadata, handed back to Astro for an output taken from the published site. */
const restoredMetadata = (kept: RenderMetadata | undefined): PrerenderMetadata =>
  ({ contentEntryKeys: [], staticImages: [], ...kept }) as PrerenderMetadata;

/**
 * The part of a render's metadata a later build hands back to Astro for an output it takes from
 * the published site: the pictures to optimise (Astro writes only the pictures pages asked for).
 * Plain JSON; empty lists are left out.
 */
function keptMetadata(metadata: unknown): RenderMetadata | undefined {
  if (!metadata || typeof metadata !== 'object') return undefined;
  const kept: RenderMetadata = {};
  for (const [name, value] of Object.entries(metadata as Record<string, unknown>)) {
    if (name === 'contentEntryKeys') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    kept[name] = value;
  }
  return Object.keys(kept).length ? kept : undefined;
}
