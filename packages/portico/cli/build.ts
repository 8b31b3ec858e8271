/**
 * npm run build: check the province configuration and the content, build the site into a
 * temporary folder, run the post-build steps (search index, 404 pages…), and only when all of
 * that passed swap the result into dist/. A failed build leaves the previous dist/ untouched,
 * removes its temporary folder and prints no stack trace: an editor's mistake is explained with
 * its file and field, anything else is reported as a bug in Portico with the details in
 * .build/last-build.log. One build at a time (.build/lock).
 *   npm run build -- --allow-placeholders   a preview of a site that still has placeholders
 *                                           from npm create portico (every page says so)
 */
import { join } from 'node:path';
import { build } from 'astro';
import { POST_BUILD_STEPS, PRE_BUILD_STEPS, type BuildContext } from '../src/build/steps.ts';
import { publishAtomically } from '../src/build/atomic-publish.ts';
import { captureOutput, type CapturedOutput } from '../src/build/output.ts';
import { explainBuildError } from '../src/build/errors.ts';
import { pageOwner } from '../src/check/index.ts';

const root = process.cwd();
const allowPlaceholders = process.argv.slice(2).includes('--allow-placeholders');
const logFile = join(root, '.build', 'last-build.log');
let captured: CapturedOutput | undefined;

async function main(): Promise<void> {
  const started = performance.now();
  const log = (line: string) => console.log(line);
  await publishAtomically(
    join(root, 'dist'),
    join(root, '.build'),
    async (outDir) => {
      const context: BuildContext = { root, outDir, log, allowPlaceholders };
      for (const step of PRE_BUILD_STEPS) await step.run(context);
      process.env.PORTICO_OUT_DIR = outDir;
      captured = captureOutput(logFile);
      try {
        await build({ root, outDir, logLevel: process.env.PORTICO_QUIET ? 'warn' : 'info' });
      } catch (error) {
        // Pages still rendering go on reporting errors for a moment: keep them off the terminal.
        captured.mute();
        throw error;
      }
      captured.stop();
      captured = undefined;
      for (const step of POST_BUILD_STEPS) {
        const t0 = performance.now();
        await step.run(context);
        console.log(`✓ ${step.name} (${Math.round(performance.now() - t0)} ms)`);
      }
    },
    { log },
  );
  console.log(`✓ dist/ updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  const { text } = explainBuildError(error, {
    logFile,
    errors: captured?.errors ?? [],
    ownerOf: (url) => pageOwner(root, url),
  });
  if (captured) captured.print(`\n${text}`);
  else console.error(`\n${text}`);
  process.exit(1);
});
