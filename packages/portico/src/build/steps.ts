/**
 * The steps around `astro build`. Each capability that works on the whole site (the checks
 * before and beside it, the search index and press kits after) registers one step here.
 */
import { contentCheckBeside } from '../check/index.ts';
import { provinceCheckStep } from '../config/check-step.ts';
import { destinationCheckStep, placeholderCheckStep } from '../check/site-rules.ts';

import { notFoundPages } from './not-found-pages.ts';
import { searchIndex } from '../sections/search/build-step.ts';
import { pictureSizes } from './picture-sizes.ts';

export interface BuildContext {
  /** The repository root. */
  root: string;
  /** Where this build writes the site before it is swapped into dist/. */
  outDir: string;
  log: (line: string) => void;
  /** `portico build --allow-placeholders`: build a preview even though placeholders remain. */
  allowPlaceholders?: boolean;
}

export interface BuildStep {
  name: string;
  run: (context: BuildContext) => Promise<void>;
}

/** Before Astro, in order: fail fast with editors' messages. */
export const PRE_BUILD_STEPS: BuildStep[] = [provinceCheckStep, destinationCheckStep, placeholderCheckStep];

/**
 * Beside Astro: the content check (the same as `portico check`) runs in a
 * worker thread while Astro syncs the content and bundles, on the other core. The build publishes
 * nothing before it passed and stops at once when it finds a problem; when Astro stops first, the
 * build waits for the check, whose message explains a content mistake better than Astro's.
 */
export { contentCheckBeside };

/** After Astro, on the built site in outDir. */
export const POST_BUILD_STEPS: BuildStep[] = [notFoundPages, pictureSizes, searchIndex];
