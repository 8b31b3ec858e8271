/**
 * Incremental builds give the same site as a cold build of the same content, byte for byte: a
 * copy of the fixture site is built cold, edited (a title, a body, a new story, a festival's
 * date, a contact, a story withdrawn as a draft) and built again with its caches; a second copy
 * with the same edits is built from nothing, and every file of the two outputs is compared. The
 * edited build must also have rendered only part of the site (or the test would prove nothing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtureSite as copy, ENGINE } from './helpers/site-copy.ts';

const NOW = '2026-06-01T03:00:00Z';
const C = 'src/content';

/** `portico build`, and its environment: not quiet (the log says how many outputs were rendered and reused). */
const BUILD = [join(ENGINE, 'bin/portico.js'), 'build'];
const buildEnv = (env: Record<string, string> = {}) => ({
  ...process.env,
  PORTICO_QUIET: '',
  PORTICO_PREVIEW: '',
  PORTICO_NOW: NOW,
  ...env,
});

function run(root: string, cold: boolean, env: Record<string, string> = {}) {
  if (cold)
    for (const cache of ['node_modules', '.astro', 'dist']) rmSync(join(root, cache), { recursive: true, force: true });
  return spawnSync(process.execPath, BUILD, { cwd: root, encoding: 'utf8', env: buildEnv(env), timeout: 240_000 });
}

function build(root: string, cold: boolean, env?: Record<string, string>): string {
  const result = run(root, cold, env);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const edit = (root: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));

type Edit = (root: string) => void;

const FIRST: Edit[] = [
  (r) => edit(r, `${C}/news/vi/tin-mau.md`, (t) => t.replace("title: 'Tin mẫu'", "title: 'Tin mẫu đã sửa'")),
  (r) => edit(r, `${C}/news/en/tin-mau.md`, (t) => `${t}\nOne more sentence.\n`),
  (r) => edit(r, `${C}/contacts.yaml`, (t) => t.replace("'+84 200 000 0001'", "'+84 200 000 0009'")),
];

const SECOND: Edit[] = [
  (r) =>
    writeFileSync(
      join(r, `${C}/news/vi/tin-moi.md`),
      "---\ntitle: 'Tin mới'\ndescription: 'Một tin hư cấu thêm vào.'\ntype: story\ndate: 2025-07-01\ntags: [mẫu]\n---\n\nTin này cũng không có thật.\n",
    ),
  (r) => edit(r, `${C}/festivals/vi/hoi-trang-mau.md`, (t) => t.replace('  day: 15', '  day: 16')),
];

const THIRD: Edit[] = [
  (r) => edit(r, `${C}/news/vi/tin-moi.md`, (t) => t.replace('---\ntitle', '---\ndraft: true\ntitle')),
];

/** "incremental: N outputs rendered, M reused …" from the build log. */
function counts(log: string): { rendered: number; reused: number } {
  const match = /incremental: (\d+) outputs rendered, (\d+) reused/.exec(log);
  if (!match) throw new Error(`no incremental line in the build log:\n${log.slice(-2000)}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

describe('incremental builds', () => {
  it('after edits, a rebuild with caches writes the same files as a cold build of the same content', () => {
    const warm = copy();
    const cold = copy();
    const first = counts(build(warm, true));
    expect(first.reused).toBe(0);
    // Nothing changed: the build stops at once (build/up-to-date.ts)…
    expect(build(warm, false)).toContain('is up to date');
    // …but a file touched, not changed, makes it run: it renders nothing.
    utimesSync(join(warm, C, 'news/vi/tin-mau.md'), new Date('2026-01-01'), new Date('2026-01-01'));
    const again = build(warm, false);
    const unchanged = counts(again);
    expect(unchanged).toEqual({ rendered: 0, reused: first.rendered });
    // Every output was taken from the published site (linked; none from Astro's own incremental
    // copies, which are no longer kept).
    expect(again).toContain(`(${unchanged.reused} taken from the published site)`);
    expect(existsSync(join(warm, 'node_modules/.astro/dist'))).toBe(false);

    // A story's title, a translation's body and a contact touch a few pages; a new story and a
    // festival's date move every list and calendar page, so that rebuild renders more, but still
    // not everything; withdrawing the new story as a draft, a few pages again.
    for (const [edits, share] of [
      [FIRST, 0.2],
      [SECOND, 0.9],
      [THIRD, 0.2],
    ] as const) {
      for (const apply of edits) {
        apply(warm);
        apply(cold);
      }
      const log = build(warm, false);
      const rebuilt = counts(log);
      // The search index of the languages whose content changed was fed ahead from the published
      // site (and kept, or started over when pages moved): the files compared below prove either.
      expect(log).toMatch(/search index: .*\((?:[^)]*; )?(fed ahead|started over) /);
      build(cold, true);
      expect(rebuilt.rendered).toBeGreaterThan(0);
      expect(rebuilt.rendered).toBeLessThan(share * (rebuilt.rendered + rebuilt.reused));
      const got = files(join(warm, 'dist'));
      const want = files(join(cold, 'dist'));
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      const differ = [...want].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
      expect(differ).toEqual([]);
      // The press kits' fact sheets come from the folder of drawings kept between builds, under
      // their content: a sheet whose contact changed was drawn again, not taken from there stale.
      const kept = files(join(warm, 'node_modules/.cache/portico/fact-sheets'));
      const pdfs = [...got].filter(([path]) => path.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThan(0);
      for (const [path, bytes] of pdfs)
        expect(
          [...kept.values()].some((k) => k.equals(bytes)),
          `${path} is not in the cache`,
        ).toBe(true);
    }
  }, 600_000);

  it('with nothing changed a build publishes nothing, until the clock changes what the site shows', () => {
    const site = copy();
    // The embargoed release lifts at noon in Vietnam (05:00 UTC); the clock reads 10:00 there.
    edit(site, `${C}/news/vi/thong-cao-cho-gio.md`, (t) => t.replace("'2099-01-01 09:00'", "'2026-06-01 12:00'"));
    build(site, true);
    const published = files(join(site, 'dist'));
    const shown = (out: Map<string, Buffer>) =>
      [...out].some(([path, bytes]) => path.endsWith('.html') && bytes.includes('HOANCONGBO'));
    expect(shown(published)).toBe(false);
    const at = (iso: string) => build(site, false, { PORTICO_NOW: iso });

    const idle = at('2026-06-01T04:59:00Z');
    expect(idle).toContain('is up to date');
    expect(idle).toContain('2026-06-01 12:00 (giờ Việt Nam / Vietnam time)');
    expect(idle).not.toContain('incremental:');
    const after = files(join(site, 'dist'));
    expect([...after.keys()].sort()).toEqual([...published.keys()].sort());
    expect([...published].filter(([path, bytes]) => !after.get(path)!.equals(bytes))).toEqual([]);

    // The embargo lifts: the next build runs and publishes the release.
    const lifted = at('2026-06-01T05:00:01Z');
    expect(lifted).not.toContain('is up to date');
    expect(counts(lifted).rendered).toBeGreaterThan(0);
    expect(shown(files(join(site, 'dist')))).toBe(true);

    // Then nothing until the date turns in Vietnam (17:00 UTC): what shows today's date changes.
    expect(at('2026-06-01T16:59:59Z')).toContain('is up to date');
    expect(at('2026-06-01T17:00:00Z')).not.toContain('is up to date');

    // A change of content always builds; so does `--full`, however little changed.
    edit(site, `${C}/news/vi/thong-cao-cho-gio.md`, (t) => `${t}\nMột câu nữa.\n`);
    expect(counts(at('2026-06-01T17:01:00Z')).rendered).toBeGreaterThan(0);
    expect(at('2026-06-01T17:02:00Z')).toContain('is up to date');
    expect(build(site, false, { PORTICO_NOW: '2026-06-01T17:03:00Z', PORTICO_FULL_BUILD: '1' })).toContain(
      'incremental:',
    );
  }, 300_000);

  it('when the code changed, every page is rendered again, none taken from the published site', () => {
    // Every page the published site holds says something a render would not: were any taken from
    // there, the output would differ from the cold build's.
    const site = copy();
    build(site, true);
    const want = files(join(site, 'dist'));
    let tampered = 0;
    for (const [path, bytes] of want) {
      if (!path.endsWith('.html')) continue;
      const html = bytes.toString('utf8');
      const changed = html.replace(/<h1([ >])/, '<p>zzqcopyword</p><h1$1');
      if (changed === html) continue;
      writeFileSync(join(site, 'dist', path), changed);
      tampered++;
    }
    expect(tampered).toBeGreaterThan(10);
    // A comment in the configuration is a change of code (integration/code-digest.ts).
    edit(site, 'province.config.ts', (t) => `${t}\n// edited\n`);
    const log = build(site, false);
    expect(counts(log).reused).toBe(0);
    const got = files(join(site, 'dist'));
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    const differ = [...want].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differ).toEqual([]);
  }, 300_000);

  it('after a build that failed at its end, the next build compares with the site still published', () => {
    // The failed build rendered the edited story and wrote its record; dist/ kept the old story.
    // Were that record trusted, the next build would take the old story from dist/.
    const warm = copy();
    const cold = copy();
    build(warm, true);
    for (const root of [warm, cold]) FIRST[0]!(root);
    // A picture over the size limit in public/: the check after Astro stops the build.
    mkdirSync(join(warm, 'public'), { recursive: true });
    writeFileSync(join(warm, 'public/too-large.png'), Buffer.alloc(11_000_000, 1));
    const failed = run(warm, false);
    expect(failed.status).not.toBe(0);
    expect(failed.stdout + failed.stderr).toContain('too-large.png');
    rmSync(join(warm, 'public/too-large.png'));
    const rebuilt = counts(build(warm, false));
    expect(rebuilt.rendered).toBeGreaterThan(0);
    build(cold, true);
    const got = files(join(warm, 'dist'));
    const want = files(join(cold, 'dist'));
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    const differ = [...want].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differ).toEqual([]);
  }, 300_000);

  it('a build whose output nobody reads any more still publishes, and the next compares with it', async () => {
    // `portico build | head`, or a log collector that went away: every line after the first
    // meets a closed pipe. Node used to stop the build there, once between the swap's renames.
    const site = copy();
    build(site, true);
    FIRST[0]!(site);
    const child = spawn(process.execPath, BUILD, { cwd: site, env: buildEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.once('data', () => {
      child.stdout.destroy();
      child.stderr.destroy();
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(status).toBe(0);
    expect(readdirSync(join(site, '.build')).filter((name) => /^(site|previous)-/.test(name))).toEqual([]);
    const edited = [...files(join(site, 'dist'))].filter(
      ([path, bytes]) => path.endsWith('.html') && bytes.includes('Tin mẫu đã sửa'),
    );
    expect(edited.length).toBeGreaterThan(0);
    expect(build(site, false)).toContain('is up to date');
  }, 300_000);

  it('pictures made while the pages render are the files Astro makes after them', () => {
    // integration/pictures-ahead.ts makes them with Astro's service into Astro's cache, where
    // Astro's own step finds them; with PORTICO_PICTURES_AHEAD=0 Astro makes them itself.
    const ahead = copy();
    const astro = copy();
    const log = build(ahead, true);
    expect(Number(/pictures: (\d+) made while the pages rendered/.exec(log)?.[1])).toBeGreaterThan(0);
    expect(build(astro, true, { PORTICO_PICTURES_AHEAD: '0' })).not.toContain('made while the pages rendered');
    const got = files(join(ahead, 'dist'));
    const want = files(join(astro, 'dist'));
    expect([...got.keys()].filter((path) => path.endsWith('.webp')).length).toBeGreaterThan(0);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    const differ = [...want].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differ).toEqual([]);
  }, 300_000);
});
