/**
 * The last guard on pictures: no picture in the built site is larger than the site's limit
 * (province.config.ts `pictures.maxMegabytes`, default 10 MB). The content check refuses such
 * originals first; this step catches any other way one could get in (a hero picture, a file in
 * public/), so dist/ never carries one.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSettingsOf } from '../config/load.ts';
import { EditorError } from '../lib/editor-error.ts';
import { DEFAULT_MAX_MEGABYTES } from '../check/pictures.ts';
import type { BuildStep } from './steps.ts';

const PICTURE = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** The pictures under `dir` larger than `maxMegabytes`, with their size in bytes. */
export function oversizedPictures(dir: string, maxMegabytes: number): { file: string; size: number }[] {
  const found: { file: string; size: number }[] = [];
  for (const path of files(dir)) {
    if (!PICTURE.test(path)) continue;
    const size = statSync(path).size;
    if (size > maxMegabytes * 1_000_000) found.push({ file: relative(dir, path).split(sep).join('/'), size });
  }
  return found;
}

export const pictureSizes: BuildStep = {
  name: 'picture sizes',
  run: async ({ root, outDir }) => {
    const limit = (await checkSettingsOf(root)).maxPictureMegabytes ?? DEFAULT_MAX_MEGABYTES;
    const found = oversizedPictures(outDir, limit);
    if (!found.length) return;
    const list = found.map((f) => `  ${f.file}: ${(f.size / 1_000_000).toFixed(1)} MB`).join('\n');
    throw new EditorError(
      [
        `✖ Bản dựng có ảnh lớn hơn giới hạn ${limit} MB (pictures.maxMegabytes trong province.config.ts):`,
        `✖ The build holds pictures over the limit of ${limit} MB (pictures.maxMegabytes in province.config.ts):`,
        list,
        '  Thu nhỏ ảnh gốc / Shrink the original: npx portico shrink <ảnh / picture>',
      ].join('\n'),
    );
  },
};
