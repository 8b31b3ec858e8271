/**
 * province.config.ts and the files it names, checked before anything else, so a wrong value
 * stops `portico check` and `portico build` with the field named and no stack trace.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, readSiteConfig } from './load.ts';
import { EditorError } from '../lib/editor-error.ts';
import { formatReport, type Problem } from '../lib/problems.ts';
import type { BuildStep } from '../build/steps.ts';

export async function provinceProblems(root: string): Promise<Problem[]> {
  // Content-only trees (the checker's test fixtures) have no configuration to check.
  if (!existsSync(join(root, CONFIG_FILE))) return [];
  const result = await readSiteConfig(root);
  return result.ok ? [] : result.problems;
}

export const provinceCheckStep: BuildStep = {
  name: 'province configuration',
  run: async ({ root }) => {
    const problems = await provinceProblems(root);
    if (problems.length) throw new EditorError(formatReport(problems));
  },
};
