/**
 * Portico's hand on Astro's page generation (the `setPrerenderer` hook of `astro:build:start`):
 * Astro's own prerenderer does the rendering; this wrapper sees every output as it is made and
 * hands each HTML page to the search indexer (sections/search/live-index.ts), which indexes it on
 * another thread while Astro renders the rest, and its head to the sitemap (sitemap-groups.ts).
 * When every page is out, before Astro optimises the pictures, the index starts being written and
 * `pagesOut` is called; the build waits for the index when it is done.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readFile } from 'node:fs/promises';
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
  /** The search index being written: started when the last page is out, awaited when the build is done. */
  let writing: Promise<{ report: SearchIndexReport; restored: number; handed: number; started: number }> | undefined;
  /**
   * Hand the pages Astro restored from the previous build to the search index and the sitemap
   * (read back from the output), then write the index. Started as soon as every page is out, so
   * Pagefind writes while Astro optimises images, writes the sitemap and runs the other
   * integrations' hooks.
   */
  const writeIndex = (live: LiveSearchIndex) => {
    const started = performance.now();
    const restored = plan?.reused() ?? [];
    const handing = (async () => {
      // Several files at a time: read one by one, each waited for the file system in turn. The
      // order they arrive in does not matter (the index keeps the build's order).
      let next = 0;
      const reader = async () => {
        while (next < restored.length) {
          const { key, indexed } = restored[next++]!;
          const file = htmlFileOf(outDir, key);
          const html = indexed ? await readFile(file, 'utf8') : undefined;
          live.page(key, html, urlOf(key), file);
          notePage(key, html);
        }
      };
      await Promise.all(Array.from({ length: READ_BACK_AT_ONCE }, reader));
      return Math.round(performance.now() - started);
    })();
    notingPages(handing);
    return handing.then(async (handed) => ({
      report: await live.finish(outDir),
      restored: restored.length,
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
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const live = new LiveSearchIndex(
          LOCALES.map((l) => l.htmlLang),
          cacheDirOf(root, 'search'),
        );
        index = live;
        writing = undefined;
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
            live.expect(ordered.map((p) => keyOf(p.pathname)));
            await incremental.plan(ordered, keyOf);
            planned = ordered.length;
            // Bundling and loading the content store leave a few hundred MB of garbage, which V8
            // may otherwise carry through the whole rendering (bin/portico.js).
            collectGarbage();
            return Array.isArray(result) ? ordered : { ...result, paths: ordered };
          },
          render: (request, options) => {
            const key = keyOf(decodeURI(new URL(request.url).pathname));
            let indexed = false;
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
                  live.page(key, undefined);
                  notePage(key);
                  return result;
                }
                const html = await response.text();
                live.page(key, html, urlOf(key));
                notePage(key, html);
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
        const { report, restored, handed, started } = await (writing ?? writeIndex(index));
        writing = undefined;
        index = undefined;
        const pages = Object.entries(report.pages)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(
          `search index: ${pages} pages (${report.skipped} left out${report.reused.length ? `; reused ${report.reused.join(', ')}` : ''}), written in ${Math.round(performance.now() - started)} ms from the last page${restored ? ` (${restored} restored pages read back in ${handed} ms)` : ''}`,
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
