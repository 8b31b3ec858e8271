/**
 * Every moved address: the editors' list in src/content/redirects.yaml and each entry's own
 * `redirectFrom` (every route that shows an entry carries it as `route.entry`).
 */
import { readCollection } from './content.ts';
import type { Redirect } from './server-config.ts';
import { getRoutes } from './routes.ts';
import { remember } from '../lib/incremental/track.ts';

export const getRedirects = remember('redirects', async (): Promise<Redirect[]> => {
  const listed = (await readCollection('redirects')).map((r) => ({
    from: r.data.from,
    to: r.data.to,
    status: r.data.status,
  }));
  const fromEntries: Redirect[] = [];
  for (const route of await getRoutes()) {
    const variant = route.entry?.variants[route.locale];
    if (!variant || variant.fallback) continue;
    for (const from of variant.entry.data.redirectFrom ?? []) fromEntries.push({ from, to: route.path, status: 301 });
  }
  const seen = new Set<string>();
  return [...listed, ...fromEntries].filter((r) => !seen.has(r.from) && seen.add(r.from));
});
