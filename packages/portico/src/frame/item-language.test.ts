import { describe, expect, it } from 'vitest';
import { itemLanguage } from './item-language.ts';

describe('itemLanguage', () => {
  it('gives a fallback item the lang of the language it is written in', () => {
    expect(itemLanguage({ fallback: true, contentLocale: 'vi' })).toEqual({
      fallback: true,
      contentLocale: 'vi',
      lang: 'vi',
    });
    expect(itemLanguage({ fallback: true, contentLocale: 'zh' }).lang).toBe('zh-CN');
  });

  it('gives no lang to an item in the page’s language (the page’s own applies)', () => {
    expect(itemLanguage({ fallback: false, contentLocale: 'en' })).toEqual({
      fallback: false,
      contentLocale: 'en',
      lang: undefined,
    });
  });
});
