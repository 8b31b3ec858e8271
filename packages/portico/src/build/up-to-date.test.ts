import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { upToDate } from './up-to-date.ts';
import { contentStamps, fileStamps, incrementalDirOf, type Sources } from '../integration/incremental.ts';
import { codeFingerprint, ENGINE_DIR } from '../integration/code-digest.ts';

const NOW = new Date('2026-06-01T03:00:00Z');
const LATER = Date.parse('2026-06-01T17:00:00Z');
const sites: string[] = [];
afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A site folder with a published dist/ and the record of the build that made it. */
async function publishedSite(record: Partial<Sources> = {}): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'portico-up-to-date-'));
  sites.push(root);
  for (const [path, text] of [
    ['src/content/news/vi/tin.md', '---\ntitle: Tin\n---\n'],
    ['public/robots.txt', 'User-agent: *\n'],
    ['dist/index.html', '<!doctype html>'],
  ] as const) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const sources: Sources = {
    code: await codeFingerprint(root, ENGINE_DIR, false),
    files: contentStamps(root),
    public: { dir: 'public', files: fileStamps(join(root, 'public')) },
    changesAt: LATER,
    builtAt: NOW.getTime() - 60_000,
    ...record,
  };
  mkdirSync(incrementalDirOf(root), { recursive: true });
  writeFileSync(join(incrementalDirOf(root), 'sources.json'), JSON.stringify(sources));
  return root;
}

const touch = (file: string) => utimesSync(file, new Date('2025-01-01'), new Date('2025-01-01'));

describe('upToDate', () => {
  it('is the published site when code, content, public files and the clock say the same', async () => {
    const root = await publishedSite();
    expect(await upToDate(root, NOW)).toEqual({ changesAt: LATER });
    expect(await upToDate(await publishedSite({ changesAt: null }), new Date('2099-01-01'))).toEqual({
      changesAt: null,
    });
  });

  it('builds from the instant the clock changes what the site shows', async () => {
    const root = await publishedSite();
    expect(await upToDate(root, new Date(LATER - 1))).toBeDefined();
    expect(await upToDate(root, new Date(LATER))).toBeUndefined();
    // Nor before the build's own instant (a clock set back: PORTICO_NOW).
    expect(await upToDate(root, new Date(NOW.getTime() - 60_000))).toBeDefined();
    expect(await upToDate(root, new Date(NOW.getTime() - 60_001))).toBeUndefined();
  });

  it('builds when a content or public file was changed, added, touched or removed', async () => {
    for (const change of [
      (root: string) => touch(join(root, 'src/content/news/vi/tin.md')),
      (root: string) => writeFileSync(join(root, 'src/content/news/vi/moi.md'), '---\ntitle: Mới\n---\n'),
      (root: string) => rmSync(join(root, 'src/content/news/vi/tin.md')),
      (root: string) => touch(join(root, 'public/robots.txt')),
      (root: string) => writeFileSync(join(root, 'public/favicon.svg'), '<svg/>'),
    ]) {
      const root = await publishedSite();
      change(root);
      expect(await upToDate(root, NOW)).toBeUndefined();
    }
  });

  it('builds when the code changed, with no published site, or with a record that does not say enough', async () => {
    const code = await publishedSite();
    writeFileSync(join(code, 'province.config.ts'), 'export default {};\n');
    expect(await upToDate(code, NOW)).toBeUndefined();

    const gone = await publishedSite();
    rmSync(join(gone, 'dist'), { recursive: true });
    expect(await upToDate(gone, NOW)).toBeUndefined();

    // A record from before the clock was noted (no changesAt) or without the public files.
    expect(await upToDate(await publishedSite({ changesAt: undefined }), NOW)).toBeUndefined();
    expect(await upToDate(await publishedSite({ public: undefined }), NOW)).toBeUndefined();
    expect(await upToDate(await publishedSite({ builtAt: undefined }), NOW)).toBeUndefined();

    const unreadable = await publishedSite();
    writeFileSync(join(incrementalDirOf(unreadable), 'sources.json'), '{');
    expect(await upToDate(unreadable, NOW)).toBeUndefined();
  });
});
