// The peer comparison's pure parts and the sites it writes: the articles, the same text in the three
// systems, the paired ratios, the output inspection and the profile window.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { generateArticles } from './articles.ts';
import { writeHugo, writePortico, writeStarlight } from './sites.ts';
import { summarisePeers, type PeerBuild, type PeersInput } from './summary.ts';
import { inspectOutput } from './run.ts';
import { summariseWindow } from './window.ts';
import { renderPeers } from './report.ts';
import { AGENCIES, GATES, PLACES, ZONES } from '../text.ts';

// A site to copy: the engine's fixture site when present, else the repository's site.
const fixture = resolve(import.meta.dirname, '../../../test/fixtures/site');
const projectRoot = existsSync(join(fixture, 'province.config.ts'))
  ? fixture
  : resolve(import.meta.dirname, '../../../../..');
const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '');
const titleOf = (file: string) => /\ntitle: (.+)\n/.exec(readFileSync(file, 'utf8'))![1]!.replace(/^'(.*)'$/, '$1');

describe('peer articles', () => {
  const articles = generateArticles(300, 7);

  it('are deterministic, numbered and differ with the seed', () => {
    expect(generateArticles(300, 7)).toEqual(articles);
    expect(generateArticles(300, 8)[0]).not.toEqual(articles[0]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(300);
    expect(articles[41]!.id).toBe('article-0042');
  });

  it('say the same in the three languages: the same headings, blocks and numbers', () => {
    for (const a of articles.slice(0, 50)) {
      const blocks = (s: string) => s.trim().split('\n\n');
      expect(blocks(a.body.en).length).toBe(blocks(a.body.vi).length);
      expect(blocks(a.body.zh).length).toBe(blocks(a.body.vi).length);
      const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number).sort((x, y) => x - y);
      expect(numbers(a.body.zh)).toEqual(numbers(a.body.vi)); // en writes months as words
      expect(a.body.vi.startsWith('## ')).toBe(true);
      expect(/^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
      for (const l of ['vi', 'en', 'zh'] as const) expect(a.description[l].length).toBeLessThanOrEqual(320);
    }
  });

  it('name no real place: none of the province vocabulary of the main corpus', () => {
    // The main corpus's places, gates, zones and agencies.
    const names = [...PLACES, ...GATES, ...ZONES, ...AGENCIES].flatMap((t) => [t.vi, t.en, t.zh]);
    const text = articles
      .flatMap((a) => ['vi', 'en', 'zh'].flatMap((l) => [a.title, a.description, a.body].map((t) => t[l as 'vi'])))
      .join('\n');
    for (const name of names.filter((n) => n.length > 2)) expect(text, name).not.toContain(name);
  });
});

describe('the three sites', () => {
  const articles = generateArticles(4, 3);
  const dir = mkdtempSync(join(tmpdir(), 'portico-peers-'));

  it('hold the same title and Markdown body for every article in every language', () => {
    writeStarlight(join(dir, 'starlight'), articles);
    writeHugo(join(dir, 'hugo'), articles);
    writePortico(projectRoot, join(dir, 'portico'), articles);
    const where = {
      starlight: {
        vi: 'starlight/src/content/docs',
        en: 'starlight/src/content/docs/en',
        zh: 'starlight/src/content/docs/zh-cn',
      },
      hugo: { vi: 'hugo/content/vi/articles', en: 'hugo/content/en/articles', zh: 'hugo/content/zh-cn/articles' },
      portico: {
        vi: 'portico/src/content/news/vi',
        en: 'portico/src/content/news/en',
        zh: 'portico/src/content/news/zh',
      },
    };
    for (const system of Object.values(where))
      for (const [lang, folder] of Object.entries(system))
        for (const a of articles) {
          const file = join(dir, folder, `${a.id}.md`);
          expect(bodyOf(file)).toBe(a.body[lang as 'vi']);
          expect(titleOf(file)).toBe(a.title[lang as 'vi']);
        }
    // Portico keeps its sample content next to the articles.
    expect(readdirSync(join(dir, 'portico/src/content/news/vi')).length).toBeGreaterThan(articles.length);
    // Starlight's lastUpdated is a YAML date, not a string.
    expect(readFileSync(join(dir, where.starlight.en, 'article-0001.md'), 'utf8')).toContain(
      `\nlastUpdated: ${articles[0]!.date}\n`,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});

const build = (system: PeerBuild['system'], round: number, wallMs: number, code = 0): PeerBuild => ({
  system,
  round,
  code,
  wallMs,
  cpuSeconds: wallMs / 1000,
  peakTreeRssBytes: 100,
  peakProcessRssBytes: 50,
  pages: 10,
  articlePages: 6,
  load: { before: [1, 1, 1], after: [round, 1, 1] },
});

describe('summarisePeers', () => {
  const input: PeersInput = {
    date: '2026-01-01T00:00:00Z',
    size: 2,
    seed: 1,
    pairs: 3,
    cpus: 2,
    versions: { astro: '7', starlight: '0.42', starlightAstro: '7', hugo: '0.111', pagefind: '1.6' },
    articles: { perLanguage: 2, bodyBytesMedian: { vi: 1, en: 1, zh: 1 } },
    builds: [
      build('portico', 1, 10_000),
      build('starlight', 1, 20_000),
      build('hugo', 1, 2_000),
      build('starlight', 2, 10_000),
      build('portico', 2, 30_000),
      build('hugo', 2, 3_000),
      build('portico', 3, 8_000),
      build('starlight', 3, 8_000, 1),
      build('hugo', 3, 4_000),
    ],
    firstView: {},
  };
  const s = summarisePeers(input);

  it('takes the median of per-round ratios, leaving failed builds out', () => {
    // Rounds 1 and 2 only (Starlight failed in round 3): 0.5 and 3 → median 1.75.
    expect(s.ratios.starlight?.wallMs?.rounds).toEqual([0.5, 3]);
    expect(s.ratios.starlight?.wallMs?.median).toBe(1.75);
    expect(s.ratios.hugo?.wallMs?.rounds).toEqual([5, 10, 2]);
    expect(s.ratios.hugo?.wallMs?.median).toBe(5);
    expect(s.medians.starlight).toMatchObject({ builds: 2, wallMs: 15_000 });
    expect(s.medians.portico).toMatchObject({ builds: 3, wallMs: 10_000 });
    expect(s.load).toEqual({ min: 1, max: 3 });
  });

  it('renders the ratios and every build', () => {
    const md = renderPeers(s);
    expect(md).toContain('15.0 s (1.75)');
    expect(md).toContain('failed (exit 1)');
    expect(md.match(/^\| \d \| /gm)?.length).toBe(9);
  });
});

describe('inspectOutput', () => {
  it('counts HTML pages and article pages and weighs the first view', () => {
    const out = mkdtempSync(join(tmpdir(), 'portico-peers-out-'));
    const page = (path: string, html: string) => {
      mkdirSync(join(out, path), { recursive: true });
      writeFileSync(join(out, path, 'index.html'), html);
    };
    writeFileSync(join(out, 'a.css'), 'body{color:red}'.repeat(50));
    page('en/article-0001', '<link rel="stylesheet" href="/a.css"><p>one</p>');
    page('article-0001', '<link rel="stylesheet" href="/a.css"><p>một</p>');
    page('list', '<p>list</p>');
    const r = inspectOutput(out, generateArticles(1, 1));
    expect(r.pages).toBe(3);
    expect(r.articlePages).toBe(2);
    expect(r.firstViewGzip.css).toBeGreaterThan(0);
    expect(r.firstViewGzip.total).toBe(r.firstViewGzip.html + r.firstViewGzip.css);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('summariseWindow', () => {
  it('keeps only the samples inside the window and builds the call tree', () => {
    const frame = (functionName: string) => ({ functionName, url: 'file:///x/src/a.ts', lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('outer'), children: [3, 4] },
        { id: 3, callFrame: frame('slow') },
        { id: 4, callFrame: frame('fast') },
      ],
      startTime: 1_000,
      endTime: 1_000 + 10 * 1_000,
      // Ten samples 1 ms apart: 3 3 3 4 | 3 3 4 4 4 | 3
      samples: [3, 3, 3, 4, 3, 3, 4, 4, 4, 3],
      timeDeltas: Array.from({ length: 10 }, () => 1_000),
    };
    // Window [5 ms, 10 ms) after startTime covers samples 4…8 (at 5…9 ms): 3 3 4 4 4.
    const w = summariseWindow(profile, 1_000 + 5_000, 1_000 + 10_000, {
      minShare: 0,
      categories: [{ label: 'slow work', functions: ['slow'] }],
    });
    expect(w.categories.map((r) => [r.name, r.ms])).toEqual([
      ['other', 3],
      ['slow work', 2],
    ]);
    expect(w.totalMs).toBe(5);
    expect(w.self.map((r) => [r.name.split(' ')[0], r.ms])).toEqual([
      ['fast', 3],
      ['slow', 2],
    ]);
    expect(w.tree.map((t) => [t.depth, t.name.split(' ')[0], t.ms])).toEqual([
      [0, 'outer', 5],
      [1, 'fast', 3],
      [1, 'slow', 2],
    ]);
  });
});
