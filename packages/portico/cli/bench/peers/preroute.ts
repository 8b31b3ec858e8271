/**
 * npm run bench -- --preroute-profile [--size 1000]: one cold Portico build of the peer corpus
 * under `node --cpu-prof` (1 ms samples), and a summary of the stretch between Astro's "generating
 * static routes" and the first route being rendered (the first sample inside Astro's
 * generatePathWithPrerenderer), written to bench/PROFILE-PREROUTE-<size>.md. The profile stays in
 * bench/.work/peers/portico-profile/.profile/.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from '../measure.ts';
import type { CpuProfile, ProfileRow } from '../profile.ts';
import { markdownTable } from '../report.ts';
import { formatDuration } from '../stats.ts';
import { generateArticles } from './articles.ts';
import { clearBuildCaches, writePortico } from './sites.ts';
import { sampleTimes, summariseWindow, type Category } from './window.ts';

/** Functions of Astro's page and endpoint rendering: the window ends at the first sample in one. */
const RENDER_FUNCTIONS = [
  'generatePathWithPrerenderer',
  'renderPath',
  'renderForPrerender',
  'handlePages',
  'renderPage',
  'renderEndpoint',
];

/** What the window's samples are doing, by a function on their stack (the first rule that matches). */
const CATEGORIES: Category[] = [
  { label: 'garbage collection', functions: ['(garbage collector)'] },
  { label: 'idle (waiting)', functions: ['(idle)'] },
  { label: 'V8/Node outside JavaScript', functions: ['(program)'] },
  {
    label: 'reading and compiling modules (import)',
    functions: ['getModuleJobForImport', 'compileSourceTextModule', 'moduleStrategy', 'commonjsStrategy'],
  },
  { label: 'evaluating modules (top-level code)', functions: ['evaluate'] },
  { label: 'content store: devalue unflatten', functions: ['unflatten'] },
  { label: 'rendering pages', functions: RENDER_FUNCTIONS },
  { label: "the site's bundled code (route table, data; .prerender chunks)", urls: ['/.prerender/chunks/', '/src/'] },
  { label: "Astro's static paths bookkeeping", urls: ['/astro/dist/'] },
];

export interface PrerouteOptions {
  projectRoot: string;
  benchDir: string;
  workDir: string;
  size: number;
  seed: number;
  log: (text: string) => void;
}

export async function profilePreroute(options: PrerouteOptions): Promise<void> {
  const { projectRoot, benchDir, workDir, size, seed, log } = options;
  const dir = join(workDir, 'portico-profile');
  const profileDir = join(dir, '.profile');
  log(`preroute: writing Portico with ${size} articles per language into ${dir}`);
  writePortico(projectRoot, dir, generateArticles(size, seed));
  clearBuildCaches('portico', dir);
  rmSync(profileDir, { recursive: true, force: true });
  log('preroute: cold build under --cpu-prof');
  const run = await runMeasured({
    cwd: dir,
    command: process.execPath,
    args: [join(import.meta.dirname, '../../../bin/portico.js'), 'build'],
    env: {
      ...process.env,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir} --cpu-prof-interval=1000`.trim(),
    },
  });
  if (run.code !== 0) throw new Error(`the profiled build failed (exit ${run.code})`);
  writeFileSync(join(dir, 'build.log'), run.lines.map((l) => `${(l.at / 1000).toFixed(3)} ${l.text}`).join('\n'));
  const largest = readdirSync(profileDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ f, size: statSync(join(profileDir, f)).size }))
    .sort((a, b) => b.size - a.size)[0]?.f;
  if (!largest) throw new Error('no CPU profile was written');
  const profile = JSON.parse(readFileSync(join(profileDir, largest), 'utf8')) as CpuProfile;

  // Log lines on the profile's clock: the child was spawned at startedMonotonicUs.
  const lineUs = (i: number) => run.startedMonotonicUs! + run.lines[i]!.at * 1000;
  const find = (re: RegExp, from = 0) => run.lines.findIndex((l, i) => i >= from && re.test(l.text));
  const gen = find(/generating static routes/);
  const firstRouteLine = find(/[├└]─ /, gen);
  if (gen < 0 || firstRouteLine < 0) throw new Error('no "generating static routes" or route line in the build log');
  const fromUs = lineUs(gen);
  // The first sample inside a route's render (its start, or a continuation of it after an await).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inRender = new Map<number, boolean>();
  const rendering = (id: number): boolean => {
    if (inRender.has(id)) return inRender.get(id)!;
    const here = RENDER_FUNCTIONS.includes(byId.get(id)!.callFrame.functionName);
    const p = parent.get(id);
    const v = here || (p !== undefined && rendering(p));
    inRender.set(id, v);
    return v;
  };
  const first = sampleTimes(profile).find((s) => s.at >= fromUs && rendering(s.id));
  const toUs = first?.at ?? lineUs(firstRouteLine);
  const summary = summariseWindow(profile, fromUs, toUs, {
    top: 30,
    minShare: 0.015,
    maxDepth: 60,
    categories: CATEGORIES,
  });

  // Second stretch: from the first route to the first HTML page (the endpoints Astro renders first).
  const firstPageLine = find(/[├└]─ \/\S*index\.html/, gen);
  const pageUs = firstPageLine >= 0 ? lineUs(firstPageLine) : toUs;
  const endpoints = summariseWindow(profile, toUs, pageUs, {
    top: 15,
    minShare: 0.03,
    maxDepth: 14,
    categories: [
      { label: 'garbage collection', functions: ['(garbage collector)'] },
      { label: 'idle (waiting for worker threads or files)', functions: ['(idle)'] },
      {
        label: 'reading and compiling modules (import)',
        functions: ['getModuleJobForImport', 'compileSourceTextModule'],
      },
      { label: 'evaluating modules (top-level code)', functions: ['evaluate'] },
    ],
  });
  const outputs = new Map<string, { n: number; ms: number }>();
  for (const l of run.lines.slice(gen, firstPageLine >= 0 ? firstPageLine : gen))
    for (const m of l.text.matchAll(
      /[├└]─ \/?([^/\s]+(?:\/[^/\s]+)?)\S*?(?:\s+\(\+(\d+(?:\.\d+)?)(ms|s)\))?(?=\s|\d\d:|$)/g,
    )) {
      const path = m[1]!.replace(/\d\d:\d\d:\d\d$/, '');
      // A file in a folder (press-kits/x.zip) counts under its folder.
      const kind = /^[^/]+\/[^/]*\./.test(path) ? path.split('/')[0]! : path;
      const o = outputs.get(kind) ?? { n: 0, ms: 0 };
      o.n++;
      if (m[2]) o.ms += m[3] === 's' ? Number(m[2]) * 1000 : Number(m[2]);
      outputs.set(kind, o);
    }

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const table = (rows: ProfileRow[]) =>
    markdownTable(
      ['function / file', 'time', 'share'],
      rows.map((r) => [`\`${r.name}\``, `${r.ms} ms`, pct(r.share)]),
      ['l', 'r', 'r'],
    );
  const at = (us: number) => `${((us - run.startedMonotonicUs!) / 1e6).toFixed(2)} s`;
  // A few landmarks of the log, for orientation.
  const landmarks = run.lines
    .map((l, i) => ({ l, i }))
    .filter(
      ({ l }) =>
        /content check|\[content\]|\[build\]|\[vite\]|generating|Completed in|✓ .+\(\d+ ms\)|dist\/ updated/.test(
          l.text,
        ) && !/[├└]─ |\[WARN\]/.test(l.text),
    )
    .slice(0, 40)
    .map(({ l, i }) => [
      `${(l.at / 1000).toFixed(2)} s`,
      `\`${l.text.trim().slice(0, 140)}\``,
      i === gen ? '◀ window starts' : '',
    ]);
  const md = [
    `# Portico: the stretch before the first route, ${size} articles per language`,
    '',
    `\`npm run bench -- --preroute-profile --size ${size}\`, ${new Date().toISOString()}. One cold build of the peer corpus (Portico's sample content plus ${size} news stories per language), main thread of \`portico build\` sampled every 1 ms (${largest}; ${formatDuration(run.wallMs)} build under the profiler, ${run.cpuSeconds?.toFixed(1) ?? '?'} s CPU).`,
    '',
    `Window: from the log line "generating static routes" (${at(fromUs)}) to the first sample inside Astro's page or endpoint rendering (${RENDER_FUNCTIONS.map((f) => `\`${f}\``).join(', ')}; ${at(toUs)}; the first "├─" route line arrived at ${at(lineUs(firstRouteLine))}): **${formatDuration((toUs - fromUs) / 1000)}**, ${summary.totalMs} ms of samples.`,
    '',
    '## What the window is spent on',
    '',
    table(summary.categories),
    '',
    '## Build log landmarks',
    '',
    markdownTable(['at', 'line', ''], landmarks, ['r', 'l', 'l']),
    '',
    '## Call tree in the window (top-down, frames over 1.5 %)',
    '',
    '```',
    ...summary.tree.map(
      (t) =>
        `${'  '.repeat(t.depth)}${t.name}  ${t.ms} ms (${pct(t.share)})${t.selfMs >= 20 ? `, self ${t.selfMs} ms` : ''}`,
    ),
    '```',
    '',
    '## Self time in the window',
    '',
    table(summary.self),
    '',
    '## Inclusive time in the window',
    '',
    table(summary.inclusive),
    '',
    '## Self time by file in the window',
    '',
    table(summary.files),
    '',
    `## Then: from the first route to the first HTML page (${at(toUs)} → ${at(pageUs)}, ${formatDuration((pageUs - toUs) / 1000)})`,
    '',
    'Astro renders the endpoints first (calendars, feeds, open-graph PNGs, press-kit ZIPs, server files), four at a time; the first HTML page comes after them.',
    '',
    markdownTable(
      ['outputs (first two path segments)', 'count', 'render time (sum of "+ms", overlapping)'],
      [...outputs.entries()].map(([k, o]) => [`\`${k}\``, o.n, `${Math.round(o.ms)} ms`]),
      ['l', 'r', 'r'],
    ),
    '',
    table(endpoints.categories),
    '',
    '```',
    ...endpoints.tree.map((t) => `${'  '.repeat(t.depth)}${t.name}  ${t.ms} ms (${pct(t.share)})`),
    '```',
    '',
    table(endpoints.self),
    '',
  ];
  writeFileSync(join(benchDir, `PROFILE-PREROUTE-${size}.md`), `${md.join('\n')}\n`);
  log(`preroute: wrote bench/PROFILE-PREROUTE-${size}.md (window ${formatDuration((toUs - fromUs) / 1000)})`);
}
