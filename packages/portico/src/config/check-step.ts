/**
 * province.config.ts checked before anything else, so a wrong value stops `npm run check` and
 * `npm run build` with the field named and no stack trace.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProvinceSchema } from './schema.ts';
import { EditorError } from '../lib/editor-error.ts';
import { formatReport, problemFromIssue, type Problem } from '../lib/problems.ts';
import type { BuildStep } from '../build/steps.ts';

export async function provinceProblems(root: string): Promise<Problem[]> {
  const file = join(root, 'province.config.ts');
  // Content-only trees (the checker's test fixtures) have no province file to check.
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = (await import(pathToFileURL(file).href)).default;
  } catch (error) {
    return [
      {
        file: 'province.config.ts',
        field: '(file)',
        vi: `Không đọc được tệp: ${(error as Error).message.split('\n')[0]}`,
        en: `The file could not be read: ${(error as Error).message.split('\n')[0]}`,
      },
    ];
  }
  const result = ProvinceSchema.safeParse(raw, { reportInput: true });
  return result.success ? [] : result.error.issues.map((issue) => problemFromIssue('province.config.ts', issue));
}

export const provinceCheckStep: BuildStep = {
  name: 'province configuration',
  run: async ({ root }) => {
    const problems = await provinceProblems(root);
    if (problems.length) throw new EditorError(formatReport(problems));
  },
};
