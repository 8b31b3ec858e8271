/**
 * Reading a built Portico site for the site checks. These checks hold for any site: the engine's
 * fixture site (`npm run test:engine`) and the repository's own site (`npm run test:site`) both
 * run them; PORTICO_SITE_ROOT names the site's folder (default: the current folder).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProvinceInput } from '../../src/config/schema.ts';

export const SITE_ROOT = resolve(process.env.PORTICO_SITE_ROOT ?? process.cwd());
export const DIST = join(SITE_ROOT, 'dist');

/** The site's configuration as written in its province.config.ts. */
export const province: ProvinceInput = (await import(pathToFileURL(join(SITE_ROOT, 'province.config.ts')).href))
  .default;

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
}

export function walk(dir: string = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

export interface BuiltPage {
  file: string;
  /** Site-relative URL: /en/about/ or /404.html */
  url: string;
  html: string;
}

let pages: BuiltPage[] | undefined;

/** The form editor's folder (when the site publishes it): its pages are not the readers'. */
const EDITOR = `${join(DIST, 'admin')}${sep}`;

function allPages(): BuiltPage[] {
  requireDist();
  pages ??= walk()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const url = rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file, url, html: readFileSync(file, 'utf8') };
    });
  return pages;
}

/** The readers' pages: every HTML page but the form editor's (/admin/, checked by editorPages). */
export function builtPages(): BuiltPage[] {
  return allPages().filter((p) => !p.file.startsWith(EDITOR));
}

/** The form editor's pages under /admin/, when the site publishes it (valid HTML too). */
export function editorPages(): BuiltPage[] {
  return allPages().filter((p) => p.file.startsWith(EDITOR));
}

export function readDist(path: string): Buffer {
  return readFileSync(join(DIST, path));
}

/** The file dist/ serves for a site-relative URL, or undefined. */
export function fileForUrl(url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  const candidates = path.endsWith('/')
    ? [join(DIST, path, 'index.html')]
    : [join(DIST, path), join(DIST, path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
