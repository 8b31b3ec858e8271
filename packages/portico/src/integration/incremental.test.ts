import { describe, expect, it } from 'vitest';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IncrementalPlan } from './incremental.ts';
import { registerLoader, trackEntries } from '../lib/incremental/track.ts';

const keyOf = (p: string) => p;

/** One build: plan the paths, render those Astro would render (a changed cacheKey), save. */
async function build(dir: string, titles: Record<string, string>, previousKeys: Map<string, string>) {
  const stored = Object.entries(titles).map(([id, title]) => ({ id, data: { title } }));
  registerLoader(async () => stored);
  const entries = trackEntries('pages', stored);
  const plan = await IncrementalPlan.open(dir);
  const paths = entries.map((e) => ({ pathname: `/${e.id}`, cacheKey: 'props' }));
  paths.push({ pathname: '/list', cacheKey: 'props' });
  await plan.plan(paths, keyOf);
  const rendered: string[] = [];
  for (const path of paths) {
    if (previousKeys.get(path.pathname) === path.cacheKey) continue; // what Astro skips
    rendered.push(path.pathname);
    await plan.render(
      path.pathname,
      async () => {
        if (path.pathname === '/list') return entries.map((e) => e.data.title).join(',');
        return entries.find((e) => `/${e.id}` === path.pathname)!.data.title;
      },
      () => true,
    );
    previousKeys.set(path.pathname, path.cacheKey!);
  }
  const report = await plan.save();
  return { rendered, report };
}

describe('incremental builds', () => {
  it('renders only the pages that read what changed, and keeps the rest', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'portico-incremental-')), 'incremental');
    const astro = new Map<string, string>();
    const first = await build(dir, { a: 'A', b: 'B' }, astro);
    expect(first.rendered).toEqual(['/a', '/b', '/list']);
    expect(existsSync(join(dir, 'paths.json'))).toBe(true);

    const same = await build(dir, { a: 'A', b: 'B' }, astro);
    expect(same.rendered).toEqual([]);
    expect(same.report.reused).toBe(3);

    const edited = await build(dir, { a: 'A', b: 'B2' }, astro);
    expect(edited.rendered).toEqual(['/b', '/list']);
    expect(edited.report).toMatchObject({ rendered: 2, reused: 1 });

    await IncrementalPlan.forget(dir);
    const full = await build(dir, { a: 'A', b: 'B2' }, astro);
    expect(full.rendered).toEqual(['/a', '/b', '/list']);
  });

  it('a path without a props fingerprint is always rendered and not recorded', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'portico-incremental-')), 'incremental');
    const plan = await IncrementalPlan.open(dir);
    const paths: { pathname: string; cacheKey?: string }[] = [{ pathname: '/x' }];
    await plan.plan(paths, keyOf);
    expect(paths[0]!.cacheKey).toBeUndefined();
    expect(await plan.save()).toEqual({ rendered: 0, reused: 0, unkeyed: 1 });
  });
});
