/**
 * The search index fed ahead in a rebuild (index-worker.ts): the previous build's pages of a
 * language go to Pagefind from the published site before this build's come, and are corrected
 * page by page. Whatever this build's pages turn out to be, the index must be the one a build
 * from nothing writes for them, byte for byte; and the guess must really be used when it holds
 * (or the test would prove nothing).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LiveSearchIndex, type SearchIndexReport } from './live-index.ts';

const work = mkdtempSync(join(tmpdir(), 'portico-live-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page: its path (also its URL without the last slash), language, title and text. */
interface Page {
  path: string;
  lang: string;
  title: string;
  text: string;
  noindex?: boolean;
}

const htmlOf = (p: Page) =>
  `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>${p.title}</title>${
    p.noindex ? '<meta name="robots" content="noindex">' : ''
  }</head><body><main data-pagefind-body><h1>${p.title}</h1><p>${p.text}</p></main></body></html>`;

const outOf = (path: string) => `${path.slice(1)}/index.html`;

const SITE: Page[] = [
  ...['a', 'b', 'c', 'd', 'e'].map((s, i) => ({
    path: `/tin/${s}`,
    lang: 'vi',
    title: `Tin ${s}`,
    text: `Đường lên Mẫu Sơn, ngày ${i + 1}.`,
  })),
  ...['a', 'b', 'c', 'd', 'e'].map((s, i) => ({
    path: `/en/news/${s}`,
    lang: 'en',
    title: `Story ${s}`,
    text: `The road to Mau Son mountain, day ${i + 1}, with its ${s}-market.`,
  })),
];

let builds = 0;

/**
 * Build the index of `pages` into a new output folder, the pages written there first. With
 * `published`, the pages whose file is the same there are given by that file (as a rebuild hands
 * the pages it keeps), the others by their text, and in reverse order (as renders finish in any
 * order).
 */
async function build(
  pages: Page[],
  cacheDir: string,
  published?: { dir: string; languages: string[] },
  /**
   * The language each path is expected in, as a build says (each language's index is written once
   * its last expected page came); `inOrder`: the rendered pages come in the build's order;
   * `pauseBefore`: the page that comes a while after the ones before it (as a slow page does).
   */
  early?: { languageOf: (path: string) => string | undefined; inOrder?: boolean; pauseBefore?: string },
): Promise<{ dir: string; report: SearchIndexReport }> {
  const dir = join(work, `out-${++builds}`);
  for (const p of pages) {
    mkdirSync(join(dir, p.path.slice(1)), { recursive: true });
    writeFileSync(join(dir, outOf(p.path)), htmlOf(p));
  }
  const live = new LiveSearchIndex(
    ['vi', 'en'],
    cacheDir,
    published ? { published: published.dir, languages: published.languages } : undefined,
  );
  live.expect(
    pages.map((p) => p.path),
    early && { outDir: dir, languageOf: early.languageOf },
  );
  const rendered: Page[] = [];
  for (const p of pages) {
    const before = published ? readIfAny(join(published.dir, outOf(p.path))) : undefined;
    if (before === htmlOf(p))
      live.page(p.path, {
        url: `${p.path}/`,
        file: join(published!.dir, outOf(p.path)),
        lang: p.lang,
        out: outOf(p.path),
      });
    else rendered.push(p);
  }
  for (const p of early?.inOrder ? rendered : rendered.reverse()) {
    if (p.path === early?.pauseBefore) await new Promise((resolve) => setTimeout(resolve, 500));
    live.page(p.path, { html: htmlOf(p), url: `${p.path}/`, out: outOf(p.path) });
  }
  return { dir, report: await live.finish(dir) };
}

function readIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  return out;
}

/** A rebuild of `edited` after a build of SITE, guessing `languages`, against a build of `edited` from nothing. */
async function rebuild(edited: Page[], languages: string[], tamper?: (published: string) => void) {
  const cache = join(work, `cache-${builds}`);
  const first = await build(SITE, cache);
  tamper?.(first.dir);
  const again = await build(edited, cache, { dir: first.dir, languages }, { languageOf: byUrl });
  const cold = await build(edited, join(work, `cold-cache-${builds}`));
  expect(tree(join(again.dir, 'pagefind'))).toEqual(tree(join(cold.dir, 'pagefind')));
  expect(again.report.pages).toEqual(cold.report.pages);
  return again.report;
}

/** A page's expected language as a build guesses it: from its URL. */
const byUrl = (path: string) => (path.startsWith('/en/') ? 'en' : 'vi');

const edit = (path: string, change: Partial<Page>) => SITE.map((p) => (p.path === path ? { ...p, ...change } : p));

describe('the search index fed ahead in a rebuild', () => {
  it('corrects a page whose text changed in its place', async () => {
    const report = await rebuild(edit('/en/news/b', { text: 'A new day on Mau Son.' }), ['en']);
    expect(report).toMatchObject({ ahead: ['en'], over: [], reused: ['vi'] });
  }, 60_000);

  it('adds a page that comes after the last one fed ahead', async () => {
    const extra = { path: '/en/news/f', lang: 'en', title: 'Story f', text: 'Night market.' };
    const report = await rebuild([...SITE, extra], ['en']);
    expect(report).toMatchObject({ ahead: ['en'], over: [] });
  }, 60_000);

  it('starts over when a page comes in between', async () => {
    const extra = { path: '/en/news/bb', lang: 'en', title: 'Story bb', text: 'Between two stories.' };
    const edited = [...SITE];
    edited.splice(7, 0, extra);
    expect(await rebuild(edited, ['en'])).toMatchObject({ ahead: [], over: ['en'] });
  }, 60_000);

  it('starts over when the last page went', async () => {
    expect(await rebuild(SITE.slice(0, -1), ['en'])).toMatchObject({ ahead: [], over: ['en'] });
  }, 60_000);

  it('starts over when a page is no longer indexed', async () => {
    expect(await rebuild(edit('/en/news/c', { noindex: true }), ['en'])).toMatchObject({ over: ['en'] });
  }, 60_000);

  it('starts over when a published page is not what the previous build indexed', async () => {
    // Edited by hand in dist/: the page kept from there is that text, which the index must hold.
    const tampered = edit('/en/news/d', { text: 'Changed in place.' });
    const report = await rebuild(tampered, ['en'], (published) =>
      writeFileSync(join(published, outOf('/en/news/d')), htmlOf(tampered[8]!)),
    );
    expect(report).toMatchObject({ over: ['en'] });
  }, 60_000);

  it('reuses a language guessed wrongly, whose pages did not change', async () => {
    const report = await rebuild(edit('/en/news/a', { title: 'Story A' }), ['vi', 'en']);
    expect(report).toMatchObject({ ahead: ['en'], reused: ['vi'] });
  }, 60_000);
});

describe('a language written before the last page', () => {
  it('writes each language once its last expected page came, the index as at the end', async () => {
    const early = await build(SITE, join(work, `early-${builds}`), undefined, { languageOf: byUrl, inOrder: true });
    const late = await build(SITE, join(work, `late-${builds}`));
    expect(tree(join(early.dir, 'pagefind'))).toEqual(tree(join(late.dir, 'pagefind')));
    expect(early.report).toMatchObject({ early: ['en', 'vi'], over: [] });
    expect(late.report).toMatchObject({ early: [] });
  }, 60_000);

  it('writes a language again when one of its pages comes after it was written', async () => {
    // A page under /en/ whose <html lang> says vi: expected in English, it is a Vietnamese page
    // that comes after the last Vietnamese page expected.
    const stray = { path: '/en/news/vi-only', lang: 'vi', title: 'Tin z', text: 'Chợ đêm Kỳ Lừa.' };
    const pages = [...SITE, stray];
    const early = await build(pages, join(work, `early-${builds}`), undefined, {
      languageOf: byUrl,
      inOrder: true,
      pauseBefore: stray.path,
    });
    const late = await build(pages, join(work, `late-${builds}`));
    expect(tree(join(early.dir, 'pagefind'))).toEqual(tree(join(late.dir, 'pagefind')));
    expect(early.report).toMatchObject({ early: ['en'], over: ['vi'], pages: { vi: 6, en: 5 } });
  }, 60_000);
});

describe('a language taken from the cache', () => {
  it('notes the files its pages are in now, so that the next build knows them without reading them', async () => {
    const cache = join(work, `kept-${builds}`);
    const first = await build(SITE, cache);
    // The same pages rendered again: new files with the same text.
    const again = await build(SITE, cache);
    expect(again.report.reused).toEqual(['en', 'vi']);
    for (const lang of ['vi', 'en']) {
      const listed = readFileSync(join(cache, lang, '.pages'), 'utf8')
        .split('\n')
        .slice(1);
      expect(listed).toHaveLength(5);
      for (const line of listed) {
        const [, , out = '', stamp] = line.split('\t');
        const [now, before] = [statSync(join(again.dir, out)), statSync(join(first.dir, out))];
        expect(now.ino).not.toBe(before.ino);
        expect(stamp).toBe(`${now.ino}:${now.size}:${now.mtimeMs}`);
      }
    }
    // Nothing written aside is left beside the kept indexes.
    expect(readdirSync(cache).sort()).toEqual(['en', 'vi']);
  }, 60_000);

  it('counts a kept page that was left out before as left out, without reading it', async () => {
    const live = new LiveSearchIndex(['vi'], join(work, `left-${builds}`));
    live.expect(['/tin/a', '/tim-kiem', '/danh-sach']);
    live.page('/tin/a', { html: htmlOf(SITE[0]!), url: '/tin/a/', out: 'tin/a/index.html' });
    live.page('/tim-kiem', { leftOut: true });
    live.page('/danh-sach', { html: '<html lang="vi"><body><p>Danh sách</p></body></html>', url: '/danh-sach/' });
    const dir = join(work, `out-${++builds}`);
    const report = await live.finish(dir);
    expect(report).toMatchObject({ pages: { vi: 1 }, skipped: 2 });
  }, 60_000);
});
