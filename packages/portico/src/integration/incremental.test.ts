import { describe, expect, it } from 'vitest';
import { mkdtempSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IncrementalPlan } from './incremental.ts';
import { registerLoader, trackEntries } from '../lib/incremental/track.ts';

const keyOf = (p: string) => p;

interface Site {
  /** The plan's record folder. */
  dir: string;
  /** The published output (dist/). */
  published: string;
  /** Where a build writes its output. */
  outDir: string;
}

const site = (): Site => {
  const base = mkdtempSync(join(tmpdir(), 'portico-incremental-'));
  return { dir: join(base, 'incremental'), published: join(base, 'dist'), outDir: join(base, 'site-next') };
};

/**
 * One build, as the prerenderer runs it: plan the paths, take each unchanged output from the
 * published folder, render the rest (a page shows its title, the list every title), save the
 * record; then, unless `publish` is false, replace the published folder and put the record in place.
 */
async function build(
  { dir, published, outDir }: Site,
  titles: Record<string, string>,
  { code = 'code-1', publish = true, redirect = false } = {},
) {
  const stored = Object.entries(titles).map(([id, title]) => ({ id, data: { title } }));
  registerLoader(async () => stored);
  const entries = trackEntries('pages', stored);
  const plan = await IncrementalPlan.open(dir, code, published);
  const paths = entries.map((e) => ({ pathname: `/${e.id}`, cacheKey: 'props' }));
  paths.push({ pathname: '/list', cacheKey: 'props' });
  await plan.plan(paths, keyOf);
  const rendered: string[] = [];
  const out = new Map<string, string>();
  rmSync(outDir, { recursive: true, force: true });
  const taken: [string, string][] = [];
  for (const path of paths) {
    const file = `${path.pathname.slice(1)}/index.html`;
    const kept = plan.take(path.pathname, outDir);
    if (kept) {
      expect(kept.file).toBe(join(published, file));
      expect(kept.metadata).toEqual({ staticImages: [{ hash: path.pathname }] });
      taken.push([file, kept.file]);
      continue;
    }
    rendered.push(path.pathname);
    const html = await plan.render(
      path.pathname,
      async () => {
        if (path.pathname === '/list') return entries.map((e) => e.data.title).join(',');
        return entries.find((e) => `/${e.id}` === path.pathname)!.data.title;
      },
      () => true,
      // A redirect page cannot be taken again as it is.
      () =>
        redirect && path.pathname === '/a'
          ? undefined
          : { file, metadata: { staticImages: [{ hash: path.pathname }] } },
    );
    out.set(file, html);
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), html);
  }
  // The taken outputs are put in the output folder while the rest renders.
  for (const [file] of taken) expect(existsSync(join(outDir, file))).toBe(false);
  await plan.link();
  for (const [file, from] of taken) {
    // A hard link to the published file: nothing read or written.
    expect(statSync(join(outDir, file)).ino).toBe(statSync(from).ino);
    out.set(file, readFileSync(join(outDir, file), 'utf8'));
  }
  const report = await plan.save();
  if (publish) {
    rmSync(published, { recursive: true, force: true });
    renameSync(outDir, published);
    await IncrementalPlan.published(dir);
  }
  return { rendered, report, out };
}

describe('incremental builds', () => {
  it('renders only the pages that read what changed, and takes the rest from the published site', async () => {
    const s = site();
    const first = await build(s, { a: 'A', b: 'B' });
    expect(first.rendered).toEqual(['/a', '/b', '/list']);
    expect(existsSync(join(s.dir, 'paths.json'))).toBe(true);
    expect(existsSync(join(s.dir, 'paths.next.json'))).toBe(false);

    const same = await build(s, { a: 'A', b: 'B' });
    expect(same.rendered).toEqual([]);
    expect(same.report.reused).toBe(3);
    expect(same.out).toEqual(first.out);

    const edited = await build(s, { a: 'A', b: 'B2' });
    expect(edited.rendered).toEqual(['/b', '/list']);
    expect(edited.report).toMatchObject({ rendered: 2, reused: 1 });
    expect(readFileSync(join(s.published, 'list/index.html'), 'utf8')).toBe('A,B2');

    await IncrementalPlan.forget(s.dir);
    const full = await build(s, { a: 'A', b: 'B2' });
    expect(full.rendered).toEqual(['/a', '/b', '/list']);
  });

  it('a build that was not published leaves the record of the site that is', async () => {
    const s = site();
    await build(s, { a: 'A', b: 'B' });
    // Rendered with the edit, then stopped before replacing dist/ (a later step failed).
    const failed = await build(s, { a: 'A', b: 'B2' }, { publish: false });
    expect(failed.rendered).toEqual(['/b', '/list']);
    expect(existsSync(join(s.dir, 'paths.next.json'))).toBe(true);
    // The next build still finds B in dist/ and renders what reads b again.
    const next = await build(s, { a: 'A', b: 'B2' });
    expect(next.rendered).toEqual(['/b', '/list']);
    expect(next.out.get('list/index.html')).toBe('A,B2');
  });

  it('changed code renders every page; so does a page gone from the published site', async () => {
    const s = site();
    await build(s, { a: 'A', b: 'B' });
    expect((await build(s, { a: 'A', b: 'B' }, { code: 'code-2' })).rendered).toEqual(['/a', '/b', '/list']);
    rmSync(join(s.published, 'a'), { recursive: true });
    const again = await build(s, { a: 'A', b: 'B' }, { code: 'code-2' });
    expect(again.rendered).toEqual(['/a']);
    expect(again.report).toMatchObject({ rendered: 1, reused: 2 });
  });

  it('without a published folder, or for an output that cannot be taken again, pages are rendered', async () => {
    const s = site();
    await build(s, { a: 'A', b: 'B' }, { redirect: true });
    expect((await build(s, { a: 'A', b: 'B' }, { redirect: true })).rendered).toEqual(['/a']);

    const plan = await IncrementalPlan.open(s.dir, 'code-1', undefined);
    await plan.plan([{ pathname: '/b', cacheKey: 'props' }], keyOf);
    expect(plan.take('/b', s.outDir)).toBeUndefined();
  });

  it('an output whose place in the output folder is taken (a file of public/) is rendered, not linked', async () => {
    const s = site();
    await build(s, { a: 'A', b: 'B' });
    const plan = await IncrementalPlan.open(s.dir, 'code-1', s.published);
    await plan.plan(
      [
        { pathname: '/a', cacheKey: 'props' },
        { pathname: '/b', cacheKey: 'props' },
      ],
      keyOf,
    );
    rmSync(s.outDir, { recursive: true, force: true });
    mkdirSync(join(s.outDir, 'a'), { recursive: true });
    writeFileSync(join(s.outDir, 'a/index.html'), 'from public/');
    expect(plan.take('/a', s.outDir)).toBeUndefined();
    expect(plan.take('/b', s.outDir)).toBeDefined();
    await plan.link();
    expect(readFileSync(join(s.outDir, 'a/index.html'), 'utf8')).toBe('from public/');
    expect(readFileSync(join(s.outDir, 'b/index.html'), 'utf8')).toBe('B');
  });

  it('a path without a props fingerprint is always rendered and not recorded', async () => {
    const s = site();
    const plan = await IncrementalPlan.open(s.dir, 'code-1', s.published);
    const paths: { pathname: string; cacheKey?: string }[] = [{ pathname: '/x' }];
    await plan.plan(paths, keyOf);
    expect(plan.take('/x', s.outDir)).toBeUndefined();
    expect(await plan.save()).toEqual({ rendered: 0, reused: 0, unkeyed: 1 });
  });
});
