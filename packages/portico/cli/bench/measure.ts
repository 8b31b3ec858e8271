/**
 * Running a build as a child process and measuring it: wall time, the peak memory of the whole
 * process tree (polled from /proc, so Pagefind's and sharp's workers count too) and, when
 * /usr/bin/time exists, the peak RSS of the largest single process; every output line with the
 * moment it arrived. Linux only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface Line {
  /** Milliseconds since the build started. */
  at: number;
  text: string;
}

export interface RunResult {
  code: number;
  wallMs: number;
  /** Highest sum of RSS over the process tree seen while polling. */
  peakTreeRssBytes: number;
  /** Max RSS of the largest single process (GNU time), when available. */
  peakProcessRssBytes?: number;
  /** User + system CPU seconds of the tree (GNU time). */
  cpuSeconds?: number;
  /**
   * Cross-checks from polling /proc: user + system CPU seconds summed over every process of the tree
   * as last seen (misses processes shorter than a poll and each one's last poll interval), and the
   * largest single RSS seen.
   */
  cpuSampledSeconds?: number;
  peakProcessRssSampledBytes?: number;
  /** When the child was spawned, on the monotonic clock in microseconds (the clock of V8's CPU profiles). */
  startedMonotonicUs?: number;
  lines: Line[];
}

export interface RunOptions {
  cwd: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Called for every output line. */
  onLine?: (line: Line) => void;
  /** Called about every `tickMs` with the elapsed time and current tree RSS. */
  onTick?: (elapsedMs: number, rssBytes: number) => void;
  tickMs?: number;
}

const PAGE = 4096;

function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may contain spaces: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}

/** Sum of resident memory of a process and all its descendants. */
export function treeRss(pid: number): number {
  return treeSample(pid).rss;
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** The tree's summed RSS, its largest process's RSS, and each process's user + system CPU ticks. */
export function treeSample(pid: number): { rss: number; maxRss: number; ticks: Map<number, number> } {
  const children = parentMap();
  let total = 0;
  let maxRss = 0;
  const ticks = new Map<number, number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const resident = Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
      total += resident;
      if (resident > maxRss) maxRss = resident;
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
      ticks.set(p, Number(fields[11]) + Number(fields[12]));
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rss: total, maxRss, ticks };
}

export function runMeasured(options: RunOptions): Promise<RunResult> {
  const useTime = existsSync('/usr/bin/time');
  const timeFile = join(tmpdir(), `portico-bench-time-${process.pid}-${Date.now()}.txt`);
  const [command, args] = useTime
    ? ['/usr/bin/time', ['-v', '-o', timeFile, options.command, ...options.args]]
    : [options.command, options.args];
  const startedMonotonicUs = Number(process.hrtime.bigint() / 1000n);
  const started = performance.now();
  const lines: Line[] = [];
  let peak = 0;
  let peakProcess = 0;
  const ticks = new Map<number, number>();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pending: Record<'out' | 'err', string> = { out: '', err: '' };
    const take = (which: 'out' | 'err') => (chunk: Buffer) => {
      const text = pending[which] + chunk.toString('utf8');
      const parts = text.split('\n');
      pending[which] = parts.pop() ?? '';
      for (const part of parts) {
        const line = { at: performance.now() - started, text: part };
        lines.push(line);
        options.onLine?.(line);
      }
    };
    child.stdout.on('data', take('out'));
    child.stderr.on('data', take('err'));
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      const sample = treeSample(child.pid);
      const rss = sample.rss;
      if (rss > peak) peak = rss;
      if (sample.maxRss > peakProcess) peakProcess = sample.maxRss;
      for (const [p, t] of sample.ticks) if (t > (ticks.get(p) ?? 0)) ticks.set(p, t);
      options.onTick?.(performance.now() - started, rss);
    }, options.tickMs ?? 250);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      for (const which of ['out', 'err'] as const)
        if (pending[which]) lines.push({ at: performance.now() - started, text: pending[which] });
      const result: RunResult = {
        code: code ?? 1,
        wallMs: performance.now() - started,
        peakTreeRssBytes: peak,
        cpuSampledSeconds: [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS,
        peakProcessRssSampledBytes: peakProcess,
        startedMonotonicUs,
        lines,
      };
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        const user = /User time \(seconds\): ([\d.]+)/.exec(report);
        const system = /System time \(seconds\): ([\d.]+)/.exec(report);
        if (rss) result.peakProcessRssBytes = Number(rss[1]) * 1024;
        if (user && system) result.cpuSeconds = Number(user[1]) + Number(system[1]);
        rmSync(timeFile, { force: true });
      }
      resolvePromise(result);
    });
  });
}
