/** Every rule code a schema raises has its editor's message. */
import { readFileSync } from 'node:fs';
import { schemaFiles } from '../collections/schema-docs.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, problemFromIssue, problemFromRule } from '../lib/problems.ts';
import { REPO } from '../../test/helpers/content.ts';

describe('RULES', () => {
  it('has a message for every custom message code in the schemas', () => {
    const codes = schemaFiles(REPO).flatMap((f) =>
      [...readFileSync(join(REPO, f), 'utf8').matchAll(/message: '([a-zA-Z]+\.[a-zA-Z]+)'/g)].map((m) => m[1]!),
    );
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => !RULES[c])).toEqual([]);
  });

  it('every rule has both languages and fills its placeholders', () => {
    for (const [code, rule] of Object.entries(RULES)) {
      expect(rule.vi, code).not.toBe('');
      expect(rule.en, code).not.toBe('');
    }
    const p = problemFromRule(
      'ref.missing',
      { file: 'a.md', field: 'sector', found: 'x' },
      { value: 'x', where: 'src/content/sectors/', known: 'a, b', first: 'a' },
    );
    expect(p).toEqual({
      file: 'a.md',
      field: 'sector',
      found: '"x"',
      vi: 'Không có mục "x" trong src/content/sectors/. Các tên hiện có: a, b.',
      en: 'There is no "x" in src/content/sectors/. Existing names: a, b.',
      example: 'a',
    });
  });

  it('turns a regex issue without a rule into a readable message', () => {
    const p = problemFromIssue('c.yaml', {
      code: 'invalid_format',
      format: 'regex',
      pattern: '/^[a-z]{2}$/',
      path: ['languages', 0],
      message: 'x',
      input: 'vie',
    });
    expect(p).toMatchObject({ field: 'languages.0', found: '"vie"', en: 'Wrong form: it must match /^[a-z]{2}$/.' });
  });
});
