// The Invest section's content keeps its facts the same in every language: a translation may reword,
// never change a figure, a sector or a legal date. Illustrative entries say so in every language.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const ROOT = 'src/content';
const LOCALES = ['vi', 'en', 'zh'] as const;
type Front = Record<string, unknown>;

function entries(
  collection: string,
): Map<string, Partial<Record<(typeof LOCALES)[number], { front: Front; body: string }>>> {
  const out = new Map<string, Partial<Record<(typeof LOCALES)[number], { front: Front; body: string }>>>();
  for (const locale of LOCALES) {
    let names: string[] = [];
    try {
      names = readdirSync(join(ROOT, collection, locale)).filter((n) => /\.mdx?$/.test(n));
    } catch {
      continue;
    }
    for (const file of names) {
      const text = readFileSync(join(ROOT, collection, locale, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) continue;
      const name = file.replace(/\.mdx?$/, '');
      const entry = out.get(name) ?? {};
      entry[locale] = { front: yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA }) as Front, body: m[2]! };
      out.set(name, entry);
    }
  }
  return out;
}

const pick = (front: Front, keys: string[]) => Object.fromEntries(keys.map((k) => [k, front[k]]));

const FACTS: Record<string, string[]> = {
  sectors: ['order'],
  zones: ['kind', 'gateLevel', 'crosses', 'coordinates', 'areaHa', 'sectors', 'order'],
  opportunities: ['sector', 'zone', 'areaHa', 'capital', 'form', 'status', 'contact', 'verifiedOn', 'illustrative'],
  incentives: ['kind', 'sectors'],
};

describe('Invest content', () => {
  for (const [collection, keys] of Object.entries(FACTS)) {
    it(`${collection}: translations carry the same facts as the source`, () => {
      for (const [name, byLocale] of entries(collection)) {
        const source = byLocale.vi?.front;
        if (!source) continue;
        for (const locale of ['en', 'zh'] as const) {
          const translation = byLocale[locale]?.front;
          if (translation)
            expect(pick(translation, keys), `${collection}/${locale}/${name}`).toEqual(pick(source, keys));
        }
      }
    });
  }

  it('incentives: legal dates agree across languages, and a replacement comes after the basis', () => {
    for (const [name, byLocale] of entries('incentives')) {
      const dates = LOCALES.filter((l) => byLocale[l]).map((l) => {
        const f = byLocale[l]!.front as { legalBasis: { effective: string }; supersededBy?: { effective: string } };
        return [f.legalBasis.effective, f.supersededBy?.effective ?? null];
      });
      for (const d of dates) expect(d, name).toEqual(dates[0]);
      const [effective, replaced] = dates[0]!;
      if (replaced) expect(replaced > effective!, name).toBe(true);
    }
  });

  it('illustrative opportunities say so in their body and name no official source', () => {
    const words = { vi: 'minh họa', en: 'illustrative', zh: '示例' };
    for (const [name, byLocale] of entries('opportunities')) {
      for (const locale of LOCALES) {
        const entry = byLocale[locale];
        if (!entry || entry.front['illustrative'] !== true) continue;
        expect(entry.body.toLowerCase(), `${locale}/${name}`).toContain(words[locale]);
        expect(String(entry.front['source']).toLowerCase(), `${locale}/${name}`).toContain(words[locale]);
      }
    }
  });
});
