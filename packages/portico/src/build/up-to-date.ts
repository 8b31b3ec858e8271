/**
 * Whether the published site is already what a build would make now, so that `portico build`
 * can stop at once: the scheduled rebuild (every 15 minutes, docs/deploy.md) mostly finds nothing
 * changed, and then costs a second instead of a whole build.
 *
 * The published build recorded what it was made from (integration/incremental.ts `Sources`): the
 * code (integration/code-digest.ts), the stamps of the content and public files, and the earliest
 * instant at which something its pages read from the clock changes (an embargo lifts, the date
 * turns: frame/clock.ts), and its own instant. When all of them are the same and that instant has not come, a build
 * would give the same files. Anything else, or any doubt (no record, an older record, no dist/),
 * builds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalPlan, contentStamps, fileStamps, incrementalDirOf } from '../integration/incremental.ts';
import { codeFingerprint, ENGINE_DIR } from '../integration/code-digest.ts';

export interface UpToDate {
  /** When the published site next changes by the clock alone (ms); null: not by the clock. */
  changesAt: number | null;
}

const sameStamps = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/**
 * The published site of `root` (its dist/) when a build at `now` would make it again unchanged;
 * undefined when a build is needed.
 */
export async function upToDate(root: string, now: Date): Promise<UpToDate | undefined> {
  if (!existsSync(join(root, 'dist'))) return undefined;
  const sources = await IncrementalPlan.publishedSources(incrementalDirOf(root));
  if (!sources?.public || sources.changesAt === undefined || typeof sources.builtAt !== 'number') return undefined;
  const { changesAt, builtAt } = sources;
  // The site holds from its build's instant to the clock's next change (a clock set back, as
  // PORTICO_NOW may, builds).
  if (now.getTime() < builtAt || (changesAt !== null && !(now.getTime() < changesAt))) return undefined;
  if (!sameStamps(sources.files, contentStamps(root))) return undefined;
  if (!sameStamps(sources.public.files, fileStamps(join(root, sources.public.dir)))) return undefined;
  if (sources.code !== (await codeFingerprint(root, ENGINE_DIR, false))) return undefined;
  return { changesAt };
}
