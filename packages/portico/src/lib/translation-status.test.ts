import { describe, expect, it } from 'vitest';
import {
  entryStatuses,
  formatStatusTable,
  missingUiKeys,
  stateCounts,
  type ProseFileInfo,
} from './translation-status.ts';

const file = (
  locale: 'vi' | 'en' | 'zh',
  name: string,
  changedAt: number,
  text = '',
  extra: Partial<ProseFileInfo> = {},
): ProseFileInfo => ({
  collection: 'news',
  name,
  locale,
  file: `src/content/news/${locale}/${name}.md`,
  changedAt,
  text,
  ...extra,
});

describe('entryStatuses', () => {
  it('marks done, outdated, missing per language', () => {
    const [status] = entryStatuses([file('vi', 'tet', 200), file('en', 'tet', 300), file('zh', 'tet', 100)]);
    expect(status).toMatchObject({
      collection: 'news',
      name: 'tet',
      sourceLocale: 'vi',
      states: { vi: 'source', en: 'done', zh: 'outdated' },
    });
    const [alone] = entryStatuses([file('vi', 'ky-lua', 1)]);
    expect(alone!.states).toEqual({ vi: 'source', en: 'missing', zh: 'missing' });
  });

  it('follows a declared source language, and flags translations without their source', () => {
    const [en] = entryStatuses([file('en', 'fdi', 5, '', { sourceLocale: 'en' }), file('vi', 'fdi', 4)]);
    expect(en!.states).toEqual({ vi: 'outdated', en: 'source', zh: 'missing' });
    const [orphan] = entryStatuses([file('en', 'lost', 5)]);
    expect(orphan!.states).toEqual({ vi: 'missing', en: 'orphan', zh: 'missing' });
  });

  it('the same time counts as done, and entries are sorted', () => {
    const statuses = entryStatuses([file('vi', 'b', 1), file('en', 'b', 1), file('vi', 'a', 1)]);
    expect(statuses.map((s) => s.name)).toEqual(['a', 'b']);
    expect(statuses[1]!.states.en).toBe('done');
    expect(stateCounts(statuses)).toEqual({ done: 1, outdated: 0, missing: 3, orphan: 0 });
  });

  it('formats a table', () => {
    expect(formatStatusTable(entryStatuses([file('vi', 'tet', 2), file('en', 'tet', 1)]))).toBe(
      [
        'mục / entry  vi          en           zh',
        '-----------  ----------  -----------  -------------',
        'news/tet     gốc/source  cũ/outdated  thiếu/missing',
      ].join('\n'),
    );
  });
});

describe('missingUiKeys', () => {
  it('finds keys missing or empty in a language, nested keys dotted', () => {
    expect(
      missingUiKeys({
        vi: { nav: { home: 'Trang chủ', press: 'Báo chí' }, a: 'x' },
        en: { nav: { home: 'Home', press: '' }, a: 'x' },
        zh: { nav: { home: '首页' } },
      }),
    ).toEqual([
      { key: 'a', missingIn: ['zh'] },
      { key: 'nav.press', missingIn: ['en', 'zh'] },
    ]);
  });

  it('is empty when the dictionaries agree', () => {
    expect(missingUiKeys({ vi: { a: 'x' }, en: { a: 'y' }, zh: { a: 'z' } })).toEqual([]);
  });
});
