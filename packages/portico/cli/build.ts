/**
 * npm run build: check the province configuration and the content, build the site into a
 * temporary folder, run the post-build steps (search index, 404 pages…), and only when all of
 * that passed swap the result into dist/. A failed build leaves the previous dist/ untouched.
 *   npm run build -- --allow-placeholders   a preview of a site that still has placeholders
 *                                           from npm create portico (every page says so)
 */
import { join } from 'node:path';
import { build } from 'astro';
import { POST_BUILD_STEPS, PRE_BUILD_STEPS, type BuildContext } from '../src/build/steps.ts';
import { EditorError } from '../src/lib/editor-error.ts';
import { publishAtomically } from '../src/build/atomic-publish.ts';

const root = process.cwd();
const allowPlaceholders = process.argv.slice(2).includes('--allow-placeholders');

async function main(): Promise<void> {
  const started = performance.now();
  await publishAtomically(join(root, 'dist'), join(root, '.build'), async (outDir) => {
    const context: BuildContext = { root, outDir, log: (line) => console.log(line), allowPlaceholders };
    for (const step of PRE_BUILD_STEPS) await step.run(context);
    process.env.PORTICO_OUT_DIR = outDir;
    await build({ root, outDir, logLevel: process.env.PORTICO_QUIET ? 'warn' : 'info' });
    for (const step of POST_BUILD_STEPS) {
      const t0 = performance.now();
      await step.run(context);
      console.log(`✓ ${step.name} (${Math.round(performance.now() - t0)} ms)`);
    }
  });
  console.log(`✓ dist/ updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  if (error instanceof EditorError) {
    console.error(`\n${error.message}\n`);
    console.error('Bản dựng dừng lại; dist/ không thay đổi. / The build stopped; dist/ was left as it was.');
  } else {
    console.error(error);
    console.error('\nThe build failed; dist/ was left as it was.');
  }
  process.exit(1);
});
