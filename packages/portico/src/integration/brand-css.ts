/**
 * The province's palette, from province.config.ts, as CSS custom properties in the stylesheet (a
 * virtual module), so no inline style is needed and the CSP stays strict.
 */
import type { ProvinceConfig } from '../config/schema.ts';
import { focusColours } from '../lib/contrast.ts';

const ID = 'virtual:portico/brand.css';
const RESOLVED = `\0${ID}`;

/**
 * The palette as `:root` custom properties: --c-primary, --c-primary-dark, --c-on-dark…, and the
 * focus-ring colours chosen from it for 3:1 contrast: --c-focus (light backgrounds) and
 * --c-focus-on-dark (the primary and dark bands).
 */
export function brandStyles(colours: ProvinceConfig['colours']): string {
  const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const focus = focusColours(colours);
  const all = { ...colours, focus: focus.light, focusOnDark: focus.dark };
  return `:root{${Object.entries(all)
    .map(([key, value]) => `--c-${kebab(key)}:${value}`)
    .join(';')}}`;
}

export function brandCss(province: Pick<ProvinceConfig, 'colours'>) {
  const css = brandStyles(province.colours);
  return {
    name: 'portico:brand-css',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? css : undefined),
  };
}
