import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkTree, mergeLanguageIndexes, scratchOf } from './merge-indexes.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'portico-merge-'));
  dirs.push(dir);
  return dir;
};

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function read(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return out;
}

/** One language's index as Pagefind writes it on its own, with the cache's bookkeeping files. */
const language = (lang: string, version = '1.6.0') => ({
  'pagefind-entry.json': JSON.stringify({ version, languages: { [lang]: { hash: `${lang}_1`, page_count: 1 } } }),
  'pagefind.js': 'export {}',
  'pagefind-ui.js': 'ui',
  [`pagefind.${lang}_1.pf_meta`]: `meta ${lang}`,
  [`fragment/${lang}_a.pf_fragment`]: `fragment ${lang}`,
  [`index/${lang}_b.pf_index`]: `index ${lang}`,
  '.pages': 'pages',
});

describe('merging the languages’ indexes', () => {
  it('moves every language into pagefind/, shared folders file by file, with one entry listing them all', async () => {
    const out = temp();
    write(join(scratchOf(out), 'vi'), language('vi'));
    write(join(scratchOf(out), 'en'), language('en'));
    write(join(out, 'pagefind'), { 'fragment/stale.pf_fragment': 'from the previous build' });
    await mergeLanguageIndexes(out, ['vi', 'en']);
    expect(read(join(out, 'pagefind'))).toEqual({
      'fragment/en_a.pf_fragment': 'fragment en',
      'fragment/vi_a.pf_fragment': 'fragment vi',
      'index/en_b.pf_index': 'index en',
      'index/vi_b.pf_index': 'index vi',
      'pagefind.en_1.pf_meta': 'meta en',
      'pagefind.vi_1.pf_meta': 'meta vi',
      'pagefind.js': 'export {}',
      'pagefind-entry.json': JSON.stringify({
        version: '1.6.0',
        languages: { en: { hash: 'en_1', page_count: 1 }, vi: { hash: 'vi_1', page_count: 1 } },
      }),
    });
    expect(readdirSync(out)).toEqual(['pagefind']);
  });
});

describe('linking an index into place', () => {
  it('gives the same tree, its files shared with the original, never the original changed', async () => {
    const root = temp();
    write(join(root, 'cached'), language('zh-cn'));
    await linkTree(join(root, 'cached'), join(root, 'built'));
    expect(read(join(root, 'built'))).toEqual(read(join(root, 'cached')));
    const file = 'fragment/zh-cn_a.pf_fragment';
    expect(statSync(join(root, 'built', file)).ino).toBe(statSync(join(root, 'cached', file)).ino);
    // Removing the built copy (the next build replaces it) leaves the cached index whole.
    rmSync(join(root, 'built'), { recursive: true });
    expect(read(join(root, 'cached'))).toEqual(language('zh-cn'));
  });
});
