// The Lạng Sơn calendar files against the engine's schemas.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, RelationSchema } from '../../packages/portico/src/sections/calendar/schema.ts';

describe('the content files', () => {
  const load = (file: string) =>
    (yaml.load(readFileSync(new URL(`../../src/content/${file}`, import.meta.url), 'utf8')) ?? {}) as Record<
      string,
      unknown
    >;

  it('pass their schemas', () => {
    for (const [id, value] of Object.entries(load('calendar-dates.yaml'))) {
      expect(CalendarDateSchema().safeParse(value).success, id).toBe(true);
    }
    for (const [id, value] of Object.entries(load('diplomatic-relations.yaml'))) {
      expect(RelationSchema().safeParse(value).success, id).toBe(true);
    }
  });

  it('list each partnership level’s last upgrade as the current level', () => {
    for (const [id, value] of Object.entries(load('diplomatic-relations.yaml'))) {
      const r = RelationSchema().parse(value);
      expect(r.history.at(-1)?.level ?? 'none', id).toBe(r.partnership);
    }
  });
});
