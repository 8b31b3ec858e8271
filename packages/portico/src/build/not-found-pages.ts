/**
 * Static hosts look for a 404.html beside the missing address (Cloudflare Pages walks up the
 * folders; nginx and Caddy are told the same file): /en/404.html and /zh/404.html are copies of
 * the language's 404 page.
 */
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import type { BuildStep } from './steps.ts';

export const notFoundPages: BuildStep = {
  name: '404 pages per language',
  run: async ({ outDir }) => {
    for (const { prefix } of LOCALES) {
      if (!prefix) continue;
      const source = join(outDir, prefix, '404', 'index.html');
      if (!existsSync(source)) throw new Error(`The ${prefix} 404 page was not built: ${source}`);
      await copyFile(source, join(outDir, prefix, '404.html'));
    }
  },
};
