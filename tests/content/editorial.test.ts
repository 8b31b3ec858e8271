// Editorial truth on the real site: every figure of a Vietnamese entry is kept by its English and
// Chinese translations, and every glossary term is written one way per language. The checks are
// pure (packages/portico/src/check/); reading the files is this test's job. The original Huu Lung
// files, kept as fixtures from before their correction, must still be reported.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compareFigures, proseOf, type FigureFinding, type Locale } from '../../packages/portico/src/check/figures.ts';
import {
  checkGlossary,
  type GlossaryTerm,
  type SiteText,
  type TranslationPair,
} from '../../packages/portico/src/check/glossary-drift.ts';
import { OpportunitySchema } from '../../packages/portico/src/sections/invest/schema.ts';
const REPO = join(import.meta.dirname, '../..');

const CONTENT = join(REPO, 'src/content');
const FIXTURES = join(REPO, 'tests/fixtures/editorial');
const LOCALES: readonly Locale[] = ['vi', 'en', 'zh'];

/** The glossary as the checks take it. */
function glossary(): GlossaryTerm[] {
  const data = yaml.load(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<
    string,
    Omit<GlossaryTerm, 'id'>
  >;
  return Object.entries(data).map(([id, term]) => ({ id, ...term }));
}

interface Entry {
  source: Locale;
  files: Partial<Record<Locale, SiteText>>;
}

/** Every prose entry of a content tree, by collection/name, with its prose in each language. */
function entries(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const collection of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const locale of LOCALES) {
      const dir = join(root, collection.name, locale);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
        const raw = readFileSync(join(dir, name), 'utf8');
        const key = `${collection.name}/${name.replace(/\.mdx?$/, '')}`;
        const entry = out.get(key) ?? { source: 'vi', files: {} };
        const declared = /^sourceLocale:\s*["']?(vi|en|zh)/m.exec(raw)?.[1] as Locale | undefined;
        if (declared) entry.source = declared;
        entry.files[locale] = { file: `${collection.name}/${locale}/${name}`, locale, text: proseOf(raw) };
        out.set(key, entry);
      }
    }
  }
  return out;
}

/** The strings of one language in the site's data files (captions, names, titles), one per line. */
function dataTexts(): SiteText[] {
  const files = [
    ...readdirSync(join(CONTENT, 'media'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `media/${f}`),
    'calendar-dates.yaml',
    'diplomatic-relations.yaml',
    'contacts.yaml',
  ];
  const texts: SiteText[] = [];
  for (const file of files) {
    const strings: Record<Locale, string[]> = { vi: [], en: [], zh: [] };
    const walk = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (LOCALES.every((l) => typeof record[l] === 'string'))
        for (const l of LOCALES) strings[l].push(record[l] as string);
      for (const child of Object.values(record)) walk(child);
    };
    walk(yaml.load(readFileSync(join(CONTENT, file), 'utf8'), { schema: yaml.CORE_SCHEMA }));
    for (const locale of LOCALES) texts.push({ file: `${file} (${locale})`, locale, text: strings[locale].join('\n') });
  }
  return texts;
}

const describeFigure = (f: FigureFinding, file: string) =>
  `${file}: ${f.problem} ${f.source.text} (line ${f.source.line})${f.translation ? ` → ${f.translation.text} (line ${f.translation.line})` : ''}`;

describe('the sample content', () => {
  const site = entries(CONTENT);
  const pairs: TranslationPair[] = [...site.values()].flatMap((entry) => {
    const source = entry.files[entry.source];
    if (!source) return [];
    return LOCALES.filter((l) => l !== entry.source && entry.files[l]).map((l) => ({
      source,
      translation: entry.files[l]!,
    }));
  });

  it('has translations to compare, and keeps one story without its Chinese translation (the fallback page)', () => {
    expect(pairs.length).toBeGreaterThan(150);
    expect([...site.values()].some((e) => e.files.vi && e.files.en && !e.files.zh)).toBe(true);
  });

  it('keeps every figure of the source in every translation', () => {
    const findings = pairs.flatMap(({ source, translation }) =>
      compareFigures(source, translation).map((f) => describeFigure(f, translation.file)),
    );
    expect(findings).toEqual([]);
  });

  it('writes every glossary term one way per language, as the glossary does', () => {
    const texts = [...[...site.values()].flatMap((e) => Object.values(e.files)), ...dataTexts()];
    const report = checkGlossary(glossary(), texts, pairs);
    const show = (f: (typeof report.errors)[number]) =>
      `${f.kind} ${f.term}: ${f.file}:${f.line} "${f.found}" → "${f.expected}"`;
    expect(report.errors.map(show)).toEqual([]);
    // Unconfirmed terms are listed for a translator, but even they are written one way.
    expect(report.toDecide.filter((f) => f.kind !== 'use').map(show)).toEqual([]);
    expect(report.toDecide.some((f) => f.kind === 'use' && f.term === 'coc-nam' && f.found === '谷南')).toBe(true);
  });
});

describe('the original Huu Lung files, before their correction', () => {
  const read = (locale: Locale): SiteText => ({
    file: `zones/${locale}/khu-cong-nghiep-huu-lung.md`,
    locale,
    text: proseOf(readFileSync(join(FIXTURES, 'zones', locale, 'khu-cong-nghiep-huu-lung.md'), 'utf8')),
  });

  it('are reported: the Chinese capital is ten times too small', () => {
    expect(compareFigures(read('vi'), read('zh'))).toMatchObject([
      {
        problem: 'different',
        source: { text: '6.361 tỷ đồng', line: 17 },
        translation: { text: '6361亿越南盾', line: 18 },
      },
    ]);
    expect(compareFigures(read('vi'), read('en'))).toEqual([]);
  });

  it('are reported: the Chinese leaves Hữu Lũng in Latin letters, for a translator to decide', () => {
    const [vi, zh] = [read('vi'), read('zh')];
    const report = checkGlossary(glossary(), [vi, zh], [{ source: vi, translation: zh }]);
    expect(report.toDecide).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'translation', term: 'huu-lung', found: 'Huu Lung', expected: '友陇' }),
      ]),
    );
  });
});

describe('illustrative opportunities', () => {
  const base = {
    title: 'Nhà máy minh họa',
    description: 'Một dự án minh họa cho trang mẫu.',
    sector: 'che-bien-nong-lam-san',
    location: { commune: 'Phía nam tỉnh' },
    form: 'open',
    status: 'calling',
    contact: 'investment-promotion',
    source: 'Mục mẫu — minh họa',
  };

  it('carry no verification date; real ones may', () => {
    const refused = OpportunitySchema().safeParse({ ...base, illustrative: true, verifiedOn: '2026-11-22' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['verifiedOn', 'illustrative.verifiedOn'],
    ]);
    expect(OpportunitySchema().safeParse({ ...base, illustrative: true }).success).toBe(true);
    expect(OpportunitySchema().safeParse({ ...base, verifiedOn: '2026-11-22' }).success).toBe(true);
  });
});
