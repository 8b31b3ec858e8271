// `portico check` on the sample site as it was before its editorial correction: the site's
// content with the original files kept in tests/fixtures/editorial put back. The check (and so the
// build, which runs it) must report the real mistakes: the Hữu Lũng capital ten times too small in
// Chinese, and the press kit's glossary drift. On today's corrected content it reports nothing.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectContent } from '../../packages/portico/src/check/index.ts';
import { formatReport } from '../../packages/portico/src/lib/problems.ts';

const REPO = join(import.meta.dirname, '../..');
const ORIGINALS = join(REPO, 'tests/fixtures/editorial');
const NOW = new Date('2026-06-01T00:00:00Z');

/** A copy of the site's content with every original file of the fixtures put back in its place. */
function originalTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'portico-originals-'));
  cpSync(join(REPO, 'src/content'), join(root, 'src/content'), { recursive: true });
  for (const collection of readdirSync(ORIGINALS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    cpSync(join(ORIGINALS, collection.name), join(root, 'src/content', collection.name), { recursive: true });
  }
  return root;
}

describe('portico check on the sample content', () => {
  const root = originalTree();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const before = inspectContent(root, { now: NOW }).problems;
  const at = (file: string) => before.filter((p) => p.file === `src/content/${file}`);

  it('as it was: reports the Hữu Lũng capital that Chinese made ten times smaller, with both values', () => {
    const problems = at('zones/zh/khu-cong-nghiep-huu-lung.md').filter((p) => p.en.startsWith('The figure differs'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 18, found: '"6361亿越南盾"', field: '(body)' });
    expect(problems[0]!.en).toContain(
      'the source has 6.361 tỷ đồng (line 17 of src/content/zones/vi/khu-cong-nghiep-huu-lung.md',
    );
    expect(problems[0]!.en).toContain('value 6,361,000,000,000 VND');
    expect(problems[0]!.en).toContain('value 636,100,000,000 VND');
    expect(problems[0]!.vi).toMatch(/^Số liệu khác bản gốc: bản gốc ghi 6\.361 tỷ đồng/);
    // English kept the value.
    expect(at('zones/en/khu-cong-nghiep-huu-lung.md').filter((p) => p.en.startsWith('The figure'))).toEqual([]);
  });

  it('as it was: reports the press kit’s glossary drift in Chinese and the diacritics left in English', () => {
    const zh = at('press-kits/zh/lang-son-at-a-glance.md').map((p) => p.found);
    expect(zh).toEqual(expect.arrayContaining(['"苗族"', '"省、乡"', '"个乡"']));
    const en = at('press-kits/en/lang-son-at-a-glance.md').filter((p) => p.en.startsWith('English drops'));
    expect(en.map((p) => p.found)).toEqual(expect.arrayContaining(['"Mông"']));
    for (const p of [...at('press-kits/zh/lang-son-at-a-glance.md'), ...en]) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.vi).not.toBe('');
    }
  });

  it('as corrected today: reports nothing', () => {
    const problems = inspectContent(REPO, { now: NOW }).problems;
    expect(formatReport(problems)).toBe('');
  });
});
