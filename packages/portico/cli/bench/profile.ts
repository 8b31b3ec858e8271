/**
 * A summary of a V8 CPU profile (.cpuprofile, from `node --cpu-prof`): the functions and files
 * where the main thread spends its time, self and inclusive. Pure: takes the parsed JSON.
 * Work done on other threads (sharp/libvips, Pagefind's own process) is not in it.
 */

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
    hitCount?: number;
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time in the function itself. */
  self: ProfileRow[];
  /** Time in the function and everything it called (each sample counted once per function). */
  inclusive: ProfileRow[];
  /** Self time by source file. */
  files: ProfileRow[];
}

/** Shorten a URL: the part after node_modules/ or src/ (or the file name), with the .build chunk hash. */
export function shortUrl(url: string): string {
  if (!url) return '(native)';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length);
  const m = /\/(src|scripts|\.prerender|chunks)\/(.*)$/.exec(clean);
  if (m) return `${m[1]}/${m[2]}`;
  return clean.split('/').slice(-2).join('/');
}

export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  };
  const fileOf = (id: number) => shortUrl(byId.get(id)!.callFrame.url);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const stackKeys = new Map<number, string[]>();
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    // A sample's time is the gap to the next sample (the last one gets the average).
    const ms =
      ((deltas[i + 1] ?? (profile.endTime - profile.startTime) / Math.max(1, samples.length)) as number) / 1000;
    total += ms;
    const k = keyOf(id);
    self.set(k, (self.get(k) ?? 0) + ms);
    files.set(fileOf(id), (files.get(fileOf(id)) ?? 0) + ms);
    let keys = stackKeys.get(id);
    if (!keys) {
      const set = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) set.add(keyOf(at));
      keys = [...set];
      stackKeys.set(id, keys);
    }
    for (const key of keys) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: total ? ms / total : 0 }));
  return { totalMs: Math.round(total), self: rows(self), inclusive: rows(inclusive), files: rows(files) };
}
