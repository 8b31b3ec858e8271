// The site: Portico does the work; this file reads like a table of contents.
import { defineConfig } from 'astro/config';
import portico from 'portico';
import province from './province.config.ts';

export default defineConfig({
  integrations: [portico(province)],
});
