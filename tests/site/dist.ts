/** Reading the built site in dist/ for the site checks. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '../../dist');

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

export function builtPages(): BuiltPage[] {
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

export function readDist(path: string): Buffer {
  return readFileSync(join(DIST, path));
}

/** The file dist/ serves for a site-relative URL, or undefined. */
export function fileForUrl(url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  const candidates = path.endsWith('/') ? [join(DIST, path, 'index.html')] : [join(DIST, path), join(DIST, path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
