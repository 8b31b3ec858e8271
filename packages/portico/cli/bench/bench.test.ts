// The benchmark's pure parts: the seeded generator, the corpus, statistics and the report table.
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { createRandom } from './random.ts';
import { paragraph, VIETNAMESE_DIACRITICS, formatInt } from './text.ts';
import { collectionCounts, generateCorpus, slugOf, type CorpusOptions } from './corpus.ts';
import { formatBytes, formatDuration, median, parsePageTimings, parseStepTimings, quantile } from './stats.ts';
import { markdownTable, pageKind } from './report.ts';
import { routedCollections } from './workspace.ts';
import { assetsOf, internalLinks } from './analyse.ts';
import { summariseProfile } from './profile.ts';

const options = (size: number): CorpusOptions => ({
  size,
  seed: 42,
  collections: [
    'pages',
    'news',
    'press-kits',
    'destinations',
    'festivals',
    'culture',
    'sectors',
    'zones',
    'opportunities',
    'incentives',
  ],
  contacts: [
    { id: 'press-office', kind: 'press-office' },
    { id: 'investment-promotion', kind: 'investment' },
  ],
  urlOf: (t, l) => (t.collection === 'news' ? `/${l}/news/${t.segments[l]}/` : undefined),
  inProvince: ({ lat, lon }) => lat > 21.5 && lon < 107,
  bounds: { minLat: 21.3, maxLat: 22.5, minLon: 106.1, maxLon: 107.4 },
});

describe('random', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const seq = (r: typeof a) => Array.from({ length: 5 }, () => r.int(0, 1000));
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
  });

  it('forks stable sub-sequences by label', () => {
    expect(createRandom(1).fork('x').next()).toBe(createRandom(1).fork('x').next());
    expect(createRandom(1).fork('x').next()).not.toBe(createRandom(1).fork('y').next());
  });
});

describe('text', () => {
  it('writes Vietnamese with diacritics and aligned translations', () => {
    const p = paragraph('invest', createRandom(3));
    expect(p.vi).toMatch(VIETNAMESE_DIACRITICS);
    expect(p.en).toMatch(/^[\x20-\x7e–’“”°]+$/);
    expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('formats numbers per language', () => {
    expect([formatInt(1250000, 'vi'), formatInt(1250000, 'en'), formatInt(1250000, 'zh')]).toEqual([
      '1.250.000',
      '1,250,000',
      '1250000',
    ]);
  });

  it('folds titles into URL segments', () => {
    expect(slugOf('Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn')).toBe('khu-kinh-te-cua-khau-dong-dang-lang-son');
    expect(slugOf('a '.repeat(80)).length).toBeLessThanOrEqual(60);
  });
});

describe('generateCorpus', () => {
  it('gives the same files for the same options', () => {
    const a = generateCorpus(options(40));
    const b = generateCorpus(options(40));
    expect(a.files).toEqual(b.files);
    expect(a.images.map((i) => i.svg)).toEqual(b.images.map((i) => i.svg));
  });

  it('has the requested entries per language, Vietnamese sources, some untranslated and MDX entries', () => {
    const corpus = generateCorpus(options(300));
    expect(corpus.counts.entries).toBe(300);
    const vi = corpus.files.filter((f) => /^[a-z-]+\/vi\//.test(f.path));
    expect(vi).toHaveLength(300);
    expect(corpus.counts.untranslated / 300).toBeGreaterThan(0.08);
    expect(corpus.counts.untranslated / 300).toBeLessThan(0.25);
    expect(corpus.files.some((f) => f.path.endsWith('.mdx') && f.text.includes('<Note'))).toBe(true);
    expect(vi.every((f) => VIETNAMESE_DIACRITICS.test(f.text))).toBe(true);
  });

  it('writes frontmatter that parses, with references to generated records and links to entries', () => {
    const corpus = generateCorpus(options(120));
    const media = new Set(
      corpus.files
        .filter((f) => f.path.startsWith('media/') && f.path.endsWith('.yaml'))
        .map((f) => f.path.slice(6, -5)),
    );
    const sectors = new Set(corpus.entries.filter((e) => e.collection === 'sectors').map((e) => e.name));
    for (const file of corpus.files.filter((f) => /\.mdx?$/.test(f.path))) {
      const [, front] = file.text.split(/^---$/m);
      const data = yaml.load(front!) as Record<string, unknown>;
      expect(String(data.title).length).toBeGreaterThanOrEqual(3);
      expect(String(data.description).length).toBeLessThanOrEqual(320);
      if (data.cover) expect(media.has(String(data.cover))).toBe(true);
      if (file.path.startsWith('opportunities/')) expect(sectors.has(String(data.sector))).toBe(true);
    }
    expect(corpus.files.some((f) => /\]\(\/en\/news\/[a-z0-9-]+\/\)/.test(f.text))).toBe(true);
  });

  it('shares entries among the routed collections', () => {
    const counts = collectionCounts(1000, ['pages', 'news']);
    expect(counts.pages + counts.news).toBe(1000);
    expect(counts.destinations).toBe(0);
  });
});

describe('stats', () => {
  it('computes medians and quantiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('formats bytes and durations', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatDuration(950)).toBe('950 ms');
    expect(formatDuration(83_400)).toBe('83.4 s');
    expect(formatDuration(754_000)).toBe('12 min 34 s');
  });

  it('reads step and page timings from the build output', () => {
    const out =
      '✓ content check: 104 files (604 ms)\n✓ search index (Pagefind) (1432 ms)\n  ├─ /en/press/index.html (+12ms)\n  └─ /zh/index.html (+1.50s)';
    expect(parseStepTimings(out)).toEqual([
      { name: 'content check: 104 files', ms: 604 },
      { name: 'search index (Pagefind)', ms: 1432 },
    ]);
    expect(parsePageTimings(out)).toEqual([
      { page: '/en/press/index.html', ms: 12 },
      { page: '/zh/index.html', ms: 1500 },
    ]);
  });
});

describe('report', () => {
  it('formats a Markdown table with right-aligned columns and escaped pipes', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 2]], ['l', 'r'])).toBe('| a | b |\n|---|---:|\n| x\\|y | 2 |');
  });

  it('groups pages by kind', () => {
    expect(pageKind('/en/press/news/foo/index.html')).toBe('/en/press/news/*/');
    expect(pageKind('/index.html')).toBe('/');
    expect(pageKind('/en/index.html')).toBe('/en/');
  });
});

describe('workspace and analysis helpers', () => {
  it('reads which sections have route providers', () => {
    expect(routedCollections()).toEqual([
      'pages',
      'sectors',
      'zones',
      'opportunities',
      'incentives',
      'destinations',
      'festivals',
      'culture',
      'news',
      'press-kits',
    ]);
  });

  it('finds a page’s assets and internal links', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script><a href="/en/x/#top">x</a><a href="https://e.org/">e</a><a href="//cdn/">c</a>';
    expect(assetsOf(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/s.js'] });
    expect(internalLinks(html)).toEqual(['/en/x/']);
  });
});

describe('profile summary', () => {
  it('adds self time to the sampled function and inclusive time to its callers once', () => {
    const frame = (functionName: string) => ({ functionName, url: 'file:///x/src/data/a.ts', lineNumber: 0 });
    const summary = summariseProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('outer'), children: [3] },
        { id: 3, callFrame: frame('inner'), children: [] },
      ],
      startTime: 0,
      endTime: 30_000,
      samples: [3, 3, 2],
      timeDeltas: [0, 10_000, 10_000],
    });
    expect(summary.self.find((r) => r.name.startsWith('inner'))?.ms).toBe(20);
    expect(summary.inclusive.find((r) => r.name.startsWith('outer'))?.ms).toBe(30);
    expect(summary.files[0]).toMatchObject({ name: 'src/data/a.ts', ms: 30 });
  });
});
