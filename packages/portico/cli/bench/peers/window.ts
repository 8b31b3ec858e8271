/**
 * A V8 CPU profile (.cpuprofile) cut to a time window: self time by function and by file,
 * inclusive time by function, and the call tree top-down (the paths that hold most of the
 * window). Used to explain a stretch of a build seen in its log, e.g. from "generating static
 * routes" to the first route. Times are on the profile's clock (microseconds, the monotonic
 * clock, the same as process.hrtime). Pure.
 */
import { shortUrl, type CpuProfile, type ProfileRow } from '../profile.ts';

export interface WindowSummary {
  fromUs: number;
  toUs: number;
  /** Sampled time inside the window, milliseconds (idle included). */
  totalMs: number;
  self: ProfileRow[];
  inclusive: ProfileRow[];
  files: ProfileRow[];
  /** Top-down call tree: one line per frame holding at least `minShare` of the window, indented by depth. */
  tree: { depth: number; name: string; ms: number; selfMs: number; share: number }[];
  /** Time per category (the first rule with a function on the sample's stack; "other" when none). */
  categories: ProfileRow[];
}

/** A category of samples: any of these function names, or a frame whose URL contains one of `urls`, on the stack. */
export interface Category {
  label: string;
  functions?: readonly string[];
  urls?: readonly string[];
}

const nameOf = (f: CpuProfile['nodes'][number]['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;

/** The sample times of a profile: each sample's start and its duration (the gap to the next). */
export function sampleTimes(profile: CpuProfile): { id: number; at: number; us: number }[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: { id: number; at: number; us: number }[] = [];
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const next = i + 1 < samples.length ? at + (deltas[i + 1] ?? 0) : profile.endTime;
    out.push({ id: samples[i]!, at, us: Math.max(0, next - at) });
  }
  return out;
}

export function summariseWindow(
  profile: CpuProfile,
  fromUs: number,
  toUs: number,
  options: { top?: number; minShare?: number; maxDepth?: number; categories?: readonly Category[] } = {},
): WindowSummary {
  const top = options.top ?? 25;
  const minShare = options.minShare ?? 0.02;
  const maxDepth = options.maxDepth ?? 40;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const selfByNode = new Map<number, number>();
  let total = 0;
  for (const s of sampleTimes(profile)) {
    if (s.at < fromUs || s.at >= toUs) continue;
    total += s.us;
    selfByNode.set(s.id, (selfByNode.get(s.id) ?? 0) + s.us);
  }
  // Inclusive time per node: its own samples and its descendants'.
  const inclusiveByNode = new Map<number, number>();
  for (const [id, us] of selfByNode)
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      inclusiveByNode.set(at, (inclusiveByNode.get(at) ?? 0) + us);

  const categories = new Map<string, number>();
  const categoryOf = (id: number): string => {
    const names = new Set<string>();
    const urls: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      names.add(byId.get(at)!.callFrame.functionName);
      urls.push(byId.get(at)!.callFrame.url);
    }
    const hit = (c: Category) =>
      (c.functions ?? []).some((f) => names.has(f)) || (c.urls ?? []).some((u) => urls.some((x) => x.includes(u)));
    return options.categories?.find(hit)?.label ?? 'other';
  };
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfByNode) {
    const f = byId.get(id)!.callFrame;
    self.set(nameOf(f), (self.get(nameOf(f)) ?? 0) + us);
    files.set(shortUrl(f.url), (files.get(shortUrl(f.url)) ?? 0) + us);
    // Each function once per sample, however often it recurs on the stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      seen.add(nameOf(byId.get(at)!.callFrame));
    for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    const c = categoryOf(id);
    categories.set(c, (categories.get(c) ?? 0) + us);
  }
  const rows = (map: Map<string, number>): ProfileRow[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: total ? us / total : 0 }));

  const tree: WindowSummary['tree'] = [];
  const root = profile.nodes.find((n) => !parent.has(n.id));
  const walk = (id: number, depth: number) => {
    const node = byId.get(id)!;
    const us = inclusiveByNode.get(id) ?? 0;
    if (!total || us / total < minShare || depth > maxDepth) return;
    tree.push({
      depth,
      name: nameOf(node.callFrame),
      ms: Math.round(us / 1000),
      selfMs: Math.round((selfByNode.get(id) ?? 0) / 1000),
      share: us / total,
    });
    const children = [...(node.children ?? [])].sort(
      (a, b) => (inclusiveByNode.get(b) ?? 0) - (inclusiveByNode.get(a) ?? 0),
    );
    for (const c of children) walk(c, depth + 1);
  };
  if (root) for (const c of root.children ?? []) walk(c, 0);

  return {
    fromUs,
    toUs,
    totalMs: Math.round(total / 1000),
    self: rows(self),
    inclusive: rows(inclusive),
    files: rows(files),
    tree,
    categories: rows(categories),
  };
}
