import { describe, expect, it } from 'vitest';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildLockedError, LOCK_FILE, SwapError, publishAtomically, type PublishOptions } from './atomic-publish.ts';
import { provinceProblems } from '../config/check-step.ts';

function tree() {
  const dir = mkdtempSync(join(tmpdir(), 'portico-atomic-'));
  const dist = join(dir, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'old site');
  return { dir, dist, work: join(dir, '.build') };
}

/** Publish a build that writes "new site"; what dist/ held while it built. */
async function publishNewSite(dist: string, work: string, options: PublishOptions = {}): Promise<string> {
  let during = '';
  await publishAtomically(
    dist,
    work,
    async (out) => {
      during = readFileSync(join(dist, 'index.html'), 'utf8');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), 'new site');
    },
    options,
  );
  return during;
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

describe('one build at a time, and nothing left behind', () => {
  it('a second build while one runs stops with a clear message; the first still publishes', async () => {
    const { dist, work } = tree();
    let finish!: () => void;
    const first = publishAtomically(dist, work, async (out) => {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), 'first');
      await new Promise<void>((resolve) => (finish = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await publishAtomically(dist, work, async () => {
      throw new Error('must not run');
    }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(BuildLockedError);
    expect((second as Error).message).toContain(`Another build is running (process ${process.pid}`);
    expect((second as Error).message).toContain('Một bản dựng khác đang chạy');
    finish();
    await first;
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first');
    expect(readdirSync(work)).toEqual([]);
  });

  it('takes over the lock of a build that no longer runs, and removes the temporary folders of earlier runs', async () => {
    const { dist, work } = tree();
    mkdirSync(join(work, 'site-old-1', 'en'), { recursive: true });
    mkdirSync(join(work, 'previous-old-1'), { recursive: true });
    writeFileSync(join(work, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 7, started: '2026-01-01T00:00:00Z' }));
    const lines: string[] = [];
    await publishAtomically(
      dist,
      work,
      async (out) => {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), 'new');
      },
      { log: (l) => lines.push(l), alive: () => false },
    );
    expect(readdirSync(work)).toEqual([]);
    expect(lines.join('\n')).toContain('Removed the lock of a build that no longer runs (process 4194311)');
    expect(lines.join('\n')).toContain('Removed 2 temporary folder(s) of earlier builds');
  });

  it('says the truth when the swap fails: dist/ is put back as it was', async () => {
    const { dist, work } = tree();
    // The build "succeeds" without writing its folder: the second rename fails (ENOENT).
    const error = await publishAtomically(dist, work, async () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwapError);
    expect((error as Error).message).toContain('was restored as it was');
    expect((error as Error).message).toContain('Could not move the new build into');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old site');
    expect(readdirSync(work)).toEqual([]);
  });

  it('nothing of the process runs between the swap’s two renames, and the record is retired first', async () => {
    const { dist, work } = tree();
    const seen: string[] = [];
    await publishNewSite(dist, work, {
      retire: () => {
        seen.push(`retire: ${readFileSync(join(dist, 'index.html'), 'utf8')}`);
        // A signal's handler or a broken pipe's error event would run like these.
        setImmediate(() => seen.push(`event: dist/ ${existsSync(dist) ? 'there' : 'missing'}`));
        process.nextTick(() => seen.push(`tick: dist/ ${existsSync(dist) ? 'there' : 'missing'}`));
      },
    });
    expect(seen).toEqual(['retire: old site', 'tick: dist/ there', 'event: dist/ there']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
  });

  it('with background, the replaced folder and an earlier build’s trash are deleted by a detached process', async () => {
    const { dist, work } = tree();
    mkdirSync(join(work, 'trash-older-1', 'page'), { recursive: true });
    writeFileSync(join(work, 'trash-older-1', 'page', 'index.html'), 'not deleted by an earlier build');
    await publishNewSite(dist, work, { background: true });
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    // Nothing but folders given away for deletion, and those go.
    expect(readdirSync(work).filter((name) => !name.startsWith('trash-'))).toEqual([]);
    await expect.poll(() => readdirSync(work), { timeout: 10_000 }).toEqual([]);
  });

  it('a failed build retires nothing', async () => {
    const { dist, work } = tree();
    let retired = 0;
    await expect(
      publishAtomically(
        dist,
        work,
        async () => {
          throw new Error('a page failed');
        },
        { retire: () => retired++ },
      ),
    ).rejects.toThrow('a page failed');
    expect(retired).toBe(0);
  });

  it('puts back the published site a build killed between the renames left aside, before building', async () => {
    const { dir, dist, work } = tree();
    // Killed after dist/ went aside: dist/ is missing, the new output and the old site are in .build/.
    mkdirSync(join(work, 'site-next'), { recursive: true });
    writeFileSync(join(work, 'site-next', 'index.html'), 'never published');
    mkdirSync(join(work, 'previous-older-1'));
    writeFileSync(join(work, 'previous-older-1', 'index.html'), 'older');
    const older = new Date(Date.now() - 60_000);
    utimesSync(join(work, 'previous-older-1'), older, older);
    renameSync(dist, join(work, 'previous-abc-2'));
    const lines: string[] = [];
    let retired = 0;
    const during = await publishNewSite(dist, work, { log: (l) => lines.push(l), retire: () => retired++ });
    expect(during).toBe('old site');
    expect(retired).toBe(2);
    expect(lines.join('\n')).toContain('Put back the published site that an interrupted build left in previous-abc-2');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['.build', 'dist']);
  });

  it('does not put back a folder left aside when dist/ is there', async () => {
    const { dist, work } = tree();
    mkdirSync(join(work, 'previous-abc-2'), { recursive: true });
    writeFileSync(join(work, 'previous-abc-2', 'index.html'), 'older');
    let retired = 0;
    const during = await publishNewSite(dist, work, { retire: () => retired++ });
    expect(during).toBe('old site');
    expect(retired).toBe(1);
    expect(readdirSync(work)).toEqual([]);
  });

  it('a clean-up that meets a straggling writer retries, and never hides the build’s own error', async () => {
    const { dist, work } = tree();
    let writer: ReturnType<typeof setInterval> | undefined;
    const error = await publishAtomically(dist, work, async (out) => {
      mkdirSync(join(out, 'page'), { recursive: true });
      let n = 0;
      writer = setInterval(() => {
        try {
          mkdirSync(join(out, 'page'), { recursive: true });
          writeFileSync(join(out, 'page', `${n++}.html`), 'late');
        } catch {
          /* the folder is being removed */
        }
      }, 2);
      setTimeout(() => clearInterval(writer), 300);
      throw new Error('a page failed to render');
    }).catch((e: unknown) => e);
    clearInterval(writer);
    expect((error as Error).message).toBe('a page failed to render');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old site');
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
      expect(problems[0]).toMatchObject({
        file: 'province.config.ts',
        field: 'colours.primary',
        found: '"green"',
        example: '#1f5d3a',
      });
      expect(problems[0]!.en).toMatch(/#RRGGBB/);
      expect(problems[0]!.vi).toMatch(/#RRGGBB/);
    } finally {
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    }
  });
});
