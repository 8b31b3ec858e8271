import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { useTranslations } from './translator.ts';
import { findHardCodedText } from '../../test/helpers/hardcoded-text.ts';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
};

describe('UI strings', () => {
  const dictionaries = { vi: flatten(vi), en: flatten(en), zh: flatten(zh) };

  it('have the same keys in vi, en and zh', () => {
    const viKeys = [...dictionaries.vi.keys()].sort();
    expect([...dictionaries.en.keys()].sort()).toEqual(viKeys);
    expect([...dictionaries.zh.keys()].sort()).toEqual(viKeys);
  });

  it('have no empty strings', () => {
    for (const [lang, dict] of Object.entries(dictionaries)) {
      for (const [key, value] of dict) expect(value.trim(), `${lang}: ${key}`).not.toBe('');
    }
  });

  it('use the same interpolation variables in every language', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of dictionaries.vi) {
      expect(vars(dictionaries.en.get(key)!), key).toEqual(vars(value));
      expect(vars(dictionaries.zh.get(key)!), key).toEqual(vars(value));
    }
  });

  it('translate through i18next per language', () => {
    expect(useTranslations('vi')('nav.invest')).toBe('Đầu tư');
    expect(useTranslations('en')('nav.invest')).toBe('Invest');
    expect(useTranslations('zh')('nav.invest')).toBe('投资');
    expect(useTranslations('en')('home.sectionsTitle', { name: 'Lang Son' })).toBe('Explore Lang Son');
  });

  it('give each set of parameters its own text, also when the same call comes again', () => {
    const t = useTranslations('en');
    for (let round = 0; round < 2; round++) {
      expect(t('home.sectionsTitle', { name: 'Lang Son' })).toBe('Explore Lang Son');
      expect(t('home.sectionsTitle', { name: 'Cao Bang' })).toBe('Explore Cao Bang');
      expect(t('calendar.summaryRound', { count: 1 })).toBe('There is 1 round anniversary (a multiple of 5).');
      expect(t('calendar.summaryRound', { count: 3 })).toBe('There are 3 round anniversaries (multiples of 5).');
      // Not plain parameters (a Date): formatted each time, never kept under another call's text.
      expect(t('home.sectionsTitle', { name: new Date(0) as unknown as string })).toMatch(/^Explore /);
    }
  });
});

describe('components', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.astro')) files.push(path);
    }
  };
  // Every component of the engine (this file lives in src/i18n/).
  walk(join(import.meta.dirname, '..'));

  it('are found', () => expect(files.length).toBeGreaterThan(5));

  it('hard-code no UI text (use src/i18n/*.json)', () => {
    const offences = files.flatMap((file) => findHardCodedText(readFileSync(file, 'utf8')).map((t) => `${file}: ${t}`));
    expect(offences).toEqual([]);
  });

  it('the detector catches text and labelling attributes', () => {
    expect(findHardCodedText('---\nconst a = 1;\n---\n<p>Hello {a}</p>')).toEqual(['Hello']);
    expect(findHardCodedText('<img alt="A mountain" src={x} />')).toEqual(['alt="A mountain"']);
    expect(findHardCodedText('<button aria-label="Đóng">{t("x")}</button>')).toEqual(['aria-label="Đóng"']);
    expect(
      findHardCodedText('<p>{t("a")}</p><style>.a{content:"x"}</style><script>const s = "text";</script>'),
    ).toEqual([]);
    expect(findHardCodedText('<p>{cond ? <span>Yes</span> : null}</p>')).toEqual(['Yes']);
  });
});
