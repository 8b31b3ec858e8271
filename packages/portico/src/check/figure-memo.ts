/**
 * The figures check's comparisons kept between runs: a source and its translation that did not
 * change give the same findings, so a run after one edit compares only the pairs whose text
 * changed (the rest was most of the content check's time). Kept in
 * <root>/node_modules/.cache/portico/check/figure-pairs.json under a hash of both texts, their
 * languages and figures.ts itself; a run writes back only the pairs it used, so the file never
 * grows past the site. A missing, unreadable or foreign file is a cold start, never a wrong answer.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, type FigureFinding, type LocalisedText } from './figures.ts';

export interface FigureMemo {
  /** compareFigures, or its answer from the previous run when neither text changed. */
  compare(source: LocalisedText, translation: LocalisedText): FigureFinding[];
  /** Write back the pairs this run compared (nothing when they are the ones read). */
  save(): void;
}

const FILE = 'figure-pairs.json';

let code: string | undefined;
/** figures.ts as it is now: findings kept by another version of the check are not used. */
const figuresCode = () =>
  (code ??= createHash('sha256')
    .update(readFileSync(new URL('./figures.ts', import.meta.url)))
    .digest('hex'));

/** The memo of the check run in `dir`, or one that keeps nothing when there is no folder. */
export function openFigureMemo(dir: string | undefined): FigureMemo {
  if (!dir) return { compare: compareFigures, save: () => {} };
  const version = figuresCode();
  let kept = new Map<string, FigureFinding[]>();
  try {
    const file = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as {
      version?: string;
      pairs?: [string, FigureFinding[]][];
    };
    if (file.version === version && Array.isArray(file.pairs)) kept = new Map(file.pairs);
  } catch {
    // No file yet, or not one this version wrote: every pair is compared.
  }
  const used = new Map<string, FigureFinding[]>();
  let computed = 0;
  return {
    compare(source, translation) {
      const key = createHash('sha256')
        .update(`${source.locale}\0${translation.locale}\0${source.text.length}\0`)
        .update(source.text)
        .update('\0')
        .update(translation.text)
        .digest('base64url');
      let findings = used.get(key) ?? kept.get(key);
      if (!findings) {
        findings = compareFigures(source, translation);
        computed++;
      }
      used.set(key, findings);
      return findings;
    },
    save() {
      if (!computed && used.size === kept.size) return;
      try {
        mkdirSync(dir, { recursive: true });
        // Written beside, then renamed: a run stopped midway leaves the previous file or none.
        const partial = join(dir, `${FILE}.${process.pid}.part`);
        writeFileSync(partial, JSON.stringify({ version, pairs: [...used] }));
        renameSync(partial, join(dir, FILE));
      } catch {
        // A folder that cannot be written costs the next run its time, nothing else.
      }
    },
  };
}
