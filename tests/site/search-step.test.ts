// The search-index build step on a small fixture site (no dist/ needed): a Vietnamese entry, its
// English fallback (shown in Vietnamese, noindex, no indexable region), an English entry, the
// search and 404 pages. Only the two real entries go in, each in its own language's index, and
// the Vietnamese one is indexed with đ folded while its HTML file stays as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSearchIndex } from '../../packages/portico/src/sections/search/indexer.ts';
import { pagefindAttributes } from '../../packages/portico/src/sections/search/logic.ts';
import { pagefindIndexSizes } from '../../packages/portico/src/sections/search/index-sizes.ts';

const attrs = (facets: Parameters<typeof pagefindAttributes>[0]) =>
  Object.entries(pagefindAttributes(facets))
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`))
    .join('');

const page = (lang: string, body: string, noindex = false) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>x</title>${noindex ? '<meta name="robots" content="noindex, follow">' : ''}</head><body><header><form role="search"><input name="q"></form></header><main>${body}</main></body></html>`;

const GATE_VI = page(
  'vi',
  `<article${attrs({ section: 'Đầu tư', type: 'Cửa khẩu', date: '2026-01-02' })}><h1>Cửa khẩu Hữu Nghị, Đồng Đăng</h1><p>Cửa khẩu quốc tế gần Đồng Đăng; đầu tư logistics.</p></article>`,
);
const FILES: Record<string, string> = {
  'dau-tu/cua-khau-huu-nghi/index.html': GATE_VI,
  // The English address of the same entry, not yet translated: the Vietnamese text, a notice, noindex.
  'en/invest/huu-nghi/index.html': page(
    'en',
    `<article lang="vi"><aside class="notice notice--fallback">Not yet in English</aside><h1>Cửa khẩu Hữu Nghị, Đồng Đăng</h1><p>Cửa khẩu quốc tế gần Đồng Đăng.</p></article>`,
    true,
  ),
  'en/about/index.html': page(
    'en',
    `<article${attrs({ section: 'General information', type: 'Information page' })}><h1>About Lang Son</h1><p>The Friendship border gate near Dong Dang.</p></article>`,
  ),
  'zh/guanyu/index.html': page(
    'zh-CN',
    `<article${attrs({ section: '综合信息', type: '信息页面' })}><h1>谅山省概况</h1><p>友谊关口岸位于同登附近。</p></article>`,
  ),
  'tim-kiem/index.html': page('vi', '<h1>Tìm kiếm</h1><portico-search></portico-search>'),
  'en/search/index.html': page('en', '<h1>Search</h1><portico-search></portico-search>'),
  '404.html': page('vi', '<h1>Không tìm thấy trang</h1>', true),
};

let root = '';
let report: Awaited<ReturnType<typeof buildSearchIndex>>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portico-search-'));
  for (const [path, html] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), html);
  }
  report = await buildSearchIndex(root);
}, 60_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function fragments(): Promise<
  { url: string; lang: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }[]
> {
  const dir = join(root, 'pagefind', 'fragment');
  return Promise.all(
    (await readdir(dir)).map(async (name) => {
      const json = gunzipSync(await readFile(join(dir, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return { ...JSON.parse(json), lang: name.slice(0, name.indexOf('_')) };
    }),
  );
}

describe('the search-index step', () => {
  it('indexes only the real entries, each under its own language', async () => {
    expect(report.pages).toEqual({ vi: 1, en: 1, 'zh-cn': 1 });
    expect(report.skipped).toBe(4);
    const indexed = (await fragments()).map((f) => `${f.lang} ${f.url}`).sort();
    expect(indexed).toEqual(['en /en/about/', 'vi /dau-tu/cua-khau-huu-nghi/', 'zh-cn /zh/guanyu/']);
  });

  it('keeps the fallback page out of the English index', async () => {
    const en = (await fragments()).filter((f) => f.lang === 'en');
    expect(en.map((f) => f.url)).not.toContain('/en/invest/huu-nghi/');
    expect(en.some((f) => f.content.includes('Cửa khẩu'))).toBe(false);
  });

  it('stores filters and metadata, and the text with đ marked for folding', async () => {
    const vi = (await fragments()).find((f) => f.lang === 'vi')!;
    expect(vi.filters).toEqual({ section: ['Đầu tư'], type: ['Cửa khẩu'] });
    expect(vi.meta).toMatchObject({
      type: 'Cửa khẩu',
      date: '2026-01-02',
      title: 'Cửa khẩu Hữu Nghị, D\u0335ồng D\u0335ăng',
    });
    expect(vi.content).toContain('d\u0335ầu tư');
  });

  it('leaves the HTML files readers get unchanged', async () => {
    expect(await readFile(join(root, 'dau-tu/cua-khau-huu-nghi/index.html'), 'utf8')).toBe(GATE_VI);
  });

  it('writes the bundle without Pagefind’s ready-made interfaces, and measures it per language', async () => {
    const files = await readdir(join(root, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-worker.js');
    expect(files.filter((f) => /-ui\.(js|css)$|highlight/.test(f))).toEqual([]);
    const sizes = await pagefindIndexSizes(root);
    expect(Object.keys(sizes.languages).sort()).toEqual(['en', 'vi', 'zh-cn']);
    for (const size of Object.values(sizes.languages)) {
      expect(size.pages).toBe(1);
      expect(size.indexBytes).toBeGreaterThan(0);
    }
  });
});
