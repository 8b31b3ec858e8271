/**
 * The province's colours, from province.config.ts, as CSS custom properties in the one
 * stylesheet (a virtual module), so no inline style is needed and the CSP stays strict.
 */
import type { ProvinceConfig } from '../config/schema.ts';

const ID = 'virtual:portico/brand.css';
const RESOLVED = `\0${ID}`;

export function brandCss(province: Pick<ProvinceConfig, 'colours'>) {
  const { primary, primaryDark, accent, surface } = province.colours;
  const css = `:root{--c-primary:${primary};--c-primary-dark:${primaryDark};--c-accent:${accent};--c-surface:${surface}}`;
  return {
    name: 'portico:brand-css',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? css : undefined),
  };
}
