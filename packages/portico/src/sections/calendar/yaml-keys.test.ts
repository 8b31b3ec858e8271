/**
 * Country codes are YAML keys, and YAML 1.1 parsers (many editors' tools, older libraries) read
 * an unquoted `no:` (Norway), `yes:`, `on:`, `off:`, `y:` or `n:` as a boolean (issue 17). The
 * engine's national data quotes every such key, so every parser reads the country code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const DATA = join(import.meta.dirname, '../../../data');
const YAML11_BOOLEAN = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/** The unquoted top-level keys of a YAML text that a YAML 1.1 parser reads as booleans. */
function booleanLookingKeys(text: string): string[] {
  return [...text.matchAll(/^([^\s#"'][^:\s]*):/gm)].map((m) => m[1]!).filter((k) => YAML11_BOOLEAN.test(k));
}

describe('country codes in the engine’s data', () => {
  it('finds an unquoted no: and accepts a quoted one', () => {
    expect(booleanLookingKeys('nl:\n  a: 1\nno:\n  a: 1\n"on":\n  a: 1\n')).toEqual(['no']);
  });

  for (const file of ['diplomatic-relations.yaml', 'national-dates.yaml']) {
    it(`${file}: no key a YAML 1.1 parser reads as true or false`, () => {
      const text = readFileSync(join(DATA, file), 'utf8');
      expect(booleanLookingKeys(text)).toEqual([]);
    });
  }

  it('reads Norway under its code', () => {
    const data = yaml.load(readFileSync(join(DATA, 'diplomatic-relations.yaml'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(data)).toContain('no');
    expect(JSON.stringify(data['no'])).toContain('Norway');
  });
});
