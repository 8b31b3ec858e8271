// Nothing is lost: every file the Lạng Sơn site published before the engine split (Portico 0.1,
// listed in urls-0.1.txt) still exists, so links and bookmarks keep working. Later pages of
// paginated lists and link-preview images are not addresses people keep, so they are not listed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../packages/portico/test/site/dist.ts';

const before = readFileSync(join(import.meta.dirname, 'urls-0.1.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

describe('every address of the 0.1 site', () => {
  it('is listed', () => expect(before.length).toBeGreaterThan(500));
  it('still exists', () => {
    expect(before.filter((path) => !existsSync(join(DIST, path)))).toEqual([]);
  });
});
