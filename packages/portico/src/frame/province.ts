/** The validated province identity. A wrong value stops the build with the field named. */
import raw from '../../../../province.config.ts';
import { ProvinceSchema, type ProvinceConfig } from '../config/schema.ts';
import { formatReport, problemFromIssue } from '../lib/problems.ts';

function load(): ProvinceConfig {
  const result = ProvinceSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw new Error(formatReport(result.error.issues.map((issue) => problemFromIssue('province.config.ts', issue))));
  }
  return result.data;
}

export const province: ProvinceConfig = load();
