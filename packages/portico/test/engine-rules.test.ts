/**
 * Rules the engine keeps about itself: it names no province (a province's facts live in its
 * site), its pure logic reads no file, no Astro module and no clock, and a section is one folder
 * registered once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_SPECS } from '../src/sections/index.ts';
import { COLLECTIONS } from '../src/collections/index.ts';

const ENGINE = join(import.meta.dirname, '..');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(relative(ENGINE, path));
  }
  return out;
}

/** What the package ships: everything but tests and their fixtures. */
const shipped = walk(ENGINE).filter(
  (f) => !f.startsWith('test/') && !/\.(test|spec)\.ts$/.test(f) && !f.endsWith('CHANGELOG.md'),
);

/** Place names of the sample site (Lạng Sơn): the engine must not assume its first user. */
const PROVINCE_NAMES =
  /Lạng Sơn|Lang Son|谅山|Hữu Nghị|Huu Nghi|友谊关|Đồng Đăng|Dong Dang|同登|Kỳ Lừa|Ky Lua|Mẫu Sơn|Mau Son|Kỳ Cùng|Tam Thanh|Chi Lăng|langson|lang-son/;

describe('the engine', () => {
  it('ships files to check', () => expect(shipped.length).toBeGreaterThan(100));

  it('names no province', () => {
    const offences = shipped
      .filter((f) => /\.(ts|astro|json|md|css|svg|yaml|js)$/.test(f))
      .flatMap((f) =>
        readFileSync(join(ENGINE, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (PROVINCE_NAMES.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 100)}`] : [])),
      );
    expect(offences).toEqual([]);
  });

  it('the rule above catches a province name', () => {
    expect(PROVINCE_NAMES.test('the gate at Hữu Nghị')).toBe(true);
    expect(PROVINCE_NAMES.test('a border gate')).toBe(false);
  });
});

/** Adapters may read files, content and the clock; everything else under these folders is pure. */
const ADAPTER =
  /(^|\/)(data|routes|source|content|schema-docs|build-step|indexer|index-worker|index-sizes|merge-indexes|section)\.ts$|\/(endpoints|views|components)\//;
const IMPURE = /from ['"]astro:|['"]node:fs|Date\.now\(|new Date\(\)|performance\.now\(/;

describe('pure logic', () => {
  const pure = shipped.filter(
    (f) =>
      /^src\/(lib|sections|i18n|collections)\//.test(f) &&
      f.endsWith('.ts') &&
      !f.endsWith('.d.ts') &&
      !ADAPTER.test(f),
  );

  it('covers the sections’ logic and the shared helpers', () => {
    expect(pure).toContain('src/sections/calendar/lunar.ts');
    expect(pure).toContain('src/lib/paginate.ts');
    expect(pure.length).toBeGreaterThan(30);
  });

  it('imports no astro:* module, no file system and reads no clock', () => {
    const offences = pure.filter((f) => IMPURE.test(readFileSync(join(ENGINE, f), 'utf8')));
    expect(offences).toEqual([]);
  });

  it('the rule above catches each kind of impurity', () => {
    for (const text of [
      "import { getCollection } from 'astro:content';",
      "import { readFileSync } from 'node:fs';",
      'const t = Date.now();',
      'const d = new Date();',
    ])
      expect(IMPURE.test(text), text).toBe(true);
    expect(IMPURE.test("const d = new Date('2025-01-01');")).toBe(false);
  });
});

describe('the section registry', () => {
  it('registers every section folder once, with a unique key and URL segment per language', () => {
    const folders = readdirSync(join(ENGINE, 'src/sections'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(SECTION_SPECS.map((s) => s.key).sort()).toEqual(folders);
    for (const locale of ['vi', 'en', 'zh'] as const) {
      const segments = SECTION_SPECS.map((s) => s.path[locale]);
      expect(new Set(segments).size, locale).toBe(segments.length);
    }
  });

  it('gives every collection exactly one owner and each entry collection a section', () => {
    const owned = SECTION_SPECS.flatMap((s) => Object.keys(s.collections));
    expect(new Set(owned).size).toBe(owned.length);
    for (const s of SECTION_SPECS)
      for (const c of s.entryCollections) expect(COLLECTIONS[c as keyof typeof COLLECTIONS].layout, c).toBe('prose');
  });
});
