// Nothing is bought by dropping features: the built site's outputs compared with a recorded
// snapshot (tests/site/snapshots/outputs.json). The snapshot lists every file the site publishes
// (hashed assets and Pagefind's internal files aside), the files inside each press-kit ZIP, the
// links of every feed, the events of every calendar (ICS), the pages of the XML sitemap, and the
// full result set of a range of searches in each language. A build change that loses a page, a
// feed item, a card or a search hit fails here; an intended change (new content, a list paged
// differently) is recorded with `npx vitest run --project site tests/site/outputs.test.ts -u`
// and shows in the diff of the snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { DIST, requireDist, walk } from '../../packages/portico/test/site/dist.ts';
import { nodeSearch, type NodeSearch } from './pagefind-node.ts';

requireDist();
const files = walk()
  .map((f) => relative(DIST, f).split(sep).join('/'))
  .sort();

/**
 * Hashed bundles, Pagefind's content-addressed files and the form editor's hashed chunks change
 * with any byte of CSS, index or editor release.
 */
const HASHED = /^(_astro|pagefind|admin\/assets|admin\/chunks)\//;
const published = files.filter((f) => !HASHED.test(f));

const read = (f: string) => readFileSync(`${DIST}/${f}`, 'utf8');

const QUERIES: Record<string, string[]> = {
  vi: [
    'dong dang',
    'Đồng Đăng',
    'huu nghi',
    'dau tu',
    'cua khau',
    'le hoi',
    'khu cong nghiep',
    'chua',
    'mau son',
    'hop tac',
  ],
  en: [
    'Dong Dang',
    'Friendship border gate',
    'investment',
    'festival',
    'industrial park',
    'temple',
    'Mau Son',
    'Ky Cung',
  ],
  'zh-cn': ['友谊关', '同登', '口岸', '投资', '节日', '工业园', '寺'],
};

let search: NodeSearch;
beforeAll(async () => {
  search = await nodeSearch(DIST);
});
afterAll(async () => {
  await search?.close();
});

describe('the outputs match the recorded snapshot', () => {
  it('publishes the same files, ZIP contents, feed items, calendar events and sitemap pages', async () => {
    const zips = Object.fromEntries(
      published
        .filter((f) => f.endsWith('.zip'))
        .map((f) => [f, Object.keys(unzipSync(new Uint8Array(readFileSync(`${DIST}/${f}`)))).sort()]),
    );
    const feeds = Object.fromEntries(
      published
        .filter((f) => f.startsWith('feeds/'))
        .map((f) => [f, [...read(f).matchAll(/<link>([^<]+)<\/link>|<link href="([^"]+)"/g)].map((m) => m[1] ?? m[2])]),
    );
    const calendars = Object.fromEntries(
      published
        .filter((f) => f.endsWith('.ics'))
        .map((f) => [f, [...read(f).matchAll(/^UID:(.+?)\r?$/gm)].map((m) => m[1]).sort()]),
    );
    const sitemap = published
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) => [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname))
      .sort();
    await expect(
      `${JSON.stringify({ files: published, zips, feeds, calendars, sitemap }, null, 1)}\n`,
    ).toMatchFileSnapshot('./snapshots/outputs.json');
  });

  it('finds the same pages for the same searches', async () => {
    const results: Record<string, Record<string, string[]>> = {};
    for (const [language, queries] of Object.entries(QUERIES)) {
      results[language] = {};
      // A set: what a query finds. The order is ranking, which legitimately moves with wording.
      for (const query of queries) results[language][query] = (await search.search(language, query)).sort();
    }
    await expect(`${JSON.stringify(results, null, 1)}\n`).toMatchFileSnapshot('./snapshots/search.json');
  });
});
