/**
 * What `astro build` prints, made fit for editors: its progress lines pass through, its error
 * reports (with their stack traces, often dozens of them for one mistake) go to a log file
 * instead of the terminal, and their first lines are kept so the build can say what went wrong
 * in a few words. Everything, errors included, is written to the log file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Write = typeof process.stdout.write;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** Astro's log lines start with the time: "15:22:03 [build] …". */
const STAMPED = /^\d{2}:\d{2}:\d{2} /;
const ERROR_AT = /\d{2}:\d{2}:\d{2} \[ERROR\]/;
const STACK_FRAME = /^\s+at \S/;

export interface CapturedOutput {
  /** Stop capturing and write the log file. */
  stop(): void;
  /**
   * After a failure: write the log file so far and from now on show nothing more of the build's
   * own output (pages still rendering when the build gave up keep reporting errors).
   */
  mute(): void;
  /** Print to the terminal's stderr, past the filter. */
  print(text: string): void;
  /** The first line of each error report, in order, without repeats. */
  readonly errors: string[];
}

/**
 * Filter the process's stdout and stderr until stop(). A line is held back from the terminal when
 * it is a stack frame, an [ERROR] line, or follows one (until the next time-stamped line).
 */
export function captureOutput(logFile: string): CapturedOutput {
  const log: string[] = [];
  const errors: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const pending = { out: '', err: '' };
  let inError = false;
  let muted = false;

  const filterLine = (line: string): string | undefined => {
    const plain = line.replace(ANSI, '');
    const at = plain.search(ERROR_AT);
    if (at >= 0) {
      inError = true;
      const message = plain
        .slice(at)
        .replace(ERROR_AT, '')
        .replace(/^\s*(\[[\w:-]+\]\s*)?/, '')
        .trim();
      if (message && !errors.includes(message)) errors.push(message);
      const before = plain.slice(0, at);
      return before.trim() ? before : undefined;
    }
    if (STACK_FRAME.test(plain)) return undefined;
    if (STAMPED.test(plain)) {
      inError = false;
      return line;
    }
    return inError ? undefined : line;
  };

  const wrap = (stream: 'out' | 'err', original: Write): Write =>
    function (this: unknown, chunk: unknown, encoding?: unknown, callback?: unknown) {
      const text =
        typeof chunk === 'string'
          ? chunk
          : Buffer.from(chunk as Uint8Array).toString(
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            );
      log.push(text);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (muted) {
        if (typeof done === 'function') (done as () => void)();
        return true;
      }
      const lines = (pending[stream] + text).split('\n');
      pending[stream] = lines.pop() ?? '';
      const shown = lines.map(filterLine).filter((l): l is string => l !== undefined);
      if (shown.length)
        return original.call(
          stream === 'out' ? process.stdout : process.stderr,
          `${shown.join('\n')}\n`,
          done as never,
        );
      if (typeof done === 'function') (done as () => void)();
      return true;
    } as Write;

  process.stdout.write = wrap('out', originals.out);
  process.stderr.write = wrap('err', originals.err);

  const writeLog = () => {
    try {
      mkdirSync(dirname(logFile), { recursive: true });
      writeFileSync(logFile, log.join('').replace(ANSI, ''));
    } catch {
      /* the log is a help, not a requirement */
    }
  };

  return {
    errors,
    stop() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
      if (!muted) {
        for (const stream of ['out', 'err'] as const) {
          const rest = pending[stream];
          pending[stream] = '';
          const shown = rest ? filterLine(rest) : undefined;
          if (shown) (stream === 'out' ? process.stdout : process.stderr).write(`${shown}\n`);
        }
      }
      writeLog();
    },
    mute() {
      muted = true;
      writeLog();
    },
    print(text: string) {
      originals.err.call(process.stderr, text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
