/**
 * /admin/ for a site: the editor's configuration generated from the collection table and the
 * schemas (with their documentation as the hints), its pages, and the translation status, written
 * into a folder (writeAdmin) by `portico editor build` — into the built site when the site enables
 * the editor, into node_modules/.cache for the dev server (./integration.ts). The editor's script
 * and assets come from ./bundle.ts. Runs in its own process: the TypeScript parser that reads the
 * schemas' documentation takes a moment to load, which Astro's own runs should not pay.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { ProvinceConfig } from '../config/schema.ts';
import { COLLECTIONS, PROSE_COLLECTIONS } from '../collections/index.ts';
import { SchemaDocs } from '../collections/schema-docs.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import type { EntryStatus } from '../lib/translation-status.ts';
import { translationEntries } from '../check/translations.ts';
import { adminCspMeta, cmsBackend } from './backend.ts';
import { editorBundle, filesUnder } from './bundle.ts';
import { COLLECTION_LABELS, editorConfig, type CmsConfig, type EditorCollection } from './config.ts';
import { ADMIN_PATH } from './integration.ts';
import { ADMIN_CSS, adminIndexHtml, openPageHtml, statusPagesHtml } from './pages.ts';
import { publishedOnly } from './preview.ts';
import { buildNowUntil } from '../frame/clock.ts';

/** The engine's folder (its schemas' documentation is read from there). */
const ENGINE = resolve(import.meta.dirname, '../..');

export { ADMIN_PATH };

export interface AdminSite {
  /** The site's folder (the repository the editor edits). */
  root: string;
  province: ProvinceConfig;
}

/** The site's favicon (its logo), which the editor shows too. */
const iconOf = (site: AdminSite) => `/favicon${extname(site.province.logo)}`;

/** The editor's "view on the site" link: /admin/open/ looks the entry up in pages.json. */
export const previewPath = (collection: string) =>
  `admin/open/?collection=${encodeURIComponent(collection)}&entry={{slug}}&locale={{locale}}`;

let docs: SchemaDocs | undefined;

/** The prose collections of the site that have .mdx entries (only those get an MDX twin in the editor). */
export function mdxCollections(root: string): string[] {
  return PROSE_COLLECTIONS.filter((name) =>
    LOCALE_CODES.some((locale) => {
      const dir = join(root, 'src/content', name, locale);
      return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.mdx'));
    }),
  );
}

/** The CMS configuration of a site: every collection and field, from the table and the schemas. */
export function adminCmsConfig(site: AdminSite): CmsConfig {
  docs ??= new SchemaDocs(ENGINE);
  const image = () => z.string().describe('image');
  const collections: Record<string, EditorCollection> = Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, spec]) => [
      name,
      { layout: spec.layout, schema: spec.schema({ image }) as z.ZodType },
    ]),
  );
  const factoryOf = (name: string) => (COLLECTIONS[name as keyof typeof COLLECTIONS].schema as { name: string }).name;
  return editorConfig({
    collections,
    locales: LOCALE_CODES,
    doc: (collection, path) => docs!.doc(factoryOf(collection), path),
    backend: cmsBackend(site.province.editor, basename(site.root)),
    appTitle: `Biên tập — ${site.province.name.vi}`,
    logo: iconOf(site),
    previewPath,
    mdxCollections: mdxCollections(site.root),
    // Shown (as sanitised HTML) above each prose collection's list: the status page is one click away.
    proseNote:
      'Mỗi mục có bản tiếng Việt, tiếng Anh và tiếng Trung · Vietnamese, English and Chinese: <a href="status/">tình trạng bản dịch / translation status</a> (xong, thiếu, cũ · done, missing, outdated).',
  });
}

/** Where the translations stand: each entry's state per language (`portico status` shows the same). */
export type TranslationStatus = { entries: EntryStatus[]; error?: string };

/**
 * Where the translations stand, read from the site's content and its git history. Only the
 * entries' states: the glossary and figure checks of `portico status` are for translators at the
 * terminal, and would cost a build seconds for a page that does not show them.
 */
export async function translationStatus(root: string): Promise<TranslationStatus> {
  try {
    return { entries: translationEntries(root) };
  } catch (error) {
    return { entries: [], error: (error as Error).message.split('\n')[0] };
  }
}

const pageInput = (site: AdminSite) => ({
  siteName: site.province.name.vi,
  csp: adminCspMeta(site.province.editor),
  icon: iconOf(site),
});

/** The pages /admin/ makes from the site but the status page (besides the bundle's files and pages.json, an Astro route). */
export function basePages(site: AdminSite): Record<string, string> {
  const page = pageInput(site);
  return {
    'index.html': adminIndexHtml(page),
    'admin.css': ADMIN_CSS,
    'config.json': `${JSON.stringify(adminCmsConfig(site), null, 2)}\n`,
    'open/index.html': openPageHtml(page),
  };
}

/**
 * The translation status pages (status/ and one or more per collection), read now, by path under
 * /admin/. With `pages` (pages.json of a published site), only the entries that have a page:
 * drafts and scheduled entries stay out of a public page.
 */
export async function statusPages(
  site: AdminSite,
  now: Date,
  pages?: Record<string, unknown>,
  read?: TranslationStatus,
): Promise<Record<string, string>> {
  const status = read ?? (await translationStatus(site.root));
  const made = statusPagesHtml({
    ...pageInput(site),
    entries: pages ? publishedOnly(status.entries, pages) : status.entries,
    publishedOnly: Boolean(pages),
    locales: LOCALE_CODES,
    labels: COLLECTION_LABELS,
    readAt: `${now.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    ...(status.error ? { error: status.error } : {}),
  });
  return Object.fromEntries(Object.entries(made).map(([path, html]) => [`status/${path}`, html]));
}

/** Every page /admin/ makes from the site (besides the bundle's files and pages.json, an Astro route). */
export async function adminPages(
  site: AdminSite,
  now: Date,
  pages?: Record<string, unknown>,
  status?: TranslationStatus,
): Promise<Record<string, string>> {
  return { ...basePages(site), ...(await statusPages(site, now, pages, status)) };
}

/**
 * Write generated pages (by path under /admin/) into `target`, the site's /admin/ folder. The
 * status pages replace every old one: a collection may have fewer pages than last time.
 */
export function writeAdminPages(target: string, pages: Record<string, string>): void {
  if (Object.keys(pages).some((path) => path.startsWith('status/')))
    rmSync(join(target, 'status'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(target, path, '..'), { recursive: true });
    writeFileSync(join(target, path), text);
  }
}

/**
 * Write /admin/ into `outDir`. `published`: the folder is a site to publish (after `astro build`,
 * its pages.json beside): the status page then lists only the entries that have a page.
 * `status`: the translation status read earlier (else it is read now).
 */
export async function writeAdmin(
  outDir: string,
  site: AdminSite,
  log: (line: string) => void = () => {},
  { published = false, status }: { published?: boolean; status?: TranslationStatus } = {},
): Promise<void> {
  const started = performance.now();
  const bundle = await editorBundle(site.root);
  const target = join(outDir, ADMIN_PATH);
  mkdirSync(target, { recursive: true });
  // The bundle's legal notices stay beside it; licences are files of the site as well.
  cpSync(bundle.dir, target, { recursive: true });
  const pagesFile = join(target, 'pages.json');
  const pages = published
    ? existsSync(pagesFile)
      ? (JSON.parse(readFileSync(pagesFile, 'utf8')) as Record<string, unknown>)
      : {}
    : undefined;
  // The status pages say when the status was read; that alone is no reason to publish again.
  const readAt = buildNowUntil(() => undefined);
  writeAdminPages(target, await adminPages(site, readAt, pages, status));
  log(
    `  editor /admin/: ${filesUnder(target).length} files (${bundle.fresh ? 'bundled now' : 'bundle from the cache'}) in ${Math.round(performance.now() - started)} ms`,
  );
}
