/**
 * The site's configuration as Vite modules, so the engine's pages read it without touching the
 * file system: `virtual:portico/config` (the checked province configuration and map outline),
 * `virtual:portico/brand` (logo and hero picture as Astro images), `virtual:portico/components/<Name>`
 * (the site's override of an engine component, or the engine's own) and the site's interface
 * strings in place of the engine's empty src/i18n/site-strings.ts.
 */
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../config/load.ts';
import { OVERRIDABLE_COMPONENTS } from '../config/schema.ts';

const CONFIG = 'virtual:portico/config';
const BRAND = 'virtual:portico/brand';
const SITE_STRINGS = realpathSync(fileURLToPath(new URL('../i18n/site-strings.ts', import.meta.url)));
const DEFAULT_HERO = fileURLToPath(new URL('../frame/assets/hero.svg', import.meta.url));
const COMPONENTS = 'virtual:portico/components/';
const engineComponent = (name: string) => fileURLToPath(new URL(`../frame/components/${name}.astro`, import.meta.url));

export function virtualModules(site: SiteConfig) {
  const { province, outline, strings, root } = site;
  const hero = province.hero ? join(root, province.hero.image) : DEFAULT_HERO;
  const modules: Record<string, string> = {
    // preview: `portico build --allow-placeholders` (src/check/site-rules.ts) — every page says so.
    [CONFIG]: `export default ${JSON.stringify({ province, outline, root, preview: process.env.PORTICO_PREVIEW === '1' })};`,
    [BRAND]: [
      `import logo from ${JSON.stringify(join(root, province.logo))};`,
      `import hero from ${JSON.stringify(hero)};`,
      `export const heroAlt = ${JSON.stringify(province.hero?.alt ?? null)};`,
      'export { logo, hero };',
    ].join('\n'),
  };
  // `virtual:portico/components/<Name>`: the site's override (province.components) or the engine's own.
  for (const [name, path] of Object.entries(province.components) as [string, string | undefined][])
    modules[COMPONENTS + name] =
      `export { default } from ${JSON.stringify(path ? join(root, path) : engineComponent(name))};`;
  for (const name of OVERRIDABLE_COMPONENTS)
    modules[COMPONENTS + name] ??= `export { default } from ${JSON.stringify(engineComponent(name))};`;
  return {
    name: 'portico:virtual-modules',
    resolveId: (id: string) => (id in modules ? `\0${id}` : undefined),
    load(id: string) {
      if (id.startsWith('\0') && id.slice(1) in modules) return modules[id.slice(1)];
      if (id.split('?')[0] === SITE_STRINGS) return `export default ${JSON.stringify(strings)};`;
      return undefined;
    },
  };
}
