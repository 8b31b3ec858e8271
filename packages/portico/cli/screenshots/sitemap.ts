/** Every page path listed in a built site's sitemap (dist/sitemap-index.xml and its parts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(dist: string): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths = parts.flatMap((part) =>
    [...readFileSync(join(dist, part), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}
