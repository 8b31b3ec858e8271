/**
 * The peer comparison's figures: one record per build, medians per system, and paired ratios
 * (Portico / peer within the same round, then the median of those ratios). Pure.
 */
import { median } from '../stats.ts';
import type { System } from './sites.ts';

export interface PeerBuild {
  system: System;
  /** 1-based round; each round builds every system once. */
  round: number;
  code: number;
  wallMs: number;
  /** User + system CPU of the whole process tree (GNU time: the rusage of every waited-for descendant). */
  cpuSeconds?: number;
  /** The same summed from polling /proc (a cross-check; a little low by construction). */
  cpuSampledSeconds?: number;
  /** Max RSS of the largest single process of the tree (GNU time). */
  peakProcessRssBytes?: number;
  /** Highest sum of RSS over the tree, polled every 250 ms. */
  peakTreeRssBytes: number;
  /** HTML files in the output. */
  pages: number;
  /** Of which the articles' own pages (expected: 3 × articles per language). */
  articlePages: number;
  /** 1-, 5- and 15-minute load averages before and after the build. */
  load: { before: number[]; after: number[] };
  error?: string;
}

export type Measure = 'wallMs' | 'cpuSeconds' | 'peakProcessRssBytes' | 'peakTreeRssBytes' | 'pages';
export const MEASURES: readonly Measure[] = [
  'wallMs',
  'cpuSeconds',
  'peakProcessRssBytes',
  'peakTreeRssBytes',
  'pages',
];

export interface FirstView {
  html: number;
  css: number;
  js: number;
  total: number;
}

export interface PeersInput {
  date: string;
  size: number;
  seed: number;
  pairs: number;
  /** Cores of the machine (shared with other work). */
  cpus: number;
  versions: Record<string, string>;
  articles: { perLanguage: number; bodyBytesMedian: Record<string, number> };
  builds: PeerBuild[];
  /** Median first view of an article (gzip bytes), from the last build of each system. */
  firstView: Partial<Record<System, FirstView>>;
}

export interface PeersResult extends PeersInput {
  /** Medians per system over its successful builds. */
  medians: Partial<Record<System, Partial<Record<Measure, number>> & { builds: number }>>;
  /** Portico / peer: the median over rounds of the per-round ratio, and the per-round ratios. */
  ratios: Partial<Record<'starlight' | 'hugo', Partial<Record<Measure, { median: number; rounds: number[] }>>>>;
  /** Load average (1 min) over all builds: lowest and highest seen at a start or end. */
  load: { min: number; max: number };
}

const ok = (b: PeerBuild) => b.code === 0;

export function summarisePeers(input: PeersInput): PeersResult {
  const systems = [...new Set(input.builds.map((b) => b.system))];
  const medians: PeersResult['medians'] = {};
  for (const s of systems) {
    const runs = input.builds.filter((b) => b.system === s && ok(b));
    const row: Partial<Record<Measure, number>> & { builds: number } = { builds: runs.length };
    for (const m of MEASURES) {
      const values = runs.map((b) => b[m]).filter((v): v is number => typeof v === 'number');
      if (values.length) row[m] = median(values);
    }
    medians[s] = row;
  }
  const ratios: PeersResult['ratios'] = {};
  for (const peer of ['starlight', 'hugo'] as const) {
    if (!systems.includes(peer)) continue;
    const out: Partial<Record<Measure, { median: number; rounds: number[] }>> = {};
    for (const m of MEASURES) {
      const rounds: number[] = [];
      for (const round of [...new Set(input.builds.map((b) => b.round))].sort((a, b) => a - b)) {
        const p = input.builds.find((b) => b.round === round && b.system === 'portico' && ok(b))?.[m];
        const q = input.builds.find((b) => b.round === round && b.system === peer && ok(b))?.[m];
        if (typeof p === 'number' && typeof q === 'number' && q > 0) rounds.push(p / q);
      }
      if (rounds.length) out[m] = { median: median(rounds), rounds };
    }
    ratios[peer] = out;
  }
  const loads = input.builds.flatMap((b) => [b.load.before[0]!, b.load.after[0]!]);
  return {
    ...input,
    medians,
    ratios,
    load: { min: loads.length ? Math.min(...loads) : 0, max: loads.length ? Math.max(...loads) : 0 },
  };
}
