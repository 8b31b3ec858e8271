/**
 * The peer comparison (npm run bench -- --peers): the same articles built cold by Portico, a plain
 * Starlight site and (when `hugo` is on PATH) Hugo + the Pagefind CLI, in rounds whose order
 * alternates (Portico, Starlight, Hugo; then Starlight, Portico, Hugo; …), each build measured:
 * wall time, CPU time of the process tree, peak memory (largest process and tree), HTML pages
 * written, the load average before and after. The work folders are bench/.work/peers/<system>/;
 * Starlight's packages are installed there once (npm) and kept between runs.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { runMeasured, type RunResult } from '../measure.ts';
import { assetsOf } from '../analyse.ts';
import { median } from '../stats.ts';
import { generateArticles, ARTICLE_LANGS, type Article } from './articles.ts';
import {
  OUTPUT,
  clearBuildCaches,
  installedVersion,
  starlightPackage,
  writeHugo,
  writePortico,
  writeStarlight,
  type System,
} from './sites.ts';
import { summarisePeers, type PeerBuild, type PeersResult } from './summary.ts';

export interface PeersOptions {
  projectRoot: string;
  /** bench/.work/peers */
  workDir: string;
  /** Articles per language. */
  size: number;
  /** Rounds (each one build per system). */
  pairs: number;
  seed: number;
  log: (text: string) => void;
  /** Leave Hugo out even when it is installed. */
  noHugo?: boolean;
}

const hugoVersion = (): string | undefined => {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? /v(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] : undefined;
};

/** How each system is built: a command run in its folder (Node 24 for both Astro builds). */
function command(system: System): { command: string; args: string[] } {
  switch (system) {
    case 'portico':
      return { command: process.execPath, args: [join(import.meta.dirname, '../../../bin/portico.js'), 'build'] };
    case 'starlight':
      return { command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', 'build'] };
    case 'hugo':
      return {
        command: 'sh',
        args: ['-c', 'hugo --cacheDir "$PWD/.hugo-cache" && npx --no-install pagefind --site public'],
      };
  }
}

function files(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];
}

/**
 * The output's HTML pages; the articles' pages found (a folder named after the article holding
 * index.html, in each language); and the median first view of an article (its HTML plus the
 * stylesheets and scripts it links, gzip) over the first 20 articles in each language.
 */
export function inspectOutput(
  outDir: string,
  articles: readonly Article[],
): { pages: number; articlePages: number; firstViewGzip: { html: number; css: number; js: number; total: number } } {
  const all = files(outDir);
  const html = all.filter((f) => f.endsWith('.html'));
  const ids = new Set(articles.map((a) => a.id));
  const articlePages = html.filter((f) => ids.has(f.split('/').at(-2) ?? ''));
  const sampleIds = new Set(articles.slice(0, 20).map((a) => a.id));
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const assetCache = new Map<string, number>();
  const asset = (url: string) => {
    const file = join(outDir, decodeURI(url.split(/[?#]/)[0]!));
    if (!assetCache.has(file)) assetCache.set(file, existsSync(file) ? gz(file) : 0);
    return assetCache.get(file)!;
  };
  const views = articlePages
    .filter((f) => sampleIds.has(f.split('/').at(-2) ?? ''))
    .map((f) => {
      const text = readFileSync(f, 'utf8');
      const { css, js } = assetsOf(text);
      const h = gz(f);
      const c = css.reduce((s, u) => s + asset(u), 0);
      const j = js.reduce((s, u) => s + asset(u), 0);
      return { html: h, css: c, js: j, total: h + c + j };
    });
  const m = (k: 'html' | 'css' | 'js' | 'total') => (views.length ? median(views.map((v) => v[k])) : 0);
  return {
    pages: html.length,
    articlePages: articlePages.length,
    firstViewGzip: { html: m('html'), css: m('css'), js: m('js'), total: m('total') },
  };
}

/** Install Starlight (latest) and Astro (the project's version) into the Starlight folder, once. */
function ensureStarlight(dir: string, astroVersion: string, log: (t: string) => void): void {
  mkdirSync(dir, { recursive: true });
  if (installedVersion(dir, '@astrojs/starlight') && installedVersion(dir, 'astro') === astroVersion) return;
  log(`starlight: npm install @astrojs/starlight@latest astro@${astroVersion} in ${dir}`);
  writeFileSync(join(dir, 'package.json'), starlightPackage(astroVersion, 'latest'));
  const r = spawnSync(
    'npm',
    ['install', '--save-exact', '--no-audit', '--no-fund', `@astrojs/starlight@latest`, `astro@${astroVersion}`],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error(`npm install in ${dir} failed (exit ${r.status})`);
}

export async function runPeers(options: PeersOptions): Promise<PeersResult> {
  const { projectRoot, workDir, size, pairs, seed, log } = options;
  const astroVersion = installedVersion(projectRoot, 'astro') ?? 'latest';
  const hugo = options.noHugo ? undefined : hugoVersion();
  const systems: System[] = ['portico', 'starlight', ...(hugo ? (['hugo'] as const) : [])];
  const dirs: Record<System, string> = {
    portico: join(workDir, 'portico'),
    starlight: join(workDir, 'starlight'),
    hugo: join(workDir, 'hugo'),
  };
  const logs = join(workDir, 'logs');
  mkdirSync(logs, { recursive: true });

  log(`peers: ${size} articles per language, ${pairs} rounds of ${systems.join(', ')}`);
  const articles = generateArticles(size, seed);
  ensureStarlight(dirs.starlight, astroVersion, log);
  log('peers: writing the three sites');
  writePortico(projectRoot, dirs.portico, articles);
  writeStarlight(dirs.starlight, articles);
  if (hugo) {
    mkdirSync(dirs.hugo, { recursive: true });
    writeHugo(dirs.hugo, articles);
  }

  const builds: PeerBuild[] = [];
  const inspected: Partial<Record<System, ReturnType<typeof inspectOutput>>> = {};
  for (let round = 1; round <= pairs; round++) {
    // Alternate who goes first, so a drift in the machine's load does not favour one system.
    const order: System[] = round % 2 === 1 ? systems : (['starlight', 'portico', ...systems.slice(2)] as System[]);
    for (const system of order) {
      const dir = dirs[system];
      clearBuildCaches(system, dir);
      const logFile = join(logs, `${system}-${round}.log`);
      writeFileSync(logFile, '');
      const load = loadavg();
      log(`peers round ${round}/${pairs}: ${system} (load ${load.map((l) => l.toFixed(2)).join(' ')})`);
      const run: RunResult = await runMeasured({
        cwd: dir,
        ...command(system),
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        onLine: (line) => appendFileSync(logFile, `${(line.at / 1000).toFixed(2)} ${line.text}\n`),
      });
      const loadAfter = loadavg();
      const out = inspectOutput(join(dir, OUTPUT[system]), articles);
      inspected[system] = out;
      const build: PeerBuild = {
        system,
        round,
        code: run.code,
        wallMs: Math.round(run.wallMs),
        ...(run.cpuSeconds !== undefined ? { cpuSeconds: run.cpuSeconds } : {}),
        ...(run.cpuSampledSeconds !== undefined ? { cpuSampledSeconds: run.cpuSampledSeconds } : {}),
        ...(run.peakProcessRssBytes !== undefined ? { peakProcessRssBytes: run.peakProcessRssBytes } : {}),
        peakTreeRssBytes: run.peakTreeRssBytes,
        pages: out.pages,
        articlePages: out.articlePages,
        load: { before: load, after: loadAfter },
      };
      if (run.code !== 0) {
        build.error = run.lines
          .filter((l) => l.text.trim())
          .slice(-3)
          .map((l) => l.text.trim())
          .join(' / ')
          .slice(0, 400);
        log(`peers: ${system} FAILED (exit ${run.code}); log: ${logFile}`);
      } else {
        log(
          `peers: ${system} ${(run.wallMs / 1000).toFixed(1)} s wall, ${run.cpuSeconds?.toFixed(1) ?? '?'} s CPU, ${out.pages} HTML pages (${out.articlePages} article pages)`,
        );
      }
      builds.push(build);
    }
  }

  const versions = {
    astro: astroVersion,
    starlight: installedVersion(dirs.starlight, '@astrojs/starlight') ?? 'unknown',
    starlightAstro: installedVersion(dirs.starlight, 'astro') ?? 'unknown',
    ...(hugo ? { hugo } : {}),
    pagefind: installedVersion(projectRoot, 'pagefind') ?? 'unknown',
    starlightPagefind: installedVersion(dirs.starlight, 'pagefind') ?? 'unknown',
  };
  return summarisePeers({
    date: new Date().toISOString(),
    size,
    seed,
    pairs,
    cpus: cpus().length,
    versions,
    articles: {
      perLanguage: articles.length,
      bodyBytesMedian: Object.fromEntries(
        ARTICLE_LANGS.map((l) => [l, median(articles.map((a) => Buffer.byteLength(a.body[l])))]),
      ),
    },
    builds,
    firstView: Object.fromEntries(Object.entries(inspected).map(([s, o]) => [s, o!.firstViewGzip])),
  });
}
