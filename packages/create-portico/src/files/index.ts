/** Every file of a new site, by path from its root: project files, configuration, content, docs. */
import type { Answers } from '../answers.ts';
import type { EngineChoice } from '../engine.ts';
import type { SiteOutline } from '../outline.ts';
import {
  ASTRO_CONFIG,
  CONTENT_CONFIG,
  ENV_D_TS,
  GITIGNORE,
  NPMRC,
  TSCONFIG,
  logoSvg,
  packageJson,
  provinceConfigTs,
  siteStrings,
} from './config.ts';
import { contentFiles } from './content.ts';
import { CONTENT_README, officeReadme } from './docs.ts';

export interface SiteInput {
  answers: Answers;
  engine: EngineChoice;
  outline: SiteOutline;
  /** Today in Vietnam (YYYY-MM-DD), for the example dates. */
  today: string;
  /** The example picture (PNG). */
  picture: Uint8Array;
}

export function siteFiles({
  answers,
  engine,
  outline,
  today,
  picture,
}: SiteInput): Record<string, string | Uint8Array> {
  const strings = siteStrings(answers);
  return {
    'package.json': packageJson(answers, engine),
    '.npmrc': NPMRC,
    '.gitignore': GITIGNORE,
    'README.md': officeReadme(answers),
    'astro.config.ts': ASTRO_CONFIG,
    'province.config.ts': provinceConfigTs(answers),
    'tsconfig.json': TSCONFIG,
    'src/env.d.ts': ENV_D_TS,
    'src/content.config.ts': CONTENT_CONFIG,
    'src/assets/logo.svg': logoSvg(answers),
    'src/map/outline.geojson': outline.text,
    ...(outline.boundaryCopy ? { [outline.boundaryCopy.path]: outline.boundaryCopy.text } : {}),
    'src/i18n/vi.json': strings.vi,
    'src/i18n/en.json': strings.en,
    'src/i18n/zh.json': strings.zh,
    'src/content/README.md': CONTENT_README,
    ...contentFiles(answers, outline.inside, today, picture),
  };
}
