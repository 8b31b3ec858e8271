/**
 * The site's own wording of interface strings: none here. Inside a site's build, the Portico
 * integration serves the site's src/i18n/<locale>.json files in place of this module (see
 * src/integration/virtual-modules.ts), so every page speaks with the province's overrides while
 * tests and the CLI see the engine's strings unless they pass overrides themselves.
 */
import type { SiteStrings } from './overrides.ts';

const strings: SiteStrings = {};
export default strings;
