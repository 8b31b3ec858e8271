/** The commands as editors run them: child processes, exit codes, and no stack traces. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/check/index.ts';
import { translationStatus } from '../src/editor/admin.ts';
import { NOW, REPO, VALID, tree } from '../test/helpers/content.ts';

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(REPO, 'bin/portico.js'), script.replace(/\.ts$/, ''), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PORTICO_NOW: NOW.toISOString(), ...env },
    timeout: 30_000,
  });

const noStack = (text: string) => expect(text).not.toMatch(/^\s{4}at /m);

describe('npm run check', { timeout: 60_000 }, () => {
  it('exits 1 with the editors’ message and no stack trace on a bad tree (--root)', () => {
    const root = tree({
      'news/vi/tet-2026.mdx': (t) =>
        t
          .replace('date: 2026-02-10', 'date: 2025-02-31')
          .replace('---\n\nimport', '---\n\nimport X from "x"\n\nimport'),
    });
    const result = run('check.ts', ['--root', root]);
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    expect(output).toContain(
      '✖ src/content/news/vi/tet-2026.mdx:5\n  trường / field: date\n  giá trị / found: "2025-02-31"',
    );
    expect(output).toContain('EN: Not a real date. Write an existing date as YYYY-MM-DD.');
    expect(output).toContain('"import" and "export" are not allowed in content.');
    expect(output).toContain('2 problem(s) in 1 file(s).');
    noStack(output);
  });

  it('reads PORTICO_ROOT and survives a malformed file without a stack trace', () => {
    const root = tree({ 'sectors/vi/logistics.md': '---\ntitle: [oops\n---\n\n<Note>\n' });
    const result = run('check.ts', [], { PORTICO_ROOT: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('YAML syntax error');
    noStack(result.stdout + result.stderr);
  });

  it('prints a one-line summary and the held-back entries on a valid tree', () => {
    const root = tree({
      'sectors/vi/later.md':
        '---\ntitle: Sắp công bố\ndescription: Một lĩnh vực sẽ công bố sau.\npublishAt: "2026-12-01 09:00"\n---\n\nNội dung.\n',
    });
    const result = run('check.ts', ['--root', root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '⏸ src/content/sectors/vi/later.md: chưa đăng đến / held back until 2026-12-01 09:00',
    );
    expect(result.stdout).toMatch(/✓ Nội dung hợp lệ \/ Content OK: 7 mục \/ entries .* — \d+\.\d\d s\n$/);
  });
});

describe('npm run new', { timeout: 120_000 }, () => {
  it('writes three files that fail the check only because of their TODOs', () => {
    const root = tree();
    // Text, choices (enums), dates, references and lists of references.
    for (const collection of ['zones', 'opportunities', 'press-kits']) {
      const result = run('new.ts', [collection, `test-${collection}`], { PORTICO_ROOT: root });
      expect(result.stderr, collection).toBe('');
      expect(result.status).toBe(0);
    }
    expect(readdirSync(join(root, 'src/content/zones'))).toEqual(['en', 'vi', 'zh']);
    const zone = readFileSync(join(root, 'src/content/zones/vi/test-zones.md'), 'utf8');
    expect(zone).toContain(
      '# Nguồn: Văn bản luật, quyết định hoặc trang chính thức cho các thông tin trên.\n# Where the facts come from (a law, decision or official page).\nsource: "TODO: source"',
    );
    expect(zone).toContain(
      'kind: economic-zone # TODO: chọn / choose: economic-zone | industrial-park | industrial-cluster | border-gate',
    );
    const problems = checkContent(root, { now: NOW });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.en.startsWith('Still has TODO'))).toEqual([]);
    // Every problem is a TODO in one of the new files: nothing else about them is wrong.
    expect(problems.every((p) => p.file.includes('/test-'))).toBe(true);
  });

  it('refuses to overwrite, unknown collections and bad names, in both languages', () => {
    const root = tree();
    const taken = run('new.ts', ['news', 'tet-2026'], { PORTICO_ROOT: root });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('Đã có tệp, không ghi đè: src/content/news/vi/tet-2026.mdx');
    expect(taken.stderr).toContain('nothing was overwritten');
    expect(existsSync(join(root, 'src/content/news/zh/tet-2026.md'))).toBe(false);
    const unknown = run('new.ts', ['newz', 'a'], { PORTICO_ROOT: root });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/"newz" không phải loại nội dung[\s\S]*"newz" is not a collection/);
    const bad = run('new.ts', ['news', 'Lễ_hội'], { PORTICO_ROOT: root });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('e.g. le-hoi');
    noStack(unknown.stderr + bad.stderr + taken.stderr);
  });

  it('prints the YAML to add for records and lists', () => {
    const root = tree();
    const media = run('new.ts', ['media', 'ky-lua-market'], { PORTICO_ROOT: root });
    expect(media.status).toBe(0);
    expect(media.stdout).toContain('file: ./ky-lua-market.jpg # TODO');
    const contact = run('new.ts', ['contacts', 'tourism-office'], { PORTICO_ROOT: root });
    expect(contact.stdout).toMatch(
      /^tourism-office:\n {2}# Loại đầu mối: spokesperson \(người phát ngôn\).*\n {2}# spokesperson, press-office/m,
    );
    expect(run('new.ts', ['contacts', 'press-office'], { PORTICO_ROOT: root }).status).toBe(1);
  });
});

describe('npm run status', { timeout: 60_000 }, () => {
  it('prints JSON with --json', () => {
    const out = execFileSync(process.execPath, [join(REPO, 'bin/portico.js'), 'status', '--json', '--root', VALID], {
      encoding: 'utf8',
    });
    const data = JSON.parse(out) as {
      entries: { collection: string; name: string; states: Record<string, string> }[];
      uiKeys: unknown[];
    };
    expect(data.entries.find((e) => e.name === 'gioi-thieu')?.states).toEqual({ vi: 'source', en: 'done', zh: 'done' });
    expect(data.entries.find((e) => e.name === 'logistics')?.states).toEqual({
      vi: 'source',
      en: 'missing',
      zh: 'missing',
    });
  });

  it("gives the editor's status page the same entries, read in its own process without the translators' checks", async () => {
    const out = execFileSync(process.execPath, [join(REPO, 'bin/portico.js'), 'status', '--json', '--root', VALID], {
      encoding: 'utf8',
    });
    const { entries } = JSON.parse(out) as { entries: unknown[] };
    const read = await translationStatus(VALID);
    expect(read.error).toBeUndefined();
    expect(read.entries).toEqual(entries);
    expect(read.entries.length).toBeGreaterThan(3);
  });

  it('lists the uses of unconfirmed glossary terms and, per language, the entries with figures and no source', () => {
    const root = tree({
      'glossary.yaml': (t) => t.replace('  zh: 谅山\n', '  zh: 谅山\n  unconfirmed: true\n'),
      'pages/zh/gioi-thieu.md': (t) => t.replaceAll('谅山', 'Lạng Sơn'),
      'culture/vi/hat-then.md': (t) => `${t}\nKinh phí 6.361 tỷ đồng.\n`,
      'culture/en/hat-then.md': (t) => `${t}\nFunding of VND 6,361 billion.[^1]\n\n[^1]: Decision 12/QD-UBND.\n`,
    });
    const json = JSON.parse(
      execFileSync(process.execPath, [join(REPO, 'bin/portico.js'), 'status', '--json', '--root', root], {
        encoding: 'utf8',
      }),
    ) as {
      glossary: { kind: string; term: string; locale: string; file: string; line: number; found: string }[];
      unsourced: { file: string; locale: string; figures: string[] }[];
    };
    expect(json.glossary).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'use',
          term: 'lang-son',
          locale: 'vi',
          file: 'src/content/pages/vi/gioi-thieu.md',
        }),
        expect.objectContaining({ kind: 'translation', term: 'lang-son', found: 'Lạng Sơn', line: 2 }),
      ]),
    );
    // The English cites its source in a footnote; the Vietnamese cites none.
    expect(json.unsourced).toEqual([
      { file: 'src/content/culture/vi/hat-then.md', locale: 'vi', figures: ['6.361 tỷ đồng'] },
    ]);
    const text = execFileSync(process.execPath, [join(REPO, 'bin/portico.js'), 'status', '--root', root], {
      encoding: 'utf8',
    });
    expect(text).toContain('  lang-son: vi "Lạng Sơn" · en "Lang Son" · zh "谅山"');
    expect(text).toContain('    src/content/pages/zh/gioi-thieu.md:2  "Lạng Sơn" ≠ "谅山" (translation)');
    expect(text).toContain('  vi: 1 mục / entries\n    src/content/culture/vi/hat-then.md: 6.361 tỷ đồng');
  });

  it('prints a table', () => {
    const out = execFileSync(process.execPath, [join(REPO, 'bin/portico.js'), 'status', '--root', VALID], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/pages\/gioi-thieu +gốc\/source +✓ +✓/);
    expect(out).toContain('news/tet-2026');
  });
});

describe('the compiled modules', { timeout: 60_000 }, () => {
  /** `portico status` run from `cwd` (the site itself is VALID, given with --root). */
  const statusFrom = (cwd: string, env: Record<string, string> = {}) => {
    const clean = { ...process.env };
    delete clean.NODE_COMPILE_CACHE;
    delete clean.NODE_DISABLE_COMPILE_CACHE;
    return spawnSync(process.execPath, [join(REPO, 'bin/portico.js'), 'status', '--json', '--root', VALID], {
      cwd,
      encoding: 'utf8',
      env: { ...clean, ...env },
    });
  };
  const folder = (withNodeModules: boolean) => {
    const dir = mkdtempSync(join(tmpdir(), 'portico-compile-'));
    if (withNodeModules) mkdirSync(join(dir, 'node_modules'));
    return dir;
  };

  it("are kept in the site folder's cache, never elsewhere, and not when turned off", () => {
    const site = folder(true);
    const off = folder(true);
    const elsewhere = folder(false);
    try {
      const cache = (dir: string) => join(dir, 'node_modules', '.cache', 'portico', 'compile');
      expect(statusFrom(site).status).toBe(0);
      expect(readdirSync(cache(site)).length).toBeGreaterThan(0);
      expect(statusFrom(off, { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
      expect(existsSync(cache(off))).toBe(false);
      expect(statusFrom(elsewhere).status).toBe(0);
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      for (const dir of [site, off, elsewhere]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
