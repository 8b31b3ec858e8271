/** The last guard: dist/ never carries a picture over the site's size limit. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EditorError } from '../lib/editor-error.ts';
import { oversizedPictures, pictureSizes } from './picture-sizes.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site with pictures (and a large non-picture) of the given sizes in bytes. */
function built(sizes: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portico-sizes-'));
  made.push(dir);
  for (const [path, size] of Object.entries(sizes)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), Buffer.alloc(size));
  }
  return dir;
}

describe('picture sizes in the built site', () => {
  it('finds the pictures over the limit, at any depth, and only pictures', () => {
    const dir = built({
      '_astro/small.webp': 900_000,
      '_astro/big.JPG': 1_200_000,
      'press-kits/kit/images/original/huge.png': 3_000_000,
      'press-kits/kit.zip': 5_000_000,
      'pagefind/index.bin': 2_000_000,
    });
    expect(oversizedPictures(dir, 1).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { file: '_astro/big.JPG', size: 1_200_000 },
      { file: 'press-kits/kit/images/original/huge.png', size: 3_000_000 },
    ]);
    expect(oversizedPictures(dir, 10)).toEqual([]);
  });

  it('the build step stops with the files, their sizes, the limit and the command to shrink them', async () => {
    // A site without province.config.ts uses the default limit of 10 MB.
    const root = built({});
    const outDir = built({ 'og/card.png': 10_500_000, 'fine.jpg': 9_000_000 });
    const run = pictureSizes.run({ root, outDir, log: () => {} });
    await expect(run).rejects.toBeInstanceOf(EditorError);
    const message = await run.catch((e: Error) => e.message);
    expect(message).toContain('pictures over the limit of 10 MB (pictures.maxMegabytes in province.config.ts)');
    expect(message).toContain('Bản dựng có ảnh lớn hơn giới hạn 10 MB');
    expect(message).toContain('  og/card.png: 10.5 MB');
    expect(message).not.toContain('fine.jpg');
    expect(message).toContain('npx portico shrink');
    await expect(
      pictureSizes.run({ root, outDir: built({ 'a.jpg': 9_000_000 }), log: () => {} }),
    ).resolves.toBeUndefined();
  });
});
