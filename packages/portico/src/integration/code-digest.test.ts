import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { codeFiles, codeFingerprint } from './code-digest.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'portico-code-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const base = {
  'engine/src/view.astro': '<h1>x</h1>',
  'engine/src/view.test.ts': 'test',
  'engine/README.md': '# engine',
  'engine/data/dates.yaml': 'a: 1',
  'engine/node_modules/dep/index.js': 'dep',
  'site/province.config.ts': 'export default {}',
  'site/package-lock.json': '{}',
  'site/notes.txt': 'not code',
  'site/src/i18n/en.json': '{}',
  'site/src/content/news/vi/a.md': 'content',
  'site/dist/index.html': 'output',
};

describe('the code pages are made with', () => {
  it('is the engine and the site’s code, not content, output, tests or documents', async () => {
    const root = tree(base);
    const names = (await codeFiles(join(root, 'site'), join(root, 'engine'))).map((f) => f.slice(root.length + 1));
    expect(names).toEqual([
      'engine/data/dates.yaml',
      'engine/src/view.astro',
      'site/package-lock.json',
      'site/province.config.ts',
      'site/src/i18n/en.json',
    ]);
  });

  it('changes with the code and the preview flag, not with content', async () => {
    const print = async (files: Record<string, string>, preview = false) => {
      const root = tree(files);
      // The same folder names in every tree: the site's path is part of the digest.
      return codeFingerprint(join(root, 'site'), join(root, 'engine'), preview).then((digest) => ({ root, digest }));
    };
    const a = await print(base);
    // Same files elsewhere: a different site folder, so a different digest; same folder again: same.
    expect((await print(base)).digest).not.toBe(a.digest);
    const again = await codeFingerprint(join(a.root, 'site'), join(a.root, 'engine'), false);
    expect(again).toBe(a.digest);
    expect(await codeFingerprint(join(a.root, 'site'), join(a.root, 'engine'), true)).not.toBe(a.digest);

    writeFileSync(join(a.root, 'site/src/content/news/vi/a.md'), 'edited');
    writeFileSync(join(a.root, 'engine/README.md'), 'edited');
    writeFileSync(join(a.root, 'site/dist/index.html'), 'edited');
    expect(await codeFingerprint(join(a.root, 'site'), join(a.root, 'engine'), false)).toBe(a.digest);
    for (const file of ['engine/src/view.astro', 'site/src/i18n/en.json', 'site/package-lock.json']) {
      const before = await codeFingerprint(join(a.root, 'site'), join(a.root, 'engine'), false);
      writeFileSync(join(a.root, file), 'changed');
      expect(await codeFingerprint(join(a.root, 'site'), join(a.root, 'engine'), false), file).not.toBe(before);
    }
  });
});
