/**
 * The site's province configuration, checked by the integration before the build starts
 * (src/config/load.ts) and served as a virtual module. Astro build only.
 */
import config from 'virtual:portico/config';
import type { ProvinceConfig } from '../config/schema.ts';

export const province: ProvinceConfig = config.province;

/** The map outline from the file the site names in `map.outline`. */
export const mapOutline = config.outline;

/** The favicon's address: the logo, in its own format. */
export const faviconPath = `/favicon.${province.logo.split('.').pop()}`;
