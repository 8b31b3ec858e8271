/**
 * npm run bench:lighthouse [-- --build] [--runs 3] [--pages destination,news] [--port 4610]
 *
 * Lighthouse (mobile, the default configuration: simulated slow 4G and a 4× slower CPU) on one
 * page of each type of the built sample site: home, a section index, an entry page, the search
 * page, an invest opportunity, a destination, a news item, a calendar year page (whichever exist),
 * plus the Chinese home page. The site is served on 127.0.0.1 by the engine's serveDist (cli/serve-dist.ts); Chromium is
 * the system's (CHROME_PATH, default /usr/bin/chromium), headless, --no-sandbox; no browser is
 * downloaded. Writes bench/LIGHTHOUSE.md and bench/lighthouse.json; the full reports go to
 * bench/.work/lighthouse/.
 *
 *   --build          first build the sample site (the project's own content) in an isolated copy,
 *                    bench/.work/sample/, and test that instead of the project's dist/
 *   --sample         test the copy a previous --build left in bench/.work/sample/, without rebuilding
 *   --runs N         run each page N times and keep the run with the median performance score
 *                    (Lighthouse's own advice against run-to-run variance; default 1)
 *   --pages a,b      only the page types whose name contains one of these words
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { makeWorkspace } from './bench/workspace.ts';
import { serveDist } from './serve-dist.ts';
import { runMeasured } from './bench/measure.ts';
import { formatDuration } from './bench/stats.ts';
import { markdownTable } from './bench/report.ts';
import { sectionPath, type SectionKey } from '../src/frame/routing.ts';
import { PRESS_SEGMENTS } from '../src/sections/press/logic.ts';
import { INVEST_SEGMENTS } from '../src/sections/invest/logic.ts';
import { VISIT_SEGMENTS } from '../src/sections/visit/urls.ts';

/** The site being tested (the command runs in its folder). */
const projectRoot = resolve(process.cwd());
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(option('port') ?? 4610);
const runs = Math.max(1, Number(option('runs') ?? 1));
const only = option('pages')
  ?.split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const THRESHOLD = 95;
const started = performance.now();
const log = (text: string) =>
  console.log(`[lighthouse ${formatDuration(performance.now() - started).padStart(9)}] ${text}`);

// ---------------------------------------------------------------- the site to test

async function siteRoot(): Promise<string> {
  const dir = join(projectRoot, 'bench', '.work', 'sample');
  if (argv.includes('--sample')) return dir;
  if (!argv.includes('--build')) return projectRoot;
  log(`building the sample site in ${dir}`);
  makeWorkspace(projectRoot, dir);
  cpSync(join(projectRoot, 'src', 'content'), join(dir, 'src', 'content'), { recursive: true });
  const run = await runMeasured({
    cwd: dir,
    command: process.execPath,
    args: [join(import.meta.dirname, '../bin/portico.js'), 'build'],
    env: { ...process.env, PORTICO_QUIET: '1' },
  });
  if (run.code !== 0) {
    console.error(
      run.lines
        .slice(-30)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error('the sample site did not build');
  }
  log(`built in ${formatDuration(run.wallMs)}`);
  return dir;
}

// ---------------------------------------------------------------- choosing pages

const isPage = (dist: string, path: string) => existsSync(join(dist, path, 'index.html'));

/** Sub-folders of a path that are pages with no pages below them (entries, not lists). */
function leafPages(dist: string, path: string): string[] {
  const dir = join(dist, path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${path}${d.name}/`)
    .filter((p) => isPage(dist, p) && !readdirSync(join(dist, p), { withFileTypes: true }).some((d) => d.isDirectory()))
    .sort();
}

async function choosePages(dist: string): Promise<{ type: string; path: string }[]> {
  // URL segments from the engine's own modules, so the choice follows the route table.
  const section = (s: SectionKey) => sectionPath('vi', s);
  const first = (list: string[]) => list[0];
  const candidates: { type: string; path: string | undefined }[] = [
    { type: 'home', path: '/' },
    { type: 'section index (Visit)', path: section('visit') },
    {
      type: 'entry page',
      path: first(
        leafPages(dist, '/').filter(
          (p) => !/^\/(en|zh|_astro|og|pagefind|feeds|calendar|press-kits)\//.test(p) && p !== '/404/',
        ),
      ),
    },
    { type: 'search', path: section('search') },
    {
      type: 'invest opportunity',
      path: first(leafPages(dist, `${section('invest')}${INVEST_SEGMENTS.opportunities.vi}/`)),
    },
    {
      type: 'destination',
      path: first(leafPages(dist, `${section('visit')}${VISIT_SEGMENTS.destinations.vi}/`)),
    },
    {
      type: 'news item',
      path: first(leafPages(dist, `${section('press')}${PRESS_SEGMENTS.stories.vi}/`)),
    },
    { type: 'press release', path: first(leafPages(dist, `${section('press')}${PRESS_SEGMENTS.releases.vi}/`)) },
    { type: 'list (news stories)', path: `${section('press')}${PRESS_SEGMENTS.stories.vi}/` },
    {
      type: 'calendar year',
      path: (() => {
        const years = existsSync(join(dist, section('calendar')))
          ? readdirSync(join(dist, section('calendar')))
              .filter((d) => /^\d{4}$/.test(d))
              .sort()
          : [];
        const year = years.includes(String(new Date().getFullYear())) ? String(new Date().getFullYear()) : years[0];
        return year ? `${section('calendar')}${year}/` : undefined;
      })(),
    },
    { type: 'home (Chinese)', path: '/zh/' },
  ];
  return candidates.filter((c): c is { type: string; path: string } => !!c.path && isPage(dist, c.path));
}

// ---------------------------------------------------------------- serving

// ---------------------------------------------------------------- main

interface Failing {
  id: string;
  title: string;
  category: string;
  score: number | null;
  displayValue?: string;
}

interface PageResult {
  type: string;
  path: string;
  scores: Record<string, number>;
  /** The performance score of every run (the reported run is the median). */
  performanceRuns: number[];
  failing: Failing[];
  metrics: Record<string, string>;
}

async function main(): Promise<void> {
  const root = await siteRoot();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`no built site in ${dist}: run npm run build, or pass --build`);
  const builtAt = statSync(join(dist, 'index.html')).mtime;
  const pages = (await choosePages(dist)).filter((p) => !only || only.some((w) => p.type.toLowerCase().includes(w)));
  log(`testing ${pages.length} pages of ${dist} (built ${builtAt.toISOString()})`);
  const rawDir = join(projectRoot, 'bench', '.work', 'lighthouse');
  mkdirSync(rawDir, { recursive: true });
  const server = await serveDist(dist, port);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results: PageResult[] = [];
  let version = '';
  try {
    for (const page of pages) {
      const url = `http://127.0.0.1:${port}${page.path}`;
      log(`${page.type}: ${url}`);
      const attempts = [];
      for (let i = 0; i < runs; i++) {
        const attempt = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!attempt) throw new Error(`Lighthouse returned nothing for ${url}`);
        attempts.push(attempt);
        if (runs > 1)
          log(
            `  run ${i + 1}/${runs}: performance ${Math.round((attempt.lhr.categories.performance?.score ?? 0) * 100)}`,
          );
      }
      const byScore = [...attempts].sort(
        (a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0),
      );
      const run = byScore[Math.floor((byScore.length - 1) / 2)]!;
      const lhr = run.lhr;
      version = lhr.lighthouseVersion;
      writeFileSync(
        join(rawDir, `${page.type.replace(/\W+/g, '-').toLowerCase()}.json`),
        typeof run.report === 'string' ? run.report : JSON.stringify(lhr),
      );
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing: Failing[] = [];
      for (const c of CATEGORIES) {
        if (scores[c]! >= THRESHOLD) continue;
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || audit.score === null || audit.score >= 0.9) continue;
          if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
          failing.push({
            id: ref.id,
            title: audit.title,
            category: c,
            score: audit.score,
            ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          });
        }
      }
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? '—';
      results.push({
        ...page,
        scores,
        performanceRuns: attempts.map((a) => Math.round((a.lhr.categories.performance?.score ?? 0) * 100)),
        failing,
        metrics: {
          FCP: metric('first-contentful-paint'),
          LCP: metric('largest-contentful-paint'),
          TBT: metric('total-blocking-time'),
          CLS: metric('cumulative-layout-shift'),
          SI: metric('speed-index'),
        },
      });
      log(`  ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(' · ')}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const chromeVersion = await new Promise<string>((res) => {
    const p = spawn(chromePath, ['--version']);
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', () => res(out.trim()));
    p.on('error', () => res('unknown'));
  });
  const summary = {
    date: new Date().toISOString(),
    lighthouse: version,
    chrome: chromeVersion,
    site: dist,
    siteBuiltAt: builtAt.toISOString(),
    settings: 'mobile (Lighthouse defaults: Moto G Power viewport, simulated slow 4G, 4× CPU slowdown)',
    pages: results,
  };
  writeFileSync(join(projectRoot, 'bench', 'lighthouse.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const md: string[] = [
    '# Lighthouse (mobile)',
    '',
    `Generated by \`npm run bench:lighthouse\` on ${summary.date}: Lighthouse ${version}, ${chromeVersion} (headless, --no-sandbox), mobile settings (simulated slow 4G, 4× CPU slowdown), ${runs > 1 ? `median of ${runs} runs per page by performance score` : 'one run per page'}, on a shared 2-core machine (CPU load from other work makes the performance score vary by a few points between runs). Site: ${dist.replace(projectRoot, '.')} built ${summary.siteBuiltAt}, served on 127.0.0.1 by \`portico serve\` (gzip as the nginx configuration the build writes; no cache headers).`,
    '',
    markdownTable(
      ['page', 'path', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS', 'performance, every run'],
      results.map((r) => [
        r.type,
        `\`${r.path}\``,
        ...CATEGORIES.map((c) => r.scores[c]!),
        r.metrics.FCP!,
        r.metrics.LCP!,
        r.metrics.TBT!,
        r.metrics.CLS!,
        r.performanceRuns.join(', '),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  ];
  const below = results.filter((r) => r.failing.length);
  md.push(`## Pages below ${THRESHOLD}`, '');
  if (!below.length) md.push(`None: every page scores ${THRESHOLD} or more in every category.`, '');
  for (const r of below) {
    const low = CATEGORIES.filter((c) => r.scores[c]! < THRESHOLD).map((c) => `${c} ${r.scores[c]}`);
    md.push(`### ${r.type} (\`${r.path}\`): ${low.join(', ')}`, '');
    md.push(
      markdownTable(
        ['category', 'audit id', 'title', 'score', 'value'],
        r.failing.map((f) => [
          f.category,
          `\`${f.id}\``,
          f.title,
          f.score === null ? '—' : Math.round(f.score * 100),
          f.displayValue ?? '',
        ]),
        ['l', 'l', 'l', 'r', 'l'],
      ),
      '',
    );
  }
  writeFileSync(join(projectRoot, 'bench', 'LIGHTHOUSE.md'), `${md.join('\n')}\n`);
  log('wrote bench/LIGHTHOUSE.md and bench/lighthouse.json');
}

await main();
