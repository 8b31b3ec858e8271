// The configuration reference names every field a site can set, so it cannot fall behind the schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProvinceSchema } from '../src/config/schema.ts';

describe('docs/configuration.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../docs/configuration.md'), 'utf8');
  it.each(Object.keys(ProvinceSchema.shape))('documents `%s`', (field) => {
    // A row of the field table whose first cell is the field (Prettier pads the cells).
    expect(doc).toMatch(new RegExp(`^\\| \`${field}\` +\\|`, 'm'));
  });
  it.each(Object.keys(ProvinceSchema.shape.colours.shape))('names the colour `%s`', (colour) => {
    expect(doc).toContain(`\`${colour}\``);
  });
});

describe('the string keys the reference suggests overriding', () => {
  const doc = readFileSync(join(import.meta.dirname, '../docs/configuration.md'), 'utf8');
  const en = JSON.parse(readFileSync(join(import.meta.dirname, '../src/i18n/en.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const section = doc.slice(doc.indexOf("## The site's own wording"), doc.indexOf('## Content the engine provides'));
  const keys = [...section.matchAll(/`([a-z]+(?:\.[a-zA-Z]+)+)`/g)].map((m) => m[1]!);
  it('are found', () => expect(keys.length).toBeGreaterThan(5));
  it.each(keys)('`%s` exists in the engine', (key) => {
    const value = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
    expect(typeof value).toBe('string');
  });
});
