// The Visit and Culture sections' content keeps its facts the same in every language (a translation
// may reword, never move a place or a festival date), every destination is on the map, and every
// entry exists in vi, en and zh with its own URL segment in en and zh.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { inProvince, parseOutline } from '../../packages/portico/src/sections/visit/outline.ts';

const parsed = parseOutline(readFileSync('src/map/outline.geojson', 'utf8'));
if (!parsed.ok) throw new Error('src/map/outline.geojson does not parse');
const outline = parsed.outline;
import { festivalDates } from '../../packages/portico/src/sections/calendar/festival-dates.ts';
import { solarToLunar, fromIso } from '../../packages/portico/src/sections/calendar/lunar.ts';

const ROOT = 'src/content';
const LOCALES = ['vi', 'en', 'zh'] as const;
type Front = Record<string, any>;

function entries(collection: string): Map<string, Partial<Record<(typeof LOCALES)[number], Front>>> {
  const out = new Map<string, Partial<Record<(typeof LOCALES)[number], Front>>>();
  for (const locale of LOCALES) {
    for (const file of readdirSync(join(ROOT, collection, locale)).filter((n) => /\.mdx?$/.test(n))) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(ROOT, collection, locale, file), 'utf8'));
      if (!m) continue;
      const name = file.replace(/\.mdx?$/, '');
      out.set(name, { ...out.get(name), [locale]: yaml.load(m[1]!) as Front });
    }
  }
  return out;
}

const FACTS: Record<string, string[]> = {
  destinations: ['kind', 'coordinates', 'ranking', 'cover', 'gallery'],
  festivals: ['date', 'coordinates', 'destination', 'since', 'cover'],
  culture: ['kind', 'order', 'cover'],
};

describe.each(Object.keys(FACTS))('%s', (collection) => {
  const all = entries(collection);

  it('exist in vi, en and zh, with their own slug in en and zh', () => {
    expect(all.size).toBeGreaterThanOrEqual(6);
    for (const [name, by] of all) {
      expect(Object.keys(by).sort(), name).toEqual(['en', 'vi', 'zh']);
      expect(by.en!.slug, `${name} en slug`).toMatch(/^[a-z0-9-]+$/);
      expect(by.zh!.slug, `${name} zh slug`).toMatch(/^[a-z0-9-]+$/);
      expect(by.zh!.slug, `${name}: zh needs a slug of its own`).not.toBe(by.en!.slug);
    }
  });

  it('keep the same facts in every language', () => {
    for (const [name, by] of all) {
      const facts = (l: (typeof LOCALES)[number]) => Object.fromEntries(FACTS[collection]!.map((k) => [k, by[l]?.[k]]));
      expect(facts('en'), `${collection}/en/${name}`).toEqual(facts('vi'));
      expect(facts('zh'), `${collection}/zh/${name}`).toEqual(facts('vi'));
    }
  });
});

describe('the map', () => {
  it('has at least 12 destinations, every one inside the schematic outline, at 3 decimals', () => {
    const all = entries('destinations');
    expect(all.size).toBeGreaterThanOrEqual(12);
    for (const [name, by] of all) {
      const { lat, lon } = by.vi!.coordinates;
      expect(inProvince(outline, { lat, lon }), name).toBe(true);
      expect(Math.round(lat * 1000) / 1000, name).toBe(lat);
      expect(Math.round(lon * 1000) / 1000, name).toBe(lon);
    }
  });

  it('draws the neighbours by their names since the 2025 merger, each labelled outside the province, with China beyond the border', () => {
    expect(outline.neighbours.map((n) => n.name.vi).sort()).toEqual(
      ['Bắc Ninh', 'Cao Bằng', 'Quảng Ninh', 'Thái Nguyên', 'TRUNG QUỐC'].sort(),
    );
    for (const n of outline.neighbours) {
      expect(n.kind, n.name.en).toBe('land');
      expect(n.labelAt, n.name.en).toBeDefined();
      expect(inProvince(outline, n.labelAt!), n.name.en).toBe(false);
      // Each neighbour touches the province: it shares at least two of the outline's corners.
      const corners = new Set(outline.rings[0]!.map((p) => `${p.lon},${p.lat}`));
      expect(n.rings[0]!.filter((p) => corners.has(`${p.lon},${p.lat}`)).length, n.name.en).toBeGreaterThanOrEqual(2);
    }
    expect(outline.borders.map((b) => b.beyond.en)).toEqual(['CHINA']);
  });
});

describe('festival dates', () => {
  it('fall on their lunar date this year and the next', () => {
    for (const [name, by] of entries('festivals')) {
      const date = by.vi!.date;
      for (const year of [2026, 2027]) {
        for (const d of festivalDates({ ...date, days: date.days ?? 1 }, year)) {
          if (date.calendar !== 'lunar') continue;
          expect(solarToLunar(fromIso(d.start)), `${name} ${year}`).toMatchObject({ month: date.month, day: date.day });
        }
      }
    }
  });
});
