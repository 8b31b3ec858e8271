import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishAtomically } from './atomic-publish.ts';
import { provinceProblems } from '../config/check-step.ts';

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'portico-atomic-'));
  const dist = join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'old site');
  return { dir, dist, work: join(dir, '.build') };
}

describe('atomic publishing', () => {
  it('a build that fails half-way leaves the previous dist/ untouched and removes its own output', async () => {
    const { dist, work } = tree();
    await expect(
      publishAtomically(dist, work, async (out) => {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), 'half-written');
        throw new Error('a post-build step failed');
      }),
    ).rejects.toThrow('a post-build step failed');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old site');
    expect(readdirSync(work)).toEqual([]);
  });

  it('a build that passes replaces dist/ whole', async () => {
    const { dist, work } = tree();
    writeFileSync(join(dist, 'stale.html'), 'gone after the swap');
    await publishAtomically(dist, work, async (out) => {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), 'new site');
    });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(join(dist, 'stale.html'))).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });
});

describe('province.config.ts check', () => {
  it('passes on the shipped configuration', async () => {
    expect(await provinceProblems(process.cwd())).toEqual([]);
  });

  it('names the field, the value and the fix for a bad value', async () => {
    const dir = mkdtempSync(join(process.cwd(), '.build-province-'));
    try {
      const config = readFileSync('province.config.ts', 'utf8')
        .replace("primary: '#1f5d3a'", "primary: 'green'")
        .replace("from './src/schemas/province.ts'", `from '${join(process.cwd(), 'src/schemas/province.ts')}'`);
      writeFileSync(join(dir, 'province.config.ts'), config);
      const problems = await provinceProblems(dir);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'province.config.ts', field: 'colours.primary', found: '"green"', example: '#1f5d3a' });
      expect(problems[0]!.en).toMatch(/#RRGGBB/);
      expect(problems[0]!.vi).toMatch(/#RRGGBB/);
    } finally {
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    }
  });
});
