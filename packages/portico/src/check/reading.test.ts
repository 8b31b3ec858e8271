/** The content reader shared by check, status and calendar. */
import { describe, expect, it } from 'vitest';
import { lineOf, readContent, splitFrontMatter } from './reading.ts';
import { VALID, tree } from '../../test/helpers/content.ts';

describe('readContent', () => {
  it('finds every file of the valid tree, by kind, in a stable order', () => {
    const content = readContent(VALID);
    expect(content.placement).toEqual([]);
    const kinds = content.files.map((f) => `${f.kind} ${f.file.replace('src/content/', '')}`);
    expect(kinds).toEqual([...kinds].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!)));
    expect(kinds).toContain('list contacts.yaml');
    expect(kinds).toContain('record media/huu-nghi-gate.yaml');
    expect(kinds).toContain('picture media/huu-nghi-gate.jpg');
    expect(kinds).toContain('prose news/vi/tet-2026.mdx');
    const news = content.files.find((f) => f.file.endsWith('news/vi/tet-2026.mdx'));
    expect(news).toMatchObject({ kind: 'prose', collection: 'news', locale: 'vi', name: 'tet-2026', ext: '.mdx' });
    expect(news?.kind === 'prose' && news.front.status === 'ok' && news.front.yaml.ok).toBe(true);
  });

  it('keeps dates as text (CORE schema) and reports syntax errors with their line', () => {
    const root = tree({ 'sectors/vi/logistics.md': (t) => t.replace('order: 1', 'order: [1\nkind: x') });
    const file = readContent(root).files.find((f) => f.file.endsWith('sectors/vi/logistics.md'))!;
    expect(
      file.kind === 'prose' && file.front.status === 'ok' && !file.front.yaml.ok && file.front.yaml.index,
    ).toBeGreaterThan(0);
    const front = splitFrontMatter('---\ndate: 2026-02-10\n---\n');
    expect(front.status === 'ok' && front.yaml.ok && front.yaml.value).toEqual({ date: '2026-02-10' });
  });

  it('reads only the collections asked for, without placement problems', () => {
    const root = tree({ 'newz/vi/a.md': 'x' });
    expect(readContent(root).placement.map((p) => p.file)).toEqual(['src/content/newz/']);
    const only = readContent(root, { only: ['glossary', 'pages'] });
    expect(only.placement).toEqual([]);
    expect(new Set(only.files.map((f) => f.collection))).toEqual(new Set(['glossary', 'pages']));
  });
});

describe('lineOf', () => {
  it('finds nested keys and list items', () => {
    const lines = ['a: 1', 'b:', '  c: 2', '  d:', '    - x', '    - e: 3', '      f: 4'];
    expect(lineOf(lines, ['b', 'c'])).toBe(3);
    expect(lineOf(lines, ['b', 'd', 1, 'f'])).toBe(7);
    expect(lineOf(lines, ['z'])).toBeUndefined();
  });
});
