/**
 * npm run build: check the province configuration and the content, build the site into a
 * temporary folder, run the post-build steps (search index, 404 pages…), and only when all of
 * that passed swap the result into dist/. A failed build leaves the previous dist/ untouched,
 * removes its temporary folder and prints no stack trace: an editor's mistake is explained with
 * its file and field, anything else is reported as a bug in Portico with the details in
 * .build/last-build.log. One build at a time (.build/lock).
 *   npm run build -- --allow-placeholders   a preview of a site that still has placeholders
 *                                           from npm create portico (every page says so)
 *   npm run build -- --full                 render every page again, ignoring what the previous
 *                                           build kept (incremental builds render only the pages
 *                                           whose content changed: integration/incremental.ts)
 *   npm run build -- --timings              end with Astro's report of where the build spent
 *                                           its time (phases, slowest pages, integrations' hooks)
 * When the code, the content and the public files are those of the published site and nothing it
 * shows has changed by the clock (an embargo lifting, the date turning), dist/ is already what a
 * build would make: the command says so and stops (build/up-to-date.ts). `--full` always builds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, importConfigFile } from '../src/config/load.ts';
import { EditorError } from '../src/lib/editor-error.ts';
import { formatReport } from '../src/lib/problems.ts';
import type { BuildContext } from '../src/build/steps.ts';
import { publishAtomically } from '../src/build/atomic-publish.ts';
import { captureOutput, type CapturedOutput } from '../src/build/output.ts';
import { explainBuildError } from '../src/build/errors.ts';
import { IncrementalPlan, incrementalDirOf } from '../src/integration/incremental.ts';
import { PUBLISHED_DIR_ENV } from '../src/integration/prerender.ts';
import { upToDate } from '../src/build/up-to-date.ts';
import { buildNowUntil } from '../src/frame/clock.ts';
import { vietnamTime } from '../src/check/text.ts';

const root = process.cwd();
const allowPlaceholders = process.argv.slice(2).includes('--allow-placeholders');
if (process.argv.slice(2).includes('--full')) process.env.PORTICO_FULL_BUILD = '1';
const timings = process.argv.slice(2).includes('--timings');
/** A build that must run even when nothing changed: a full one, a preview, or one asked to report its timings. */
const mustBuild = Boolean(process.env.PORTICO_FULL_BUILD) || allowPlaceholders || timings;
const logFile = join(root, '.build', 'last-build.log');
// Whatever reads the build's output may go away (a log pipe that closed, `| head`): the build
// still finishes and publishes, and .build/last-build.log keeps what Astro printed. Node would
// otherwise stop the build at its next line, wherever it was (once, between the swap's renames).
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
let captured: CapturedOutput | undefined;
/** Which file makes a page (check/index.ts), once the build has loaded the check. */
let ownerOf: ((url: string) => string | undefined) | undefined;

async function main(): Promise<void> {
  const started = performance.now();
  const log = (line: string) => console.log(line);
  // Not a site's folder (run from the wrong place): say so before anything is written.
  if (!existsSync(join(root, CONFIG_FILE))) {
    const imported = await importConfigFile(root);
    if ('problem' in imported) throw new EditorError(formatReport([imported.problem]));
  }
  // Nothing changed since the published build: nothing to publish (build/up-to-date.ts). The
  // instant read here says nothing about any page (no change of the clock is noted for it).
  const current = mustBuild
    ? undefined
    : await upToDate(
        root,
        buildNowUntil(() => undefined),
      );
  if (current) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `✓ dist/ đã mới, không có gì để đăng / dist/ is up to date, nothing to publish: mã, nội dung và public/ như lần dựng trước / code, content and public/ as at the last build (${seconds} s)`,
    );
    if (current.changesAt !== null)
      console.log(
        `  trang đổi theo giờ từ / pages change by the clock from ${vietnamTime(new Date(current.changesAt))} (giờ Việt Nam / Vietnam time): lần dựng đầu tiên sau đó sẽ đăng / the first build after it publishes`,
      );
    return;
  }
  // Astro (half a second to load) and the check only now: a build with nothing to do needs neither.
  const { contentCheckBeside, POST_BUILD_STEPS, PRE_BUILD_STEPS } = await import('../src/build/steps.ts');
  const { pageOwner } = await import('../src/check/index.ts');
  ownerOf = (url) => pageOwner(root, url);
  const published = join(root, 'dist');
  // Outputs whose content did not change are taken from the published site (integration/incremental.ts).
  process.env[PUBLISHED_DIR_ENV] = published;
  await publishAtomically(
    published,
    join(root, '.build'),
    async (outDir) => {
      const context: BuildContext = { root, outDir, log, allowPlaceholders };
      for (const step of PRE_BUILD_STEPS) await step.run(context);
      const check = contentCheckBeside(root);
      // Settled outcomes: undefined when it went well, else the error.
      const checked = check.done.then(
        (lines) => {
          for (const line of lines) log(line);
          return undefined;
        },
        (error: unknown) => ({ error }),
      );
      captured = captureOutput(logFile);
      // Loaded once the check's thread has started: it reads the content on the other core meanwhile.
      const { build } = await import('astro');
      const built = build({ root, outDir, logLevel: process.env.PORTICO_QUIET ? 'warn' : 'info' }, { timings }).then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      // A failed check stops the build at once; a failed Astro waits for the check, whose message
      // explains a content mistake better (Astro may stop on the same mistake first).
      const first = await Promise.race([checked.then((c) => ({ check: c })), built.then((b) => ({ astro: b }))]);
      const failure = 'check' in first ? (first.check ?? (await built)) : ((await checked) ?? first.astro);
      if (failure) {
        check.stop();
        // Pages still rendering go on reporting errors for a moment: keep them off the terminal.
        captured.mute();
        throw failure.error;
      }
      captured.stop();
      captured = undefined;
      for (const step of POST_BUILD_STEPS) {
        const t0 = performance.now();
        await step.run(context);
        console.log(`✓ ${step.name} (${Math.round(performance.now() - t0)} ms)`);
      }
    },
    { log, retire: () => IncrementalPlan.retire(incrementalDirOf(root)), background: true },
  );
  // dist/ is this build's output now: the next build compares with this build's record.
  await IncrementalPlan.published(incrementalDirOf(root));
  console.log(`✓ dist/ updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  const { text } = explainBuildError(error, {
    logFile,
    errors: captured?.errors ?? [],
    ownerOf: (url) => ownerOf?.(url),
  });
  if (captured) captured.print(`\n${text}`);
  else console.error(`\n${text}`);
  process.exit(1);
});
