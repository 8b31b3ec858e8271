// Sources on the sample site (issue 17): the entries that cite laws and resolutions list them in
// `sources`, each translation lists the same sources (same count, dates and links) as the entry it
// translates, and `portico status` no longer counts them among the entries with figures and no source.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type ProseFile } from '../../packages/portico/src/check/reading.ts';
import { unsourcedEntries } from '../../packages/portico/src/check/sources.ts';

const REPO = join(import.meta.dirname, '../..');
const prose = readContent(REPO).files.filter((f): f is ProseFile => f.kind === 'prose');

type Source = { title: string; url?: string; date?: unknown; accessed?: unknown };
const sourcesOf = (f: ProseFile): Source[] => {
  const data = f.front.status === 'ok' && f.front.yaml.ok ? (f.front.yaml.value as Record<string, unknown>) : {};
  return (data.sources as Source[] | undefined) ?? [];
};

describe('sources of the sample content', () => {
  const byEntry = new Map<string, ProseFile[]>();
  for (const f of prose)
    byEntry.set(`${f.collection}/${f.name}`, [...(byEntry.get(`${f.collection}/${f.name}`) ?? []), f]);

  it('cite the laws and resolutions the entries rely on, in every language', () => {
    const cited = (entry: string, number: string) =>
      byEntry.get(entry)!.map((f) => [f.locale, sourcesOf(f).some((s) => s.title.includes(number))]);
    const everywhere = (entry: string) => byEntry.get(entry)!.map((f) => [f.locale, true]);
    for (const [entry, number] of [
      ['sectors/che-bien-nong-lam-san', '67/2025/QH15'],
      ['sectors/che-bien-nong-lam-san', '31/2021/N'],
      ['sectors/kinh-te-so', '67/2025/QH15'],
      ['sectors/nang-luong-tai-tao', '67/2025/QH15'],
      ['sectors/cong-nghiep-khu-cong-nghiep', '57/2024/QH15'],
      ['pages/quy-trinh-dau-tu', '61/2020/QH14'],
      ['news/sap-xep-don-vi-hanh-chinh-2025', '202/2025/QH15'],
      ['pages/gioi-thieu', '1672/NQ-UBTVQH15'],
    ] as const)
      expect(cited(entry, number), `${entry} ${number}`).toEqual(everywhere(entry));
  });

  it('are the same sources in every translation: count, dates and links', () => {
    const differing: string[] = [];
    for (const [entry, files] of byEntry) {
      const shape = (f: ProseFile) => JSON.stringify(sourcesOf(f).map((s) => [String(s.date ?? ''), s.url ?? '']));
      const shapes = new Set(files.map(shape));
      if (shapes.size > 1) differing.push(`${entry}: ${files.map((f) => `${f.locale} ${shape(f)}`).join(' · ')}`);
    }
    expect(differing).toEqual([]);
    expect(
      [...byEntry.values()].filter((files) => files.some((f) => sourcesOf(f).length)).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('claim no day a source was read: the sample was not checked online', () => {
    expect(prose.filter((f) => sourcesOf(f).some((s) => s.accessed !== undefined)).map((f) => f.file)).toEqual([]);
  });

  it('take the cited entries off the status list of figures without a source', () => {
    const listed = new Set(
      unsourcedEntries(prose.map((f) => ({ file: f.file, locale: f.locale, text: f.source }))).map((u) => u.file),
    );
    for (const file of [
      'src/content/sectors/vi/che-bien-nong-lam-san.md',
      'src/content/pages/zh/gioi-thieu.md',
      'src/content/news/en/sap-xep-don-vi-hanh-chinh-2025.md',
    ]) {
      expect(prose.some((f) => f.file === file)).toBe(true);
      expect(listed.has(file), file).toBe(false);
    }
    // Entries that state figures and cite nothing are still listed, for editors to source.
    expect(listed.size).toBeGreaterThan(0);
  });
});
