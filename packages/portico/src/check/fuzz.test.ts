/**
 * Whatever an editor types, the check answers with problems, never with a crash: random and
 * malformed frontmatter, random records and random bodies, for several collections.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { NOW, tempRoot } from '../../test/helpers/content.ts';

/** One small tree reused by every run: the fuzzed file is rewritten each time. */
const root = tempRoot();
const write = (path: string, text: string) => {
  rmSync(join(root, 'src/content'), { recursive: true, force: true });
  const abs = join(root, 'src/content', path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
};

/** The check must not throw, and every problem must say which file and which field. */
function assertSound(path: string, text: string): void {
  write(path, text);
  const problems = checkContent(root, { now: NOW });
  for (const p of problems) {
    expect(p.file.length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p.field.length, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p.vi.length).toBeGreaterThan(0);
    expect(p.en.length).toBeGreaterThan(0);
    expect(`${p.vi}${p.en}`).not.toMatch(/\n\s+at /);
  }
}

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 120) };

/** Characters that matter to YAML and MDX, mixed with ordinary text. */
const yamlish = fc.string({
  unit: fc.constantFrom(
    ...':-#[]{}"\'|>&*!%@`,?\n\n  \tabc123 ',
    'title',
    'date',
    'đ',
    'Ơ',
    '谅',
    '2025-02-31',
    '- ',
    ': ',
    '\n  ',
  ),
  maxLength: 120,
});

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      '2025-02-31',
      '2026-12-01 09:00',
      '2026-12-01T09:00+07:00',
      'TODO',
      'huu-nghi-gate',
      './x.jpg',
      'vi',
      'border-gate',
    ),
  ),
  node: fc.oneof(
    { maxDepth: 3 },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** Keys the schemas know, so random records reach deep into them. */
const knownKey = fc.constantFrom(
  'title',
  'description',
  'slug',
  'draft',
  'publishAt',
  'updated',
  'sourceLocale',
  'cover',
  'redirectFrom',
  'type',
  'date',
  'kind',
  'location',
  'coordinates',
  'sectors',
  'source',
  'file',
  'caption',
  'alt',
  'contacts',
  'assets',
  'name',
  'role',
  'phone',
  'section',
);
const record = fc.dictionary(fc.oneof(knownKey, fc.string({ maxLength: 10 })), value, { maxKeys: 8 });

const dump = (data: unknown): string => yaml.dump(data, { skipInvalid: true, lineWidth: -1 });

const PROSE = [
  'pages/vi/fuzz.md',
  'news/en/fuzz.mdx',
  'zones/vi/fuzz.md',
  'press-kits/zh/fuzz.md',
  'destinations/vi/fuzz.mdx',
];

describe('the check never throws and always names file and field', { timeout: 60_000 }, () => {
  it('random YAML-ish frontmatter text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROSE), yamlish, (path, text) =>
        assertSound(path, `---\n${text}\n---\n\nNội dung.\n`),
      ),
      RUNS,
    );
  });

  it('random objects as frontmatter, for several collections', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROSE), record, (path, data) =>
        assertSound(path, `---\n${dump(data)}---\n\n# Tiêu đề\n\n[a](#tieu-de)\n`),
      ),
      RUNS,
    );
  });

  it('random records and lists (media, contacts, glossary, calendar dates)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'media/fuzz.yaml',
          'contacts.yaml',
          'glossary.yaml',
          'calendar-dates.yaml',
          'diplomatic-relations.yaml',
        ),
        record,
        fc.boolean(),
        (path, data, asList) =>
          assertSound(path, dump(asList && !path.startsWith('media') ? { 'fuzz-item': data } : data)),
      ),
      RUNS,
    );
  });

  it('random top-level YAML values and malformed text in YAML files', () => {
    fc.assert(
      fc.property(fc.constantFrom('media/fuzz.yaml', 'contacts.yaml'), fc.oneof(yamlish, value.map(dump)), assertSound),
      RUNS,
    );
  });

  it('random Markdown and MDX bodies', () => {
    const body = fc.string({
      unit: fc.constantFrom(
        ...'<>{}[]()#*_`!/\\\n "=',
        'a',
        'Note',
        'script',
        'import x from "y"\n',
        'export ',
        '](#',
        '](/en/',
        '<Note>',
        '</Note>',
        '{/* c */}',
        'on',
        'TODO',
        '---\n',
        '\n\n',
      ),
      maxLength: 150,
    });
    fc.assert(
      fc.property(fc.constantFrom('pages/vi/fuzz.md', 'pages/vi/fuzz.mdx'), body, (path, text) =>
        assertSound(
          path,
          `---\ntitle: Trang thử\ndescription: Một trang để thử nội dung ngẫu nhiên.\n---\n\n${text}\n`,
        ),
      ),
      RUNS,
    );
  });
});
