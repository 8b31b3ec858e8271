/**
 * The editor's files for /admin/, made from node_modules at build time (never a CDN): the
 * browser entry (browser/admin.ts) bundled with Sveltia CMS by esbuild, the CMS's own assets
 * (image workers, WebAssembly), and the fonts — each a file of the site.
 *
 * Two changes to the library on the way, both so that nothing even tries to leave the origin:
 *  - its stylesheet declares its fonts on cdn.jsdelivr.net; those URLs are rewritten to the same
 *    fonts from the package, under assets/ (a font the package does not carry stops the bundle
 *    with an error, so an upgrade that changes them is noticed);
 *  - the code widget's syntax colouring loads one module per language (700 of them, 11 MB); only
 *    the languages an editor of this site may meet are kept, the others get an empty grammar;
 *    the CMS's own interface keeps Vietnamese, English and Chinese (the others show English).
 *
 * The result is cached in node_modules/.cache/portico-editor/<key>/ (key: the versions of the
 * CMS, of esbuild and of the files that make the bundle), so builds and the dev server bundle once.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The browser entry and the modules it imports from the engine (part of the cache key). */
const SOURCES = [
  'browser/admin.ts',
  'browser/ui-language.ts',
  'browser/open.ts',
  'list-format.ts',
  'backend.ts',
  'bundle.ts',
].map((f) => join(here, f));

/** Languages the code widget colours; every other language gets an empty grammar. */
export const CODE_LANGUAGES = [
  'markdown',
  'mdx',
  'yaml',
  'json',
  'html',
  'css',
  'javascript',
  'typescript',
  'shellscript',
];

/** The CMS's interface languages kept; the others show English. */
export const UI_LOCALES = ['vi', 'en-US', 'en-GB', 'zh-CN', 'zh-TW'];

/** The weights of the site's font (Be Vietnam Pro, with its Vietnamese letters) the editor uses. */
const UI_FONT_WEIGHTS = [400, 700];

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

export interface EditorBundle {
  /** Folder with admin.js, open.js, chunks/, assets/, fonts/ (the site's font) and fonts.css. */
  dir: string;
  /** true when it was made now, false when it came from the cache. */
  fresh: boolean;
}

/** A package's folder, found as Node finds it: node_modules/<name> here or in a folder above. */
function packageDir(name: string): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`editor bundle: the package ${name} is not installed`);
  }
}
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** The cache key: library versions and the bundle's own sources. */
export function bundleKey(): string {
  const hash = createHash('sha256');
  hash.update(
    `sveltia ${versionOf('@sveltia/cms')} esbuild ${versionOf('esbuild')} langs ${CODE_LANGUAGES.join(',')} ui ${UI_LOCALES.join(',')}\n`,
  );
  for (const file of SOURCES) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Files under a folder, relative, with forward slashes. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The CMS's stylesheet points its fonts at the CDN; point them at assets/<family>-<subset>-<hash>.woff2
 * instead (the same files, which the package carries) and say which files those are. Pure: the text in, the text and copies out.
 */
export function localFonts(code: string, assets: readonly string[]): { code: string; fonts: Record<string, string> } {
  const fonts: Record<string, string> = {};
  const rewritten = code.replace(CDN_FONT, (url, family: string, subset: string) => {
    const name = `${family}-${subset}`;
    const file = assets.find((a) => a.startsWith(`${name}-`) && a.endsWith('.woff2'));
    if (!file)
      throw new Error(
        `editor bundle: the CMS wants ${url}, and its package has no local copy (assets/${name}-*.woff2)`,
      );
    fonts[name] = file;
    // A <style> element's URLs resolve against the page, /admin/; the file is in assets/ there.
    return `assets/${file}`;
  });
  return { code: rewritten, fonts };
}

/** @font-face rules of the site's font for the editor, from the fontsource package, and the files they need. */
function uiFontCss(): { css: string; files: string[] } {
  const dir = packageDir('@fontsource/be-vietnam-pro');
  const files: string[] = [];
  const css = UI_FONT_WEIGHTS.map((weight) =>
    readFileSync(join(dir, `${weight}.css`), 'utf8')
      .split(/(?=\/\* )/)
      .filter((block) => /-(vietnamese|latin-ext|latin)-\d+-normal/.test(block))
      .map((block) =>
        block.replace(/src:[^;]+;/, (src) => {
          const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(src)?.[1];
          if (!file) throw new Error(`editor bundle: no woff2 in ${src}`);
          files.push(file);
          return `src: url(fonts/${file}) format('woff2');`;
        }),
      )
      .join('\n'),
  ).join('\n');
  return {
    css: `${css}\n:root { --sui-font-family-default: 'Be Vietnam Pro', 'Source Sans 3', system-ui, sans-serif; }\n`,
    files: [...new Set(files)].map((f) => join(dir, 'files', f)),
  };
}

async function build(out: string): Promise<void> {
  const esbuild = await import('esbuild');
  const cmsDir = packageDir('@sveltia/cms');
  const cmsAssets = readdirSync(join(cmsDir, 'npm/assets'));
  const fonts: Record<string, string> = {};
  const emptyGrammar = 'export default [];';
  await esbuild.build({
    entryPoints: { admin: join(here, 'browser/admin.ts'), open: join(here, 'browser/open.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.wasm': 'file', '.woff2': 'file', '.png': 'file', '.svg': 'file' },
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'portico-editor',
        setup(b) {
          b.onResolve({ filter: /^@shikijs\/langs\/[\w-]+$/ }, (args) => {
            const lang = args.path.split('/').pop()!;
            return CODE_LANGUAGES.includes(lang) ? undefined : { path: 'empty', namespace: 'empty-grammar' };
          });
          // Interface languages other than Vietnamese, English and Chinese fall back to English.
          b.onResolve({ filter: /^\.\.\/locales\/[\w-]+\.json$/ }, (args) => {
            const locale = /([\w-]+)\.json$/.exec(args.path)![1]!;
            if (UI_LOCALES.includes(locale)) return undefined;
            return { path: join(cmsDir, 'locales/en-US.json') };
          });
          b.onLoad({ filter: /.*/, namespace: 'empty-grammar' }, () => ({ contents: emptyGrammar, loader: 'js' }));
          b.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => {
            const local = localFonts(readFileSync(args.path, 'utf8'), cmsAssets);
            Object.assign(fonts, local.fonts);
            return { contents: local.code, loader: 'js' };
          });
        },
      },
    ],
  });
  // The CMS finds its workers, WebAssembly and fonts with new URL('assets/…', import.meta.url):
  // copy each beside the output file that asks for it (and look in the copies, a worker asks too).
  const copied = new Set<string>();
  for (let todo = filesUnder(out).filter((f) => f.endsWith('.js')); todo.length;) {
    const next: string[] = [];
    for (const file of todo) {
      const code = readFileSync(join(out, file), 'utf8');
      for (const m of code.matchAll(/new URL\(["'`]((?:\.\.?\/)*assets\/[^"'`]+)["'`],\s*import\.meta\.url\)/g)) {
        const target = posix.normalize(posix.join(posix.dirname(file), m[1]!));
        const name = posix.basename(target);
        if (copied.has(target)) continue;
        if (target.startsWith('..') || !cmsAssets.includes(name))
          throw new Error(`editor bundle: ${file} wants ${m[1]}, which is not in @sveltia/cms/npm/assets`);
        mkdirSync(join(out, posix.dirname(target)), { recursive: true });
        cpSync(join(cmsDir, 'npm/assets', name), join(out, target));
        copied.add(target);
        if (name.endsWith('.js')) next.push(target);
      }
    }
    todo = next;
  }
  // The CDN fonts, rewritten to assets/<file>: the same files, which must be there.
  for (const file of Object.values(fonts)) {
    if (!copied.has(`assets/${file}`)) cpSync(join(cmsDir, 'npm/assets', file), join(out, 'assets', file));
  }
  for (const licence of cmsAssets.filter((a) => a.endsWith('.LICENSE.txt')))
    cpSync(join(cmsDir, 'npm/assets', licence), join(out, 'assets', licence));
  mkdirSync(join(out, 'fonts'), { recursive: true });
  const ui = uiFontCss();
  for (const file of ui.files) cpSync(file, join(out, 'fonts', file.split(/[\\/]/).pop()!));
  writeFileSync(join(out, 'fonts.css'), ui.css);
  cpSync(join(cmsDir, 'LICENSE.txt'), join(out, 'LICENSE-sveltia-cms.txt'));
}

/** The editor's bundle, made now or taken from the cache under `root`/node_modules/.cache. */
export async function editorBundle(root: string): Promise<EditorBundle> {
  const cache = join(root, 'node_modules/.cache/portico-editor');
  const dir = join(cache, bundleKey());
  if (existsSync(join(dir, 'admin.js'))) return { dir, fresh: false };
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await build(tmp);
    if (existsSync(join(dir, 'admin.js'))) rmSync(tmp, { recursive: true, force: true });
    else {
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return { dir, fresh: true };
}
