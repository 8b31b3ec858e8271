/**
 * npm run build: check the content, build the site into a temporary folder, run the post-build
 * steps (search index, press kits, server configuration), and only when all of that passed swap
 * the result into dist/. A failed build leaves the previous dist/ untouched.
 */
import { rm, rename, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { POST_BUILD_STEPS, PRE_BUILD_STEPS, type BuildContext } from './lib/build-steps.ts';
import { EditorError } from './lib/editor-error.ts';

const root = resolve(import.meta.dirname, '..');
const finalDir = join(root, 'dist');
const workDir = join(root, '.build');
const stamp = `${Date.now().toString(36)}-${process.pid}`;
const outDir = join(workDir, `site-${stamp}`);
const previousDir = join(workDir, `previous-${stamp}`);

async function main(): Promise<void> {
  const started = performance.now();
  const context: BuildContext = { root, outDir, log: (line) => console.log(line) };
  for (const step of PRE_BUILD_STEPS) await step.run(context);

  await mkdir(workDir, { recursive: true });
  process.env.PORTICO_OUT_DIR = outDir;
  await build({ root, outDir, logLevel: process.env.PORTICO_QUIET ? 'warn' : 'info' });

  for (const step of POST_BUILD_STEPS) {
    const t0 = performance.now();
    await step.run(context);
    console.log(`✓ ${step.name} (${Math.round(performance.now() - t0)} ms)`);
  }

  // The swap: two renames on the same file system, so dist/ is never half-written.
  if (existsSync(finalDir)) await rename(finalDir, previousDir);
  await rename(outDir, finalDir);
  await rm(previousDir, { recursive: true, force: true });
  console.log(`✓ dist/ updated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch(async (error: unknown) => {
  await rm(outDir, { recursive: true, force: true });
  if (error instanceof EditorError) {
    console.error(`\n${error.message}\n`);
    console.error('Bản dựng dừng lại; dist/ không thay đổi. / The build stopped; dist/ was left as it was.');
  } else {
    console.error(error);
    console.error('\nThe build failed; dist/ was left as it was.');
  }
  process.exit(1);
});
