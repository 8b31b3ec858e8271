// Vietnamese folding for the search index: queries without diacritics (and with đ written d)
// must meet the indexed words, and excerpts must come back exactly as written.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exactMatches,
  foldQuery,
  markedWords,
  rankExactFirst,
  foldVietnamese,
  markHtmlForIndex,
  markStrokedD,
  STROKE_MARK,
  unmarkStrokedD,
} from './folding.ts';

/**
 * What Pagefind does to a word when indexing (pagefind/src/fossick/splitting.rs): keep the
 * alphanumeric characters, lower-case them, then decompose and drop combining marks.
 */
const indexWord = (raw: string) =>
  [...raw]
    .filter((c) => /[\p{Alphabetic}\p{N}]/u.test(c))
    .join('')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
/** …and to a query (pagefind_web_js coupled_search.ts): lower-case, decompose, drop marks. */
const queryWords = (query: string) =>
  query.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/).filter(Boolean);
const indexWords = (text: string) => markStrokedD(text).split(/\s+/).map(indexWord).filter(Boolean);

describe('search folding', () => {
  it.each([
    ['Đồng Đăng', 'dong dang'],
    ['Đồng Đăng', 'Đồng Đăng'],
    ['đầu tư', 'dau tu'],
    ['đầu tư', 'Đầu Tư'],
    ['Hữu Nghị', 'huu nghi'],
    ['cửa khẩu', 'cua khau'],
    ['Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn', 'dong dang lang son'],
  ])('the indexed words of “%s” meet the query “%s”', (text, query) => {
    const indexed = new Set(indexWords(text));
    for (const word of queryWords(foldQuery(query))) expect(indexed, word).toContain(word);
  });

  it('without the marking, Pagefind alone would index đ as đ (the problem being fixed)', () => {
    expect(indexWord('Đồng')).toBe('đong');
    expect(indexWord(markStrokedD('Đồng'))).toBe('dong');
  });

  it('marks and unmarks without loss', () => {
    expect(markStrokedD('Đồng Đăng, đầu tư')).toBe(`D${STROKE_MARK}ồng D${STROKE_MARK}ăng, d${STROKE_MARK}ầu tư`);
    expect(unmarkStrokedD(markStrokedD('Đồng Đăng, đầu tư'))).toBe('Đồng Đăng, đầu tư');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (s) => unmarkStrokedD(markStrokedD(s)) === s || s.includes(STROKE_MARK),
      ),
    );
  });

  it('folds queries: đ/Đ to d/D, tone marks left for Pagefind, decomposed input composed', () => {
    expect(foldQuery('Đồng Đăng')).toBe('Dồng Dăng');
    expect(foldQuery('đầu tư')).toBe('dầu tư');
    expect(foldQuery('Ho\u0302\u0300ng')).toBe('Hồng');
    expect(foldQuery('友谊关')).toBe('友谊关');
  });

  it('folds Vietnamese fully for comparisons', () => {
    expect(foldVietnamese('Cửa khẩu Hữu Nghị, Đồng Đăng')).toBe('cua khau huu nghi, dong dang');
  });

  it('marks text in HTML but leaves tags, attributes, scripts and styles alone', () => {
    const html =
      '<html lang="vi"><head><title>Đồng Đăng</title><script type="application/ld+json">{"name":"Đồng Đăng"}</script><style>.đ{}</style></head>' +
      '<body><article data-pagefind-body data-search-section="Đầu tư" data-x="a > Đ"><h1>Đồng Đăng</h1><!-- Đ --><p>đi &dstrok;&#272;&#x111;</p></article></body></html>';
    const out = markHtmlForIndex(html);
    expect(out).toContain('<title>Đồng Đăng</title>');
    expect(out).toContain('{"name":"Đồng Đăng"}');
    expect(out).toContain('<style>.đ{}</style>');
    expect(out).toContain('data-search-section="Đầu tư" data-x="a > Đ"');
    expect(out).toContain('<!-- Đ -->');
    expect(out).toContain(`<h1>D${STROKE_MARK}ồng D${STROKE_MARK}ăng</h1>`);
    expect(out).toContain(`<p>d${STROKE_MARK}i d${STROKE_MARK}D${STROKE_MARK}d${STROKE_MARK}</p>`);
    expect(unmarkStrokedD(out.replace(/<[^>]+>/g, ''))).not.toContain(STROKE_MARK);
  });

  it('leaves HTML without đ unchanged', () => {
    const html =
      '<html lang="zh-CN"><body><main data-pagefind-body><h1>友谊关口岸</h1><p>a &amp; b &lt;c&gt;</p></main></body></html>';
    expect(markHtmlForIndex(html)).toBe(html);
  });
});

describe('exact-diacritic ranking', () => {
  it('takes only the words typed with marks', () => {
    expect(markedWords('Chợ đêm, cho')).toEqual(['chợ', 'đêm']);
    expect(markedWords('cho dem')).toEqual([]);
    expect(markedWords('口岸 border')).toEqual([]);
  });
  it('counts whole words, unmarking the indexed đ first', () => {
    expect(exactMatches(['chợ'], 'Phố chợ có chợ đêm')).toBe(1);
    expect(exactMatches(['chợ'], 'Dịch vụ cho nhà đầu tư')).toBe(0);
    expect(exactMatches(['chợ'], 'chợt nhớ')).toBe(0);
    expect(exactMatches(['đêm', 'chợ'], `CHỢ d\u0335êm`)).toBe(2);
  });
  it('puts pages with the marked words first and keeps the index order among equals', () => {
    const results = ['for-1', 'market-1', 'for-2', 'market-2', 'for-3'];
    const texts = ['nền tảng cho doanh nghiệp', 'chợ lớn', 'dịch vụ cho nhà đầu tư', 'đền và chợ', 'cho thuê'];
    expect(rankExactFirst(results, texts, 'chợ')).toEqual(['market-1', 'market-2', 'for-1', 'for-2', 'for-3']);
    expect(rankExactFirst(results, texts, 'cho')).toEqual(results);
  });
});
