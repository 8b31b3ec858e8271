import { describe, expect, it } from 'vitest';
import { changedLocales } from './changed.ts';

const LOCALES = ['vi', 'en', 'zh'];
const before = {
  'news/vi/a.md': '10:1',
  'news/en/a.md': '10:1',
  'news/zh/a.md': '10:1',
  'contacts.yaml': '5:1',
};

describe('changedLocales', () => {
  it('finds nothing when no file changed', () => {
    expect(changedLocales(before, { ...before }, LOCALES)).toEqual([]);
  });

  it('names the locale of a file changed in its folder', () => {
    expect(changedLocales(before, { ...before, 'news/en/a.md': '11:2' }, LOCALES)).toEqual(['en']);
  });

  it('names the locale of a file added or removed', () => {
    expect(changedLocales(before, { ...before, 'news/zh/b.md': '1:1' }, LOCALES)).toEqual(['zh']);
    const { 'news/vi/a.md': _gone, ...rest } = before;
    expect(changedLocales(before, rest, LOCALES)).toEqual(['vi']);
  });

  it('names every locale for a file outside the locales’ folders', () => {
    expect(changedLocales(before, { ...before, 'contacts.yaml': '6:1' }, LOCALES)).toEqual(LOCALES);
  });

  it('reads locale folders at any depth, not names that only contain a code', () => {
    expect(changedLocales({}, { 'places/en/tour/x.md': '1' }, LOCALES)).toEqual(['en']);
    expect(changedLocales({}, { 'en-route/x.md': '1' }, LOCALES)).toEqual(LOCALES);
  });
});
