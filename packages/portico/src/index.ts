/**
 * Portico as an Astro integration. In the site's astro.config.ts:
 *
 *   import portico from 'portico';
 *   import province from './province.config.ts';
 *   export default defineConfig({ integrations: [portico(province)] });
 *
 * It checks the site's configuration, injects every route (the pages of the route table and each
 * section's endpoints), adds MDX and the sitemap, and serves the configuration to the engine's
 * pages as virtual modules. The work lives in the modules it calls.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { extname } from 'node:path';
import { cacheDirOf } from './lib/cache-dir.ts';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { resolveSiteConfig } from './config/load.ts';
import type { ProvinceInput } from './config/schema.ts';
import { formatReport } from './lib/problems.ts';
import { EditorError } from './lib/editor-error.ts';
import { brandCss } from './integration/brand-css.ts';
import { externalLinks } from './integration/external-links.ts';
import { footnoteLanguage } from './integration/footnotes.ts';
import { sitemapGroups, isIndexable, withAlternates } from './integration/sitemap-groups.ts';
import { virtualModules } from './integration/virtual-modules.ts';
import { nfcMdx } from './integration/nfc.ts';
import { buildPipeline } from './integration/prerender.ts';
import { SECTION_SPECS } from './sections/index.ts';
import { adminMiddleware, runEditorCommand } from './editor/integration.ts';
import type { EditorSettings } from './editor/backend.ts';

export type { ProvinceInput };

const here = (path: string) => new URL(path, import.meta.url);

/** The frame's own routes; each section adds its endpoints from the registry. */
const FRAME_ROUTES = [
  { pattern: '/[...path]', entrypoint: here('./routes/page.astro') },
  { pattern: '/[...path]', entrypoint: here('./routes/home.astro') },
  { pattern: '/404', entrypoint: here('./routes/404.astro') },
  { pattern: '/[serverFile]', entrypoint: here('./routes/server-file.ts') },
  { pattern: '/robots.txt', entrypoint: here('./routes/robots.ts') },
  { pattern: '/og/[card].png', entrypoint: here('./routes/og-default.ts') },
];

export default function portico(config: ProvinceInput): AstroIntegration {
  /** The form editor at /admin/: always in the dev server, in the built site when the site enables it. */
  let editor: { root: string; settings: EditorSettings } | undefined;
  /** `portico editor bundle`, started when a build starts. */
  let editorBundling: Promise<{ out: string; statusFile: string }> | undefined;
  /** `portico editor build` into the output folder (its log lines), started when every page is out. */
  let editorWriting: Promise<string[]> | undefined;
  /** Pages a rebuild took from the published site: the sitemap lists them too (integration/prerender.ts). */
  const keptPages: string[] = [];
  /** /admin/ reads the pages the build wrote (/admin/pages.json): written once they are all out. */
  const writeEditor = (outDir: string): Promise<string[]> => {
    const settings = editor!;
    const bundling = editorBundling;
    editorBundling = undefined;
    return (async () => {
      const early = bundling ? await bundling : undefined;
      const status = early ? ['--status-file', early.statusFile] : [];
      const out = await runEditorCommand(settings.root, ['build', '--published', '--out', outDir, ...status]);
      return [...(early?.out ?? '').split('\n'), ...out.split('\n')].map((line) => line.trim()).filter(Boolean);
    })();
  };
  return {
    name: 'portico',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig, injectRoute, command }) => {
        const root = fileURLToPath(astro.root);
        const result = resolveSiteConfig(root, config);
        if (!result.ok) throw new EditorError(formatReport(result.problems));
        const site = result.config;
        const { province } = site;

        const routes = [
          ...FRAME_ROUTES,
          { pattern: `/favicon${extname(province.logo)}`, entrypoint: here('./routes/favicon.ts') },
          // A page module per section with pages (its page.astro, and those it lists in
          // pageModules), next to the frame's.
          ...SECTION_SPECS.filter((s) => s.routes).flatMap((s) => [
            { pattern: '/[...path]', entrypoint: here(`./sections/${s.key}/page.astro`) },
            ...(s.pageModules ?? []).map((entrypoint) => ({ pattern: '/[...path]', entrypoint })),
          ]),
          ...SECTION_SPECS.flatMap((s) => s.endpoints ?? []),
        ];
        if (command === 'dev' || province.editor.enabled) {
          editor = { root, settings: province.editor };
          routes.push({ pattern: '/admin/pages.json', entrypoint: here('./routes/admin-pages.ts') });
        }
        for (const route of routes)
          injectRoute({ pattern: route.pattern, entrypoint: route.entrypoint, prerender: true });

        updateConfig({
          site: province.site,
          trailingSlash: 'always',
          build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
          devToolbar: { enabled: false },
          markdown: {
            // No code highlighting: a portal's prose has no code, and Shiki's colours are inline
            // styles the Content-Security-Policy refuses (a code block stays plain <pre><code>).
            syntaxHighlight: false,
            processor: satteri({ hastPlugins: [externalLinks(province.site), footnoteLanguage(site.strings)] }),
          },
          integrations: [
            mdx(),
            sitemapGroups(),
            sitemap({ filter: isIndexable, serialize: withAlternates, customPages: keptPages }),
            buildPipeline({
              keptPages,
              // While Astro optimises the pictures and the search index is written.
              pagesOut: (outDir) => {
                if (!editor || editorWriting) return;
                editorWriting = writeEditor(outDir);
                editorWriting.catch(() => {});
              },
            }),
          ],
          // Never inline scripts or assets: the Content-Security-Policy allows only files from the site.
          vite: {
            plugins: [brandCss(province), virtualModules(site), nfcMdx()],
            build: {
              assetsInlineLimit: 0,
              // Astro marks each MDX entry with a directive the bundler warns about in a box of ten
              // lines (withastro/astro#18087): not the editor's to fix, so kept out of the build log.
              rolldownOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: object) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
                    return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        if (!editor) return;
        const handle = adminMiddleware(editor.root, editor.settings);
        server.middlewares.use((req, res, next) => {
          handle(req, res, next).catch(next);
        });
      },
      'astro:build:start': () => {
        if (!editor) return;
        // The editor's bundle (seconds of esbuild on a cold cache) and the translation status
        // (every content file and its git history) are made in their own process while Astro
        // renders the pages; /admin/ is written from them when the pages are out. The status goes
        // into the site's cache folder (one build at a time holds the build lock).
        const statusFile = cacheDirOf(editor.root, 'editor-status.json');
        editorWriting = undefined;
        editorBundling = runEditorCommand(editor.root, ['bundle', '--status-file', statusFile]).then((out) => ({
          out,
          statusFile,
        }));
        // Awaited (and reported) in astro:build:done.
        editorBundling.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!editor) return;
        const writing = editorWriting ?? writeEditor(fileURLToPath(dir));
        editorWriting = undefined;
        for (const line of await writing) logger.info(line);
      },
    },
  };
}
