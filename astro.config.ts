// Portico: a static trilingual promotion portal. This file reads like a table of contents;
// the work lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { province } from './packages/portico/src/frame/province.ts';
import { brandCss } from './packages/portico/src/integration/brand-css.ts';
import { externalLinks } from './packages/portico/src/integration/external-links.ts';
import { sitemapGroups, isIndexable, withAlternates } from './packages/portico/src/integration/sitemap-groups.ts';

export default defineConfig({
  site: province.site,
  // The build script builds into a temporary folder and swaps it in when every check passed.
  outDir: process.env.PORTICO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ hastPlugins: [externalLinks(province.site)] }) },
  integrations: [
    mdx(),
    sitemapGroups(),
    sitemap({ filter: isIndexable, serialize: withAlternates }),
  ],
  // Never inline scripts or assets: the Content-Security-Policy allows only files from the site.
  vite: { plugins: [brandCss(province)], build: { assetsInlineLimit: 0 } },
});
