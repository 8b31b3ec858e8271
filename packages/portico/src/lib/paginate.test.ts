import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstPageOfGroup, pageCount, pagedPath, pageLinks, paginate, splitEvenly, type PageLink } from './paginate.ts';

const numbers = (links: PageLink[]) =>
  links.map((l) => ('gap' in l ? '…' : l.current ? `[${l.page}]` : String(l.page))).join(' ');

describe('splitting lists into pages', () => {
  it('cuts a list into pages of at most the size, keeping one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 6)).toEqual([[]]);
    expect(() => paginate([1], 0)).toThrow();
    expect(() => paginate([1], 1.5)).toThrow();
  });

  it('keeps every item once, in order, however the list is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const pages = paginate(items, size);
        expect(pages.flat()).toEqual(items);
        expect(pages.every((p) => p.length <= size)).toBe(true);
        expect(pages.length).toBe(pageCount([items.length], size));
      }),
    );
  });

  it('splits evenly into a given number of pages, earlier pages taking the extra items', () => {
    expect(splitEvenly([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(splitEvenly([1], 3)).toEqual([[1], [], []]);
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 400 }), fc.integer({ min: 1, max: 20 }), (items, pages) => {
        const split = splitEvenly(items, pages);
        expect(split).toHaveLength(pages);
        expect(split.flat()).toEqual(items);
        const sizes = split.map((p) => p.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('gives every language the page count its longest list needs', () => {
    expect(pageCount([106, 106, 105], 100)).toBe(2);
    expect(pageCount([0, 0], 100)).toBe(1);
    expect(pageCount([3465, 3201, 3100], 100)).toBe(35);
  });
});

describe('page URLs and links', () => {
  it('puts page n under the list in each language', () => {
    expect(pagedPath('/du-lich/diem-den/', 'vi', 1)).toBe('/du-lich/diem-den/');
    expect(pagedPath('/du-lich/diem-den/', 'vi', 2)).toBe('/du-lich/diem-den/trang-2/');
    expect(pagedPath('/en/culture/', 'en', 12)).toBe('/en/culture/page-12/');
    expect(pagedPath('/zh/wenhua/', 'zh', 3)).toBe('/zh/wenhua/ye-3/');
    expect(() => pagedPath('/en/culture', 'en', 2)).toThrow(/ends with/);
  });

  it('links previous and next, and marks the current page', () => {
    const links = pageLinks({ page: 2, pages: 3, first: '/en/press/' }, 'en');
    expect(links.previous).toBe('/en/press/');
    expect(links.next).toBe('/en/press/page-3/');
    expect(numbers(links.pages)).toBe('1 [2] 3');
    const only = pageLinks({ page: 1, pages: 1, first: '/en/press/' }, 'en');
    expect(only.previous).toBeUndefined();
    expect(only.next).toBeUndefined();
  });

  it('shows a window of pages around the current one, not all 200', () => {
    const at = (page: number) => numbers(pageLinks({ page, pages: 200, first: '/x/' }, 'en').pages);
    expect(at(1)).toBe('[1] 2 3 … 200');
    expect(at(50)).toBe('1 … 48 49 [50] 51 52 … 200');
    expect(at(4)).toBe('1 2 3 [4] 5 6 … 200');
    expect(at(200)).toBe('1 … 198 199 [200]');
  });

  it('never links a page twice or leaves a page unreachable through previous/next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), (pages, n) => {
        const page = (n % pages) + 1;
        const { pages: links, previous, next } = pageLinks({ page, pages, first: '/l/' }, 'vi');
        const shown = links.flatMap((l) => ('gap' in l ? [] : [l.page]));
        expect(new Set(shown).size).toBe(shown.length);
        expect(shown).toEqual([...shown].sort((a, b) => a - b));
        expect(shown).toContain(1);
        expect(shown).toContain(pages);
        expect(links.filter((l) => !('gap' in l) && l.current)).toHaveLength(1);
        expect(previous === undefined).toBe(page === 1);
        expect(next === undefined).toBe(page === pages);
        expect(links.length).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('finds the page where each group of a grouped list starts', () => {
    const pages = paginate(['n1', 'n2', 'n3', 'h1', 'h2', 's1'], 2);
    const first = firstPageOfGroup(pages, (x) => x[0]!);
    expect([...first]).toEqual([
      ['n', 1],
      ['h', 2],
      ['s', 3],
    ]);
  });
});
