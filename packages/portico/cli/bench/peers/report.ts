/**
 * The peer comparison's section of bench/REPORT.md. Pure.
 */
import { PAGE_SIZE } from '../../../src/sections/press/logic.ts';
import { markdownTable } from '../report.ts';
import { formatBytes, formatDuration, formatNumber } from '../stats.ts';
import type { System } from './sites.ts';
import type { Measure, PeersResult } from './summary.ts';

const NAMES: Record<System, string> = { portico: 'Portico', starlight: 'Starlight', hugo: 'Hugo + Pagefind CLI' };

const show = (m: Measure, v: number | undefined): string => {
  if (v === undefined) return '—';
  if (m === 'wallMs') return formatDuration(v);
  if (m === 'cpuSeconds') return formatDuration(v * 1000);
  if (m === 'pages') return formatNumber(v);
  return formatBytes(v);
};

export function renderPeers(p: PeersResult): string {
  const systems = (['portico', 'starlight', 'hugo'] as const).filter((s) => p.medians[s]);
  const head = (s: System) =>
    s === 'portico'
      ? `Portico (Astro ${p.versions.astro})`
      : s === 'starlight'
        ? `Starlight ${p.versions.starlight} (Astro ${p.versions.starlightAstro})`
        : `Hugo ${p.versions.hugo} + Pagefind ${p.versions.pagefind}`;
  const ratio = (s: System, m: Measure) => {
    if (s === 'portico') return '';
    const r = p.ratios[s]?.[m];
    return r ? ` (${r.median.toFixed(2)})` : '';
  };
  const row = (label: string, m: Measure) => [
    label,
    ...systems.map((s) => `${show(m, p.medians[s]?.[m])}${m === 'pages' ? '' : ratio(s, m)}`),
  ];
  const out: string[] = [];
  out.push(`## Peers: ${formatNumber(p.size)} articles per language`, '');
  out.push(
    `Generated on ${p.date} by the peer comparison (\`npm run bench -- --peers --size ${p.size} --pairs ${p.pairs}\`; \`--peers-only\` runs this section alone). The same ${formatNumber(p.size)} generated articles (seed ${p.seed}; the same title, description and Markdown body in vi, en and zh in every system) built cold by each system, ${p.pairs} rounds, the order alternating (Portico, Starlight, Hugo; then Starlight, Portico, Hugo). Medians; in brackets the paired ratio Portico / peer (the median over rounds of the ratio within a round; below 1 means Portico is faster or smaller). Load average (1 min) during the run: ${p.load.min.toFixed(1)} to ${p.load.max.toFixed(1)} on ${p.cpus} cores shared with other work.`,
    '',
  );
  out.push(
    markdownTable(
      ['', ...systems.map(head)],
      [
        row('cold build, wall', 'wallMs'),
        row('CPU time (user + system, process tree)', 'cpuSeconds'),
        row('peak memory, largest process', 'peakProcessRssBytes'),
        row('peak memory, process tree', 'peakTreeRssBytes'),
        row('HTML pages written', 'pages'),
        [
          'first view of an article, gzip (HTML + CSS + JS)',
          ...systems.map((s) => {
            const f = p.firstView[s];
            return f
              ? `${formatBytes(f.total)} (${formatBytes(f.html)} + ${formatBytes(f.css)} + ${formatBytes(f.js)})`
              : '—';
          }),
        ],
      ],
      ['l', ...systems.map(() => 'r' as const)],
    ),
    '',
  );
  out.push('### Every build', '');
  out.push(
    markdownTable(
      [
        'round',
        'system',
        'wall',
        'CPU (GNU time / polled)',
        'peak largest process',
        'peak tree',
        'HTML pages (articles)',
        'load 1/5/15 min, start → end',
      ],
      p.builds.map((b) => [
        b.round,
        NAMES[b.system],
        b.code === 0 ? formatDuration(b.wallMs) : `failed (exit ${b.code}): ${b.error ?? ''}`,
        `${show('cpuSeconds', b.cpuSeconds)} / ${show('cpuSeconds', b.cpuSampledSeconds)}`,
        show('peakProcessRssBytes', b.peakProcessRssBytes),
        show('peakTreeRssBytes', b.peakTreeRssBytes),
        `${formatNumber(b.pages)} (${formatNumber(b.articlePages)})`,
        `${b.load.before.map((l) => l.toFixed(1)).join('/')} → ${b.load.after.map((l) => l.toFixed(1)).join('/')}`,
      ]),
      ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  );
  const bodies = Object.entries(p.articles.bodyBytesMedian)
    .map(([l, b]) => `${l} ${formatBytes(b)}`)
    .join(', ');
  out.push(
    '### How it is measured',
    '',
    `- Articles: neutral made-up text about community life (no real place names), median Markdown body ${bodies}; ## headings, paragraphs, some bold, some lists; no pictures, no links. Portico: news stories next to the sample site's own content (so it also builds its sections, lists of ${PAGE_SIZE} stories a page, feeds, calendars, OG cards…); Starlight: docs pages in the locales vi (root), en, zh-cn with a one-link sidebar (the default would list every article on every page) and its built-in Pagefind search; Hugo: one content folder per language, minimal templates, lists of 20 a page, \`hugo\` then \`npx pagefind --site public\`.`,
    "- Cold: before every build the caches an earlier build leaves are removed (Portico and Starlight: .astro/, dist/, node_modules/.astro, node_modules/.vite, and Portico's .build/ and node_modules/.cache/portico; Hugo: public/, resources/, its cache folder). Installed packages and the operating system's file cache stay, as on a fresh clone after `npm install`. What is removed is moved aside and deleted after the last build (bench/trash.ts): a fresh clone has no files deleted a moment before, and on this disk (ext4 without a journal) a build that creates thousands of files right after thousands were deleted spends seconds of system time skipping the freed inodes.",
    "- Portico builds with `portico build` (content check, Astro, Pagefind step, 404 pages), Starlight with `node node_modules/astro/bin/astro.mjs build`, both on the same Node; Starlight's Astro is pinned to the project's Astro version so the comparison is of what each builds on top of it.",
    "- CPU time is GNU time's user + system time of the build command, which includes every descendant process its parent waited for (Pagefind, esbuild, sharp's threads); the polled figure sums /proc/<pid>/stat of every process seen in the tree (it misses processes shorter than the 250 ms poll). Peak memory of the largest process is GNU time's maximum RSS (the largest of any process in the tree); of the tree, the highest sum of RSS over the tree seen while polling.",
    "- HTML pages: every .html file in the output (redirect pages and 404 pages included); in brackets the articles' own pages found. First view: the median over the first 20 articles in each language of the page's HTML plus the stylesheets and scripts it links (gzip level 9).",
    '',
  );
  return `${out.join('\n')}\n`;
}
