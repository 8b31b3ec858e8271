/**
 * Portico's hand on Astro's page generation (the `setPrerenderer` hook of `astro:build:start`):
 * Astro's own prerenderer does the rendering; this wrapper sees every output as it is made and
 * hands each HTML page to the search indexer (sections/search/live-index.ts), which indexes it on
 * another thread while Astro renders the rest, and its head to the sitemap (sitemap-groups.ts).
 * When every page is out, before Astro optimises the pictures, the index starts being written and
 * `pagesOut` is called; the build waits for the index when it is done.
 *
 * In a rebuild most outputs are not rendered: once the plan is made they are linked from the
 * published site into the output (integration/incremental.ts), Astro is given only the paths to
 * render, and the kept pages go to the index and the sitemap at once (see `hand`).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentStamps,
  fileStamps,
  IncrementalPlan,
  incrementalDirOf,
  type RenderMetadata,
  type Restored,
  type Sources,
} from './incremental.ts';
import { changedLocales } from '../lib/incremental/changed.ts';
import { nextChangeAt } from '../lib/incremental/track.ts';
import { buildNowUntil } from '../frame/clock.ts';
import { keyOf, outputFileOf, urlOf } from './output-key.ts';
import { noteHead, notePage } from './sitemap-groups.ts';
import { langOf, LiveSearchIndex, type FeedAhead, type SearchIndexReport } from '../sections/search/live-index.ts';
import { isIndexablePage } from '../sections/search/logic.ts';
import { cacheDirOf } from '../lib/cache-dir.ts';
import { codeFingerprint, ENGINE_DIR } from './code-digest.ts';
import { PicturesAhead, type PictureConfig } from './pictures-ahead.ts';
import { collectGarbage } from '../lib/memory.ts';
import { LOCALES, localeInfo } from '../i18n/locales.ts';
import { localeOfPath } from '../frame/routing.ts';
import { language, type HeadLinks } from '../lib/html-head.ts';

/** An output taken from the published site, as handed to the index and the sitemap. */
type Taken = { key: string } & Restored;

/** Outputs drawn in another process (see getStaticPaths below). */
const DRAWN = /\.(png|pdf|zip)$/;

/**
 * The folder holding the previous build's output, which an incremental build takes unchanged
 * outputs from: dist/ when `portico build` builds (it replaces dist/ only at the end, and records
 * the build for the next one only then). Any other build renders every page.
 */
export const PUBLISHED_DIR_ENV = 'PORTICO_PUBLISHED_DIR';

/** The published site, when this build may take outputs from it. */
const publishedDir = (outDir: string): string | undefined => {
  const published = process.env[PUBLISHED_DIR_ENV];
  return published && published !== outDir && existsSync(published) ? published : undefined;
};

const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').startsWith('text/html');

export interface BuildPipelineOptions {
  /** Called once a build, with the output folder, when every page is in it (before the pictures). */
  pagesOut?: (outDir: string) => void;
  /**
   * Filled, each build, with the address of every page taken from the published site: Astro never
   * sees those pages, so the sitemap gets them as its `customPages` (this array).
   */
  keptPages?: string[];
}

export function buildPipeline({ pagesOut, keptPages = [] }: BuildPipelineOptions = {}): AstroIntegration {
  let index: LiveSearchIndex | undefined;
  /** What the pictures made while the pages render need of Astro's configuration (a build only). */
  let pictureConfig: PictureConfig | undefined;
  /** The pictures of this build made while its pages render (pictures-ahead.ts). */
  let pictures: PicturesAhead | undefined;
  let plan: IncrementalPlan | undefined;
  let outDir = '';
  let root = '';
  /** Where Astro 7's own incremental mode kept a copy of every output (Portico no longer uses it). */
  let astroCopies: string[] = [];
  /** The site's address and base path (for the sitemap's addresses of kept pages). */
  let siteBase: URL | undefined;

  /** `portico build` or `astro build` (not the dev server, nor `astro check`). */
  let building = false;
  /** The code this build's pages are made with (integration/code-digest.ts). */
  let code = '';
  /** The content files' stamps when this build started (kept for the next build's guess). */
  let sources: Sources['files'] | undefined;
  /** The public folder's files when this build started (with the content's, for build/up-to-date.ts). */
  let publicFiles: Sources['public'];
  /** The build's instant when it started (what it makes holds from then on, see build/up-to-date.ts). */
  let builtAt = 0;

  /** The search index of this build's languages (index-worker.ts), fed ahead in a rebuild. */
  const searchIndex = (ahead?: FeedAhead) =>
    new LiveSearchIndex(
      LOCALES.map((l) => l.htmlLang),
      cacheDirOf(root, 'search'),
      ahead,
    );

  /**
   * Hand one rendered output to the index and the sitemap. An HTML page the index leaves out
   * (`indexed` false: lists, 404s, fallbacks) is counted, its text not sent to a search thread.
   */
  const give = (live: LiveSearchIndex, key: string, html: string | undefined, indexed = false) => {
    live.page(
      key,
      html === undefined ? {} : indexed ? { html, url: urlOf(key), out: outputFileOf(key, 'page') } : { leftOut: true },
    );
    return notePage(key, html);
  };

  /**
   * The outputs taken from the published site go to the index and the sitemap at once, in the
   * build's order (each language's index takes its pages in that order), so that the language an
   * edit changed is indexed while Astro renders what changed, not after it. A page goes by its
   * file and kept language, read by its search thread, and its kept head: the main thread reads
   * none of them.
   */
  const hand = (live: LiveSearchIndex, outputs: Taken[]) => {
    for (const { key, file, out, indexed, lang, head } of outputs) {
      // An HTML page the index left out (it has a language, see render) is counted, not read.
      live.page(
        key,
        indexed ? { url: urlOf(key), file, lang: lang ?? 'unknown', out } : lang === undefined ? {} : { leftOut: true },
      );
      noteHead(key, head);
    }
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
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
        // Astro 7's own incremental mode kept its copies and their manifest here (earlier versions
        // of Portico turned it on): removed once, at the next build.
        const cacheDir = fileURLToPath(config.cacheDir);
        astroCopies = [join(cacheDir, 'dist'), join(cacheDir, 'incremental-build.json')];
        siteBase = config.site ? new URL(config.base.replace(/\/?$/, '/'), config.site) : undefined;
        if (!building) return;
        pictureConfig = { image: config.image, cacheDir, outDir };
        // In a rebuild, the search threads start now, while Astro syncs the content and bundles:
        // the languages whose content files changed since the published build are fed to the
        // index from the published site at once, and corrected page by page as this build's come
        // (sections/search/index-worker.ts).
        const planDir = incrementalDirOf(root);
        if (process.env.PORTICO_FULL_BUILD) await IncrementalPlan.forget(planDir);
        code = await codeFingerprint(root, ENGINE_DIR, process.env.PORTICO_PREVIEW === '1');
        sources = contentStamps(root);
        builtAt = buildNowUntil(() => undefined).getTime();
        const publicDir = fileURLToPath(config.publicDir);
        publicFiles = { dir: relative(root, publicDir).split(sep).join('/'), files: fileStamps(publicDir) };
        const published = publishedDir(outDir);
        const before = published ? await IncrementalPlan.sources(planDir, code) : undefined;
        const changed = before
          ? changedLocales(
              before,
              sources,
              LOCALES.map((l) => l.code),
            )
          : [];
        // Nothing to feed ahead: the threads start with Astro's build, as they would otherwise
        // take CPU from Astro's start.
        if (published && changed.length)
          index = searchIndex({
            published,
            languages: LOCALES.filter((l) => changed.includes(l.code)).map((l) => l.htmlLang.toLowerCase()),
          });
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const live = index ?? searchIndex();
        index = live;
        writing = undefined;
        keptPages.length = 0;
        for (const path of astroCopies) if (existsSync(path)) await rm(path, { recursive: true, force: true });
        const incremental = await IncrementalPlan.open(incrementalDirOf(root), code, publishedDir(outDir));
        // PORTICO_PICTURES_AHEAD=0: every picture made by Astro after the last page (to compare).
        const ahead = new PicturesAhead(process.env.PORTICO_PICTURES_AHEAD === '0' ? undefined : pictureConfig);
        pictures = ahead;
        plan = incremental;
        // Paths to make, paths rendered or taken from the published site, and whether a render
        // failed (then the build stops).
        let planned = -1;
        let made = 0;
        let failed = false;
        /** The outputs taken from the published site being put in the output folder. */
        let linking: Promise<void> = Promise.resolve();
        /** Every path made: the index is written from now on. (After a failed render the build
         * stops: nothing is written.) */
        const allOut = () => {
          if (writing || failed || made !== planned) return;
          // The index reads the output again only when a language starts over, at its end.
          writing = linking.then(() => writeIndex(live));
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
            // One language after the other, so that each language's search index is written
            // while the next language's pages render (only the last one's after the last page).
            // Files drawn at build time (link-preview cards, the press kits' PDFs and the ZIPs
            // holding them) go last: a child process draws them while the HTML pages render, so
            // they are ready when their turn comes.
            const byLocale = new Map(LOCALES.map((l) => [l.code, [] as typeof paths]));
            const drawn: typeof paths = [];
            /** Each page's language, as its URL says (the search index's guess). */
            const languages = new Map<string, string>();
            for (const path of paths) {
              if (DRAWN.test(path.pathname)) {
                drawn.push(path);
                continue;
              }
              const locale = localeOfPath(path.pathname);
              byLocale.get(locale)!.push(path);
              languages.set(keyOf(path.pathname), localeInfo(locale).htmlLang);
            }
            const ordered = [...[...byLocale.values()].flat(), ...drawn];
            live.expect(
              ordered.map((p) => keyOf(p.pathname)),
              { outDir, languageOf: (key) => languages.get(key) },
            );
            await incremental.plan(ordered, keyOf);
            // Outputs unchanged since the published build are linked from there into the output
            // while Astro renders and writes the rest.
            const kept: Taken[] = [];
            const staticImages: unknown[] = [];
            const referencedImages: unknown[] = [];
            const toRender = ordered.filter((path) => {
              const key = keyOf(path.pathname);
              const taken = incremental.take(key, outDir);
              if (!taken) return true;
              kept.push({ key, ...taken });
              if (path.route.type === 'page' && siteBase) keptPages.push(new URL(urlOf(key).slice(1), siteBase).href);
              staticImages.push(...((taken.metadata?.staticImages as unknown[] | undefined) ?? []));
              referencedImages.push(...((taken.metadata?.referencedImages as unknown[] | undefined) ?? []));
              return false;
            });
            planned = toRender.length;
            linking = incremental.link();
            linking.catch(() => {});
            hand(live, kept);
            // Bundling and loading the content store leave a few hundred MB of garbage, which V8
            // may otherwise carry through the whole rendering (bin/portico.js). Not when a tenth
            // or less is rendered: the heap hardly grows, and the collection costs a quarter of
            // a second before the first page.
            if (toRender.length * 10 > ordered.length) collectGarbage();
            if (!kept.length) return Array.isArray(result) ? ordered : { ...result, paths: ordered };
            // The pictures the kept pages asked for: Astro writes only the pictures pages asked for.
            const metadata = Array.isArray(result) ? undefined : result.metadata;
            return {
              paths: toRender,
              metadata: {
                ...metadata,
                staticImages: [...(metadata?.staticImages ?? []), ...staticImages],
                referencedImages: [...(metadata?.referencedImages ?? []), ...referencedImages],
              } as StaticPathsMetadata,
            };
          },
          render: async (request, options) => {
            const key = keyOf(decodeURI(new URL(request.url).pathname));
            let indexed = false;
            /** A page's `<html lang>` and head, kept for a later build that takes it again. */
            let page: { lang?: string; head?: HeadLinks | undefined } = {};
            // Rendered while noting what the page reads (integration/incremental.ts).
            return incremental.render(
              key,
              async () => {
                const result = await base.render(request, options).catch((error: unknown) => {
                  failed = true;
                  throw error;
                });
                made++;
                if (!(result instanceof Response)) ahead.add(result.metadata?.staticImages);
                const response = result instanceof Response ? result : result.response;
                if (options.routeData.type !== 'page' || !isHtml(response) || response.status !== 200) {
                  give(live, key, undefined);
                  return result;
                }
                const html = await response.text();
                // The language copied out: a slice would keep the page's text alive in the record.
                indexed = isIndexablePage(html);
                page = { head: give(live, key, html, indexed), lang: language(langOf(html)) };
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
                return { file, metadata, ...page };
              },
            );
          },
          // Astro asks for the pictures to optimise once every path is rendered or restored, and
          // calls teardown only after optimising them (Astro 7.4). The hook is deprecated for
          // reporting pictures; when Astro stops calling it, teardown still starts the index.
          collectStaticImages: async () => {
            allOut();
            await ahead.settle();
            return base.collectStaticImages ? base.collectStaticImages() : new Map();
          },
          teardown: async () => {
            await ahead.settle();
            await linking;
            await base.teardown?.();
            allOut();
          },
        }));
      },
      'astro:build:done': async ({ logger }) => {
        if (pictures?.made) logger.info(`pictures: ${pictures.made} made while the pages rendered`);
        pictures = undefined;
        if (!index) return;
        const { report, started } = await (writing ?? writeIndex(index));
        writing = undefined;
        index = undefined;
        const pages = Object.entries(report.pages)
          .map(([lang, n]) => `${lang} ${n}`)
          .join(', ');
        logger.info(
          `search index: ${pages} pages (${[
            `${report.skipped} left out`,
            ...(report.reused.length ? [`reused ${report.reused.join(', ')}`] : []),
            ...(report.ahead.length ? [`fed ahead ${report.ahead.join(', ')}`] : []),
            ...(report.over.length ? [`started over ${report.over.join(', ')}`] : []),
            ...(report.early.length ? [`written before the last page ${report.early.join(', ')}`] : []),
          ].join('; ')}), written in ${Math.round(performance.now() - started)} ms from the last page`,
        );
        if (plan) {
          // Every page is made and every remembered value computed: the clock's next change is known.
          const changesAt = nextChangeAt();
          const pages = await plan.save(
            sources && {
              files: sources,
              public: publicFiles,
              changesAt: Number.isFinite(changesAt) ? changesAt : null,
              builtAt,
            },
          );
          plan = undefined;
          logger.info(
            `incremental: ${pages.rendered} outputs rendered, ${pages.reused} reused from the previous build (${pages.reused} taken from the published site), ${pages.unkeyed} always rendered`,
          );
        }
      },
    },
  };
}

/** The pictures found while listing the paths, as Astro's prerenderer interface types them. */
type StaticPathsMetadata = NonNullable<
  Extract<Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>, { metadata?: unknown }>['metadata']
>;

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
