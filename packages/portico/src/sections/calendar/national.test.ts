import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ENGINE_LISTS, engineListFile, mergeById } from './national.ts';

const load = (collection: string) =>
  yaml.load(readFileSync(engineListFile(collection)!, 'utf8')) as Record<string, { kind?: string }>;

describe('mergeById', () => {
  it("keeps the engine's order, replaces a record of the same id in place and appends the site's others", () => {
    const merged = mergeById({ tet: 1, 'national-day': 2 }, { founding: 3, tet: 9 });
    expect(merged).toEqual([
      ['tet', 9],
      ['national-day', 2],
      ['founding', 3],
    ]);
  });

  it('gives the site alone when the engine has nothing, and the engine alone when the site is empty', () => {
    expect(mergeById({}, { a: 1 })).toEqual([['a', 1]]);
    expect(mergeById({ a: 1 }, {})).toEqual([['a', 1]]);
  });
});

describe("the engine's lists", () => {
  it('exist for the calendar dates and the diplomatic relations only', () => {
    expect(Object.keys(ENGINE_LISTS).sort()).toEqual(['calendar-dates', 'diplomatic-relations']);
    for (const collection of Object.keys(ENGINE_LISTS)) expect(existsSync(engineListFile(collection)!)).toBe(true);
    expect(engineListFile('glossary')).toBeUndefined();
  });

  it('hold national dates only: no province’s own date', () => {
    const kinds = new Set(Object.values(load('calendar-dates')).map((d) => d.kind));
    expect(kinds.has('provincial')).toBe(false);
    expect([...kinds].sort()).toEqual(['holiday', 'international', 'national']);
  });
});
