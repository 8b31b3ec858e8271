/**
 * npm run bench [-- --sizes 300,1000,3000] [--keep] [--seed 20261122] [--generate-only]
 *
 * For each size (entries per language): copy the project into bench/.work/site-<n>/ (the sample
 * content is never touched), generate a synthetic trilingual corpus into the copy's src/content/,
 * build it from a clean cache with the real build (`portico build`, a child process),
 * measure wall time, peak memory and output, then edit one entry and rebuild with the cache kept.
 * Writes bench/REPORT.md and bench/report.json. Not part of `npm test`: it takes minutes.
 *
 *   --sizes 300,1000   the sizes to run (default 300,1000,3000)
 *   --keep             keep the work folders (default: set aside after each size and deleted
 *                      when the run ends, see bench/trash.ts)
 *   --seed N           the corpus seed (default 20261122)
 *   --generate-only    write the corpora and stop (to inspect them or run `npm run check` there)
 *   --no-rebuild       skip the rebuild after one edit
 *   --profile          record a CPU profile of each clean build (node --cpu-prof, 10 ms samples) and
 *                      write its summary to bench/PROFILE-<n>.md (the profile itself stays in the
 *                      work folder with --keep)
 *   --peers            also compare with Starlight and Hugo (scripts/lib/bench/peers/): the same
 *                      articles built cold by each, alternating; a "Peers" section in the report
 *   --peers-only       only the peer comparison (the report's other sections are kept from report.json)
 *   --size N           articles per language for the peers (default 1000)
 *   --pairs N          rounds of the peers (default 3)
 *   --no-hugo          leave Hugo out of the peers even when `hugo` is installed
 *   --preroute-profile one cold Portico build of the peer corpus (--size) under the CPU profiler,
 *                      summarising the time before the first route in bench/PROFILE-PREROUTE-<size>.md
 */
import {
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  appendFileSync,
  mkdirSync,
  existsSync,
  renameSync,
} from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, totalmem, release } from 'node:os';
import sharp from 'sharp';
import yaml from 'js-yaml';
import { generateCorpus, type Corpus, type LinkTarget } from './bench/corpus.ts';
import { clearCaches, makeWorkspace, readContacts, routedCollections, writeUnder } from './bench/workspace.ts';
import { runMeasured, type Line, type RunResult } from './bench/measure.ts';
import { compareTrees, summariseDist } from './bench/analyse.ts';
import { formatBytes, formatDuration, median, parsePageTimings, parseStepTimings, sum } from './bench/stats.ts';
import {
  markdownTable,
  pageKind,
  renderReport,
  type BenchReport,
  type BuildFigures,
  type Machine,
  type SizeResult,
} from './bench/report.ts';
import { pagefindIndexSizes } from '../src/sections/search/index-sizes.ts';
import { summariseProfile, type ProfileSummary } from './bench/profile.ts';
import { inProvince } from '../src/sections/visit/outline.ts';
import { boundsOf } from '../src/sections/visit/map.ts';
import { readSiteConfig } from '../src/config/load.ts';
import { formatReport } from '../src/lib/problems.ts';
import { pathOf, sectionPath, type SectionKey } from '../src/frame/routing.ts';
import { itemPath, kitPath } from '../src/sections/press/logic.ts';
import { INVEST_SEGMENTS } from '../src/sections/invest/logic.ts';
import { VISIT_SEGMENTS } from '../src/sections/visit/urls.ts';
import type { Lang } from './bench/text.ts';
import { runPeers } from './bench/peers/run.ts';
import { renderPeers } from './bench/peers/report.ts';
import type { PeersResult } from './bench/peers/summary.ts';
import { profilePreroute } from './bench/peers/preroute.ts';
import { emptyTrash, openTrash, remove } from './bench/trash.ts';

/** The site being benchmarked (the command runs in its folder). */
const projectRoot = process.cwd();
const benchDir = join(projectRoot, 'bench');
const workRoot = join(benchDir, '.work');

// ---------------------------------------------------------------- arguments

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
};
const sizes = (option('sizes') ?? '300,1000,3000')
  .split(',')
  .map((s) => Number(s.replace(/[_\s]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(option('seed') ?? 20261122);
const keep = flag('keep');
const generateOnly = flag('generate-only');
const rebuild = !flag('no-rebuild');
/** The clock of every build of this run. */
const BENCH_NOW = new Date().toISOString();
const profile = flag('profile');
const peersOnly = flag('peers-only');
const peers = peersOnly || flag('peers');
const peerSize = Number(option('size') ?? 1000);
const peerPairs = Number(option('pairs') ?? 3);
if (
  (peers || flag('preroute-profile')) &&
  !(Number.isInteger(peerSize) && peerSize > 0 && Number.isInteger(peerPairs) && peerPairs > 0)
)
  throw new Error('--size and --pairs: give whole numbers, e.g. --size 1000 --pairs 3');
if (!sizes.length) throw new Error('--sizes: give sizes such as 300,1000,3000');

const started = performance.now();
const log = (text: string) => console.log(`[bench ${formatDuration(performance.now() - started).padStart(9)}] ${text}`);

// ---------------------------------------------------------------- machine

function machine(): Machine {
  const cpuModel =
    /model name\s*:\s*(.+)/
      .exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]
      ?.trim() ??
    cpus()[0]?.model ??
    'unknown';
  const version = (pkg: string) => {
    try {
      return JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
    } catch {
      return 'unknown';
    }
  };
  return {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel,
    memoryBytes: totalmem(),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    os: `${process.platform} ${release()}`,
  };
}

// ---------------------------------------------------------------- URLs of generated entries

type UrlOf = (target: LinkTarget, lang: Lang) => string | undefined;

/** URLs as the engine's routes make them (the copy builds with this same engine). */
async function urlMaker(): Promise<UrlOf> {
  return (t, l) => {
    const seg = t.segments[l];
    switch (t.collection) {
      case 'pages':
        if (t.section === 'press' || t.section === 'calendar') return undefined; // role pages of other sections: not linked
        return !t.section || t.section === 'none' ? pathOf(l, [seg]) : sectionPath(l, t.section as SectionKey, seg);
      case 'news':
        return itemPath(l, t.type ?? 'story', seg);
      case 'press-kits':
        return kitPath(l, seg);
      case 'destinations':
        return sectionPath(l, 'visit', VISIT_SEGMENTS.destinations[l], seg);
      case 'festivals':
        return sectionPath(l, 'visit', VISIT_SEGMENTS.festivals[l], seg);
      case 'culture':
        return sectionPath(l, 'culture', seg);
      case 'opportunities':
      case 'sectors':
      case 'zones':
      case 'incentives':
        return sectionPath(l, 'invest', INVEST_SEGMENTS[t.collection][l], seg);
    }
  };
}

// ---------------------------------------------------------------- one size

async function writeCorpus(
  dir: string,
  size: number,
): Promise<{ corpus: Corpus; collections: string[]; urlOf: UrlOf }> {
  const collections = routedCollections();
  const urlOf = await urlMaker();
  const site = await readSiteConfig(dir);
  if (!site.ok) throw new Error(`The copy's configuration does not check:\n${formatReport(site.problems)}`);
  const { outline } = site.config;
  const bounds = boundsOf(outline.rings.flat());
  const corpus = generateCorpus({
    size,
    seed,
    collections,
    contacts: readContacts(dir),
    urlOf,
    inProvince: (p) => inProvince(outline, p),
    bounds,
  });
  for (const file of corpus.files) writeUnder(join(dir, 'src/content'), file.path, file.text);
  // Pictures: rasterised once per run (the same SVG gives the same JPEG), two at a time.
  const cache = join(workRoot, 'image-cache');
  mkdirSync(cache, { recursive: true });
  const queue = [...corpus.images];
  await Promise.all(
    [0, 1].map(async () => {
      for (let image = queue.shift(); image; image = queue.shift()) {
        const cached = join(cache, image.path.replace(/\//g, '_'));
        if (!existsSync(cached)) await sharp(Buffer.from(image.svg)).jpeg({ quality: 82 }).toFile(cached);
        writeUnder(join(dir, 'src/content'), image.path, readFileSync(cached));
      }
    }),
  );
  // A few moved addresses, as editors list them.
  const movable = corpus.entries.filter((e) => e.collection === 'news').slice(0, Math.max(2, Math.round(size / 100)));
  const redirects: Record<string, { from: string; to: string; note: string }> = {};
  for (const e of movable) {
    const to = urlOf(e, 'vi');
    if (to) redirects[`cu-${e.name}`] = { from: `/tin-cu/${e.name}/`, to, note: 'Địa chỉ cũ (benchmark).' };
  }
  writeUnder(join(dir, 'src/content'), 'redirects.yaml', yaml.dump(redirects, { lineWidth: -1 }) || '{}\n');
  return { corpus, collections, urlOf };
}

/**
 * Phase durations from the build's output lines: the stretches of wall time one after another
 * (they add up to the build), and the content check apart, since it runs beside Astro's content
 * sync and bundling. The search index is written from the last page on, beside image
 * optimisation, the sitemap and the other hooks.
 */
function phasesOf(run: RunResult): Record<string, number> {
  const lines = run.lines;
  const find = (re: RegExp, from = 0) => lines.findIndex((l, i) => i >= from && re.test(l.text));
  const at = (i: number) => (i >= 0 ? lines[i]!.at : undefined);
  const phases: Record<string, number> = {};
  const checkLine = find(/✓ content check/);
  const syncing = find(/\[content\] Syncing content/);
  const synced = find(/\[content\] Synced content/);
  const gen = find(/generating static routes/);
  const genDone = gen >= 0 ? find(/✓ Completed in/, gen) : -1;
  const img = find(/generating optimized images/);
  const imgDone = img >= 0 ? find(/✓ Completed in/, img) : -1;
  const steps = parseStepTimings(lines.map((l) => l.text).join('\n')).filter(
    (s) => !s.name.startsWith('content check') && s.name !== 'Completed in',
  );
  const firstStep = steps.length
    ? find(new RegExp(`✓ ${steps[0]!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`))
    : -1;
  if (syncing >= 0) phases['Node start, configuration, checks before Astro'] = at(syncing)!;
  if (syncing >= 0 && synced >= 0) phases['Astro: content sync'] = at(synced)! - at(syncing)!;
  if (synced >= 0 && gen >= 0) phases['Astro: bundling'] = at(gen)! - at(synced)!;
  if (checkLine >= 0)
    phases['content check (beside sync and bundling)'] = Number(/\((\d+) ms\)/.exec(lines[checkLine]!.text)?.[1] ?? 0);
  if (gen >= 0 && genDone >= 0) phases['Astro: pages rendered or restored'] = at(genDone)! - at(gen)!;
  if (img >= 0 && imgDone >= 0) phases['Astro: images (search index written beside)'] = at(imgDone)! - at(img)!;
  const astroEnd = Math.max(at(imgDone) ?? 0, at(genDone) ?? 0);
  if (firstStep >= 0 && astroEnd)
    phases['sitemap, hooks, rest of the search index'] = Math.max(0, at(firstStep)! - steps[0]!.ms - astroEnd);
  for (const s of steps) phases[s.name] = s.ms;
  const done = find(/✓ dist\/ updated/);
  if (done >= 0 && firstStep >= 0)
    phases['swap'] = Math.max(0, at(done)! - at(lines.findLastIndex((l) => /✓ .+ \(\d+ ms\)/.test(l.text)))!);
  return phases;
}

async function build(dir: string, label: string, profileDir?: string): Promise<RunResult> {
  let pages = 0;
  let phase = 'starting';
  let lastTick = 0;
  const logFile = join(dir, `build-${label.replace(/\W+/g, '-')}.log`);
  writeFileSync(logFile, '');
  const result = await runMeasured({
    cwd: dir,
    command: process.execPath,
    args: [join(import.meta.dirname, '../bin/portico.js'), 'build'],
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      // Every build of a run sees the same clock, so a rebuild can be compared with a cold build.
      PORTICO_NOW: process.env.PORTICO_NOW ?? BENCH_NOW,
      ...(profileDir
        ? {
            NODE_OPTIONS:
              `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir} --cpu-prof-interval=10000`.trim(),
          }
        : {}),
    },
    onLine: (line: Line) => {
      appendFileSync(logFile, `${(line.at / 1000).toFixed(2)} ${line.text}\n`);
      if (/[├└]─ /.test(line.text)) pages++;
      else if (/✓ content check/.test(line.text)) phase = 'content checked, Astro starting';
      else if (/\[content\]/.test(line.text)) phase = 'Astro: content sync';
      else if (/Building static entrypoints|\[vite\]/.test(line.text)) phase = 'Astro: bundling';
      else if (/generating static routes/.test(line.text)) phase = 'Astro: rendering pages';
      else if (/generating optimized images/.test(line.text)) phase = 'Astro: optimising images';
      else if (/✓ .+ \(\d+ ms\)/.test(line.text)) phase = `post-build: ${line.text.trim()}`;
    },
    onTick: (elapsed, rss) => {
      if (elapsed - lastTick < 10_000) return;
      lastTick = elapsed;
      log(
        `${label}: ${formatDuration(elapsed)} · ${phase}${pages ? ` · ${pages} pages` : ''} · memory ${formatBytes(rss)}`,
      );
    },
  });
  log(
    `${label}: ${result.code === 0 ? 'done' : `FAILED (exit ${result.code})`} in ${formatDuration(result.wallMs)}, peak memory ${formatBytes(result.peakTreeRssBytes)} (log: ${logFile})`,
  );
  return result;
}

const figures = (run: RunResult): BuildFigures => ({
  wallMs: Math.round(run.wallMs),
  peakTreeRssBytes: run.peakTreeRssBytes,
  ...(run.peakProcessRssBytes !== undefined ? { peakProcessRssBytes: run.peakProcessRssBytes } : {}),
  ...(run.cpuSeconds !== undefined ? { cpuSeconds: run.cpuSeconds } : {}),
  phases: Object.fromEntries(Object.entries(phasesOf(run)).map(([k, v]) => [k, Math.round(v)])),
});

function renderByKind(run: RunResult): SizeResult['renderByKind'] {
  const timings = parsePageTimings(run.lines.map((l) => l.text).join('\n'));
  const groups = new Map<string, number[]>();
  for (const t of timings) {
    const kind = pageKind(t.page);
    const list = groups.get(kind) ?? [];
    list.push(t.ms);
    groups.set(kind, list);
  }
  return [...groups.entries()]
    .map(([kind, ms]) => ({
      kind,
      pages: ms.length,
      totalMs: Math.round(sum(ms)),
      medianMs: median(ms),
      maxMs: Math.max(...ms),
    }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

/** Summarise the largest CPU profile of a build (the build process itself) into bench/PROFILE-<n>.md. */
function writeProfile(profileDir: string, size: number, run: RunResult): void {
  const files = existsSync(profileDir) ? readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (!files.length) return log('no CPU profile was written');
  const largest = files
    .map((f) => ({ f, size: statSync(join(profileDir, f)).size }))
    .sort((a, b) => b.size - a.size)[0]!.f;
  log(`summarising the CPU profile ${largest}`);
  const summary: ProfileSummary = summariseProfile(JSON.parse(readFileSync(join(profileDir, largest), 'utf8')), 40);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const table = (rows: ProfileSummary['self']) =>
    markdownTable(
      ['function / file', 'time', 'share'],
      rows.map((r) => [`\`${r.name}\``, formatDuration(r.ms), pct(r.share)]),
      ['l', 'r', 'r'],
    );
  const md = [
    `# CPU profile of a clean build, ${size} entries per language`,
    '',
    `\`npm run bench -- --sizes ${size} --profile\`, ${new Date().toISOString()}. Main thread of \`portico build\` (${largest}), sampled every 10 ms: ${formatDuration(summary.totalMs)} of samples in a ${formatDuration(run.wallMs)} build. Work on other threads (sharp/libvips image encoding) and in Pagefind's own process is not in it.`,
    '',
    '## Phases (from the build output)',
    '',
    markdownTable(
      ['phase', 'time'],
      Object.entries(phasesOf(run)).map(([k, v]) => [k, formatDuration(v)]),
      ['l', 'r'],
    ),
    '',
    '## Inclusive time (the function and what it calls)',
    '',
    table(summary.inclusive),
    '',
    '## Self time',
    '',
    table(summary.self),
    '',
    '## Self time by file',
    '',
    table(summary.files),
    '',
  ];
  writeFileSync(join(benchDir, `PROFILE-${size}.md`), `${md.join('\n')}\n`);
  log(`wrote bench/PROFILE-${size}.md`);
}

/** Append a paragraph to one entry's body (the kind of edit an editor makes). */
function editOneEntry(dir: string, corpus: Corpus): string {
  const entry =
    corpus.entries.find((e) => e.collection === 'news') ??
    corpus.entries.find((e) => e.collection !== 'pages') ??
    corpus.entries[0]!;
  const rel = `src/content/${entry.collection}/vi/${entry.name}${entry.ext}`;
  appendFileSync(join(dir, rel), '\nĐoạn văn này được thêm vào để đo thời gian dựng lại sau khi sửa một bài viết.\n');
  return rel;
}

async function runSize(size: number): Promise<SizeResult> {
  const dir = join(workRoot, `site-${size}`);
  log(`size ${size}: copying the project into ${dir}`);
  makeWorkspace(projectRoot, dir);
  log(`size ${size}: generating the corpus`);
  const { corpus, collections } = await writeCorpus(dir, size);
  const corpusInfo = { ...corpus.counts, collections };
  log(
    `size ${size}: ${corpus.counts.entries} entries (${corpus.counts.files} files, ${corpus.counts.untranslated} untranslated, ${corpus.counts.mdx} MDX) in ${collections.join(', ')}`,
  );
  const base = { size, corpus: corpusInfo };
  if (generateOnly) {
    return {
      ...base,
      cold: { wallMs: 0, peakTreeRssBytes: 0, phases: {} },
      pages: 0,
      pagesPerSecond: 0,
      dist: { bytes: 0, files: 0, byKind: {} },
      weights: {
        html: { medianRaw: 0, medianGzip: 0, p95Gzip: 0, maxGzip: 0, maxPage: '' },
        css: { medianRaw: 0, medianGzip: 0 },
        js: { medianRaw: 0, medianGzip: 0, pagesWithJs: 0 },
      },
      links: { internal: 0, broken: 0, examples: [] },
      error: 'generate only',
    };
  }
  clearCaches(dir);
  log(`size ${size}: clean build${profile ? ' (with a CPU profile)' : ''}`);
  const profileDir = profile ? join(dir, '.profile') : undefined;
  const loadBefore = loadavg()[0]!;
  const cold = await build(dir, `size ${size} clean build`, profileDir);
  const load = { before: loadBefore, after: loadavg()[0]! };
  if (profileDir) writeProfile(profileDir, size, cold);
  if (cold.code !== 0) {
    const tail = cold.lines
      .slice(-25)
      .map((l) => l.text)
      .join('\n');
    console.error(tail);
    return {
      ...base,
      cold: figures(cold),
      pages: 0,
      pagesPerSecond: 0,
      dist: { bytes: 0, files: 0, byKind: {} },
      weights: {
        html: { medianRaw: 0, medianGzip: 0, p95Gzip: 0, maxGzip: 0, maxPage: '' },
        css: { medianRaw: 0, medianGzip: 0 },
        js: { medianRaw: 0, medianGzip: 0, pagesWithJs: 0 },
      },
      links: { internal: 0, broken: 0, examples: [] },
      error: `build failed (exit ${cold.code}): ${cold.lines
        .filter((l) => l.text.trim())
        .slice(-3)
        .map((l) => l.text.trim())
        .join(' / ')
        .slice(0, 400)}`,
    };
  }
  log(`size ${size}: measuring dist/`);
  const dist = summariseDist(join(dir, 'dist'));
  let pagefind: SizeResult['pagefind'];
  if (existsSync(join(dir, 'dist', 'pagefind', 'pagefind-entry.json'))) {
    const sizesPf = await pagefindIndexSizes(join(dir, 'dist'));
    const step = parseStepTimings(cold.lines.map((l) => l.text).join('\n')).find((s) =>
      /pagefind|search/i.test(s.name),
    );
    pagefind = { ...(step ? { stepMs: step.ms } : {}), total: sizesPf.total, languages: sizesPf.languages };
  }
  const result: SizeResult = {
    ...base,
    load,
    cold: figures(cold),
    pages: dist.htmlFiles,
    pagesPerSecond: dist.htmlFiles / (cold.wallMs / 1000),
    dist: { bytes: dist.bytes, files: dist.files, byKind: dist.byKind },
    ...(pagefind ? { pagefind } : {}),
    weights: dist.weights,
    links: dist.links,
    renderByKind: renderByKind(cold),
  };
  if (rebuild) {
    const edited = editOneEntry(dir, corpus);
    log(`size ${size}: rebuild after editing ${edited} (cache kept)`);
    const warm = await build(dir, `size ${size} rebuild`);
    if (warm.code === 0) {
      const text = warm.lines.map((l) => l.text).join('\n');
      const counted = /incremental: (\d+) outputs rendered, (\d+) reused/.exec(text);
      result.rebuild = {
        ...figures(warm),
        edited,
        ...(counted ? { rendered: Number(counted[1]), reused: Number(counted[2]) } : {}),
      };
      // The scheduled rebuild's usual case: nothing changed since (build/up-to-date.ts).
      log(`size ${size}: build again with nothing changed`);
      const idle = await build(dir, `size ${size} build with nothing changed`);
      if (idle.code === 0)
        result.rebuild.idle = {
          wallMs: idle.wallMs,
          upToDate: idle.lines.some((l) => l.text.includes('is up to date')),
        };
      log(`size ${size}: cold build of the edited content, to compare`);
      const rebuilt = join(dir, 'dist-rebuilt');
      remove(rebuilt);
      renameSync(join(dir, 'dist'), rebuilt);
      clearCaches(dir);
      const coldAgain = await build(dir, `size ${size} cold build of the edited content`);
      if (coldAgain.code === 0) result.rebuild.compared = compareTrees(rebuilt, join(dir, 'dist'));
      remove(rebuilt);
    }
  }
  if (!keep) remove(dir);
  return result;
}

// ---------------------------------------------------------------- main

/** The report as bench/report.json holds it: the sizes' results and the peer comparison. */
type FullReport = BenchReport & { peers?: PeersResult };

function readReport(): FullReport | undefined {
  const file = join(benchDir, 'report.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FullReport) : undefined;
}

function writeReport(report: FullReport): void {
  writeFileSync(join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(benchDir, 'REPORT.md'), renderReport(report) + (report.peers ? renderPeers(report.peers) : ''));
  log(`wrote bench/REPORT.md and bench/report.json`);
}

async function comparePeers(): Promise<PeersResult> {
  return runPeers({
    projectRoot,
    workDir: join(workRoot, 'peers'),
    size: peerSize,
    pairs: peerPairs,
    seed,
    log,
    noHugo: flag('no-hugo'),
  });
}

async function main(): Promise<void> {
  // What a run removes between builds waits in bench/.work/.trash until every build is measured
  // (bench/trash.ts: a build right after thousands of deletions is slowed by the file system).
  await openTrash(join(workRoot, '.trash'), log);
  try {
    await measure();
  } finally {
    log('deleting what the run set aside');
    emptyTrash();
  }
}

async function measure(): Promise<void> {
  if (flag('preroute-profile')) {
    const options = { projectRoot, benchDir, workDir: join(workRoot, 'peers'), size: peerSize, seed, log };
    return profilePreroute(options);
  }
  if (peersOnly) {
    const previous = readReport();
    if (!previous)
      throw new Error('--peers-only keeps the other sections of bench/report.json: run `npm run bench` first');
    writeReport({ ...previous, peers: await comparePeers() });
    return;
  }
  const info = machine();
  log(
    `sizes ${sizes.join(', ')} entries per language · ${info.cpus} × ${info.cpuModel} · ${formatBytes(info.memoryBytes)} · Node ${info.node} · Astro ${info.astro}`,
  );
  mkdirSync(workRoot, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of sizes) {
    try {
      results.push(await runSize(size));
    } catch (error) {
      log(`size ${size}: ${(error as Error).stack ?? error}`);
      throw error;
    }
  }
  if (generateOnly) {
    log(`corpora written under ${workRoot}; nothing built (--generate-only)`);
    return;
  }
  if (profile) {
    // A profiled run measures with the profiler on: it does not replace the report.
    for (const r of results)
      log(
        `size ${r.size}: ${r.error ?? `${r.pages} pages in ${formatDuration(r.cold.wallMs)}, peak ${formatBytes(r.cold.peakTreeRssBytes)}`}`,
      );
    writeFileSync(join(workRoot, `report-profile.json`), `${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const report: FullReport = {
    machine: info,
    seed,
    results,
    notes: [
      'Sizes are entries per language: every entry has a page in each of vi, en and zh (a fallback page showing the source where a translation is missing), plus the section, list and calendar pages.',
      "Peak memory (tree) is the highest sum of resident memory of the build process and its children (Pagefind, sharp), polled every 250 ms; (largest process) is GNU time's maximum RSS.",
      'Typical page bytes are medians over every HTML page of dist/; CSS and JS per page are the stylesheets and scripts each page links to (gzip level 9).',
      'Clean builds: the folders removed between builds (outputs, caches, earlier work folders) are moved aside and deleted only after the last build, as a fresh clone has no files deleted a moment before (bench/trash.ts: on this disk, ext4 without a journal, each file created in the minute after a mass deletion is slowed by the deleted ones).',
      'The rebuild appends a paragraph to one story and builds again with every cache kept (incremental: only the outputs that read what changed are rendered, the search index of an unchanged language is reused); its output is then compared, file by file, with a cold build of the same edited content. Then the same command runs once more with nothing changed, as the scheduled rebuild mostly does: it finds dist/ up to date and publishes nothing. Every build of a run sees the same clock (PORTICO_NOW, the moment the bench started).',
      'Wall times depend on the load of the shared machine (see the load column); CPU time is steadier. What makes the build slow: bench/FINDINGS.md and `npm run bench -- --sizes 3000 --profile` (bench/PROFILE-3000.md).',
    ],
  };
  // The peer comparison: run now (--peers), else kept from the previous report.
  const peerResult = peers ? await comparePeers() : readReport()?.peers;
  writeReport({ ...report, ...(peerResult ? { peers: peerResult } : {}) });
}

await main();
