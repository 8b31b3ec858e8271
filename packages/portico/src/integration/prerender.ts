/**
 * Portico's hand on Astro's page generation (the `setPrerenderer` hook of `astro:build:start`):
 * Astro's own prerenderer does the rendering; this wrapper sees every output as it is made and
 * hands each HTML page to the search indexer (sections/search/live-index.ts), which indexes it on
 * another thread while Astro renders the rest, and its head to the sitemap (sitemap-groups.ts).
 * When every page is out, before Astro optimises the pictures, the index starts being written and
 * `pagesOut` is called; the build waits for the index when it is done.
 *
 * In a rebuild most outputs are restored from the previous build (integration/incremental.ts).
 * Those are handed to the index and the sitemap as soon as the plan is made, read from Astro's
 * copy of the previous outputs (the bytes Astro restores), so that the language an edit changed
 * is indexed while Astro restores the rest, not after it. Should Astro render one of them after
 * all (its code changed), the index is started again once every page is out, from the output.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IncrementalPlan } from './incremental.ts';
import { htmlFileOf, keyOf, urlOf } from './output-key.ts';
import { notePage, notingPages } from './sitemap-groups.ts';
import { LiveSearchIndex, type SearchIndexReport } from '../sections/search/live-index.ts';
import { cacheDirOf } from '../lib/cache-dir.ts';
import { collectGarbage } from '../lib/memory.ts';
import { LOCALES } from '../i18n/locales.ts';

/** Restored pages read back from the output at a time (libuv's pool has four threads). */
const READ_BACK_AT_ONCE = 8;

/** Outputs drawn in another process (see getStaticPaths below). */
const DRAWN = /\.(png|pdf|zip)$/;

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
  /** Astro's copy of the previous build's outputs (its incremental cache). */
  let astroCopies = '';
  /** The build's paths in order (getStaticPaths). */
  let order: string[] = [];
  /** Outputs handed to the index and the sitemap, with whether each is an indexed HTML page. */
  let given = new Map<string, boolean>();
  /** Outputs Astro rendered (not restored). */
  let renderedKeys = new Set<string>();
  /** Outputs handed before Astro restored them, then rendered after all: the index starts again. */
  let surprised = 0;
  /** The early hand-over of the outputs planned to be restored, and how many it handed. */
  let handingEarly: Promise<void> = Promise.resolve();
  let handedEarly = 0;

  /** Hand one output to the index and the sitemap; `file` is where an HTML page can be read again. */
  const give = (live: LiveSearchIndex, key: string, html: string | undefined, file?: string) => {
    given.set(key, html !== undefined);
    live.page(key, html, urlOf(key), file);
    notePage(key, html);
  };

  /**
   * The outputs the plan restores, read from Astro's copy of the previous build and handed over
   * at once, a few files at a time (libuv's pool has four threads), in the build's order.
   */
  const handEarly = (live: LiveSearchIndex, restoring: { key: string; indexed: boolean }[]) => {
    let next = 0;
    const reader = async () => {
      while (next < restoring.length) {
        const { key, indexed } = restoring[next++]!;
        if (given.has(key) || renderedKeys.has(key)) continue;
        const file = join(astroCopies, relative(outDir, htmlFileOf(outDir, key)));
        // A copy that cannot be read is left to the read-back after the last page.
        const html = indexed ? await readFile(file, 'utf8').catch(() => null) : undefined;
        if (html === null || given.has(key) || renderedKeys.has(key)) continue;
        give(live, key, html, file);
        handedEarly++;
      }
    };
    return Promise.all(Array.from({ length: READ_BACK_AT_ONCE }, reader)).then(() => {});
  };

  /** The search index being written: started when the last page is out, awaited when the build is done. */
  let writing:
    | Promise<{ report: SearchIndexReport; restored: number; readBack: number; handed: number; started: number }>
    | undefined;
  /**
   * Hand over the outputs Astro restored that were not handed early (read back from the output),
   * then write the index. Started as soon as every page is out, so Pagefind writes while Astro
   * optimises images, writes the sitemap and runs the other integrations' hooks. When Astro
   * rendered an output that was handed early, the index starts again from the output folder,
   * where every output now is.
   */
  const writeIndex = (first: LiveSearchIndex) => {
    const started = performance.now();
    const restored = plan?.reused() ?? [];
    let live = first;
    const handing = (async () => {
      await handingEarly;
      let outputs = restored.filter(({ key }) => !given.has(key));
      if (surprised) {
        await live.abandon();
        live = new LiveSearchIndex(
          LOCALES.map((l) => l.htmlLang),
          cacheDirOf(root, 'search'),
        );
        live.expect(order);
        const indexedOf = new Map(given);
        for (const { key, indexed } of restored) if (!indexedOf.has(key)) indexedOf.set(key, indexed);
        given = new Map();
        outputs = order.filter((key) => indexedOf.has(key)).map((key) => ({ key, indexed: indexedOf.get(key)! }));
      }
      // Several files at a time: read one by one, each waited for the file system in turn. The
      // order they arrive in does not matter (the index keeps the build's order).
      let next = 0;
      const reader = async () => {
        while (next < outputs.length) {
          const { key, indexed } = outputs[next++]!;
          const file = htmlFileOf(outDir, key);
          const html = indexed ? await readFile(file, 'utf8') : undefined;
          give(live, key, html, file);
        }
      };
      await Promise.all(Array.from({ length: READ_BACK_AT_ONCE }, reader));
      return { handed: Math.round(performance.now() - started), readBack: outputs.length };
    })();
    notingPages(handing);
    return handing.then(async ({ handed, readBack }) => ({
      report: await live.finish(outDir),
      restored: restored.length,
      readBack,
      handed,
      started,
    }));
  };
  return {
    name: 'portico:build-pipeline',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ experimental: { incrementalBuild: true } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        // Where Astro 7's incremental build keeps its copy of every output (core/build/incremental.js).
        astroCopies = join(fileURLToPath(config.cacheDir), 'dist');
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const live = new LiveSearchIndex(
          LOCALES.map((l) => l.htmlLang),
          cacheDirOf(root, 'search'),
        );
        index = live;
        writing = undefined;
        given = new Map();
        renderedKeys = new Set();
        surprised = 0;
        handingEarly = Promise.resolve();
        handedEarly = 0;
        const planDir = cacheDirOf(root, 'incremental');
        if (process.env.PORTICO_FULL_BUILD) await IncrementalPlan.forget(planDir);
        const incremental = await IncrementalPlan.open(planDir);
        plan = incremental;
        // Paths to make, paths rendered, and whether a render failed (then the build stops).
        let planned = -1;
        let rendered = 0;
        let failed = false;
        /** Every path rendered or restored: the index is written from now on. (After a failed
         * render the build stops: nothing is written.) */
        const allOut = () => {
          if (writing || failed || rendered + incremental.reused().length !== planned) return;
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
            order = ordered.map((p) => keyOf(p.pathname));
            live.expect(order);
            await incremental.plan(ordered, keyOf);
            planned = ordered.length;
            handingEarly = handEarly(live, incremental.restoring(order));
            notingPages(handingEarly);
            // Bundling and loading the content store leave a few hundred MB of garbage, which V8
            // may otherwise carry through the whole rendering (bin/portico.js).
            collectGarbage();
            return Array.isArray(result) ? ordered : { ...result, paths: ordered };
          },
          render: (request, options) => {
            const key = keyOf(decodeURI(new URL(request.url).pathname));
            renderedKeys.add(key);
            // Handed over early as restored, and rendered after all: what was handed may differ.
            if (given.has(key)) surprised++;
            let indexed = false;
            /** The index and the sitemap get each output once (see writeIndex for a surprise). */
            const hand = (html?: string) => {
              if (given.has(key)) notePage(key, html);
              else give(live, key, html);
            };
            // Rendered while noting what the page reads (integration/incremental.ts).
            return incremental.render(
              key,
              async () => {
                const result = await base.render(request, options).catch((error: unknown) => {
                  failed = true;
                  throw error;
                });
                rendered++;
                const response = result instanceof Response ? result : result.response;
                if (options.routeData.type !== 'page' || !isHtml(response) || response.status !== 200) {
                  hand();
                  return result;
                }
                const html = await response.text();
                hand(html);
                indexed = true;
                const copy = new Response(html, {
                  status: response.status,
                  statusText: response.statusText,
                  headers: response.headers,
                });
                return result instanceof Response ? copy : { ...result, response: copy };
              },
              () => indexed,
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
        const { report, restored, readBack, handed, started } = await (writing ?? writeIndex(index));
        writing = undefined;
        index = undefined;
        const pages = Object.entries(report.pages)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(
          `search index: ${pages} pages (${report.skipped} left out${report.reused.length ? `; reused ${report.reused.join(', ')}` : ''}), written in ${Math.round(performance.now() - started)} ms from the last page${restored ? ` (${restored} restored: ${handedEarly} handed over early, ${readBack} read back, in ${handed} ms)` : ''}${surprised ? `; started again: ${surprised} pages handed over early were rendered` : ''}`,
        );
        if (plan) {
          const pages = await plan.save();
          plan = undefined;
          logger.info(
            `incremental: ${pages.rendered} outputs rendered, ${pages.reused} reused from the previous build, ${pages.unkeyed} always rendered`,
          );
        }
      },
    },
  };
}
