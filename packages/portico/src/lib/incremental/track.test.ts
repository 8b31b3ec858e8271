import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  recording,
  registerLoader,
  remember,
  shared,
  trackEntries,
  Unkeyable,
  withCacheKeys,
} from './track.ts';
import { CurrentValues, foldReads, WHOLE_FIELD_AFTER } from './values.ts';

const entry = (id: string, data: Record<string, unknown>, body = '') => ({
  id,
  collection: 'news',
  data,
  body,
  digest: `d-${id}-${body}`,
});

describe('what a page reads is noted', () => {
  it('a field read through a tracked entry is noted under the entry and field, the body as $content', () => {
    const [a] = trackEntries('news', [entry('vi/a', { title: 'A', date: '2026-01-01' }, 'body')]);
    const reads = new Set<string>();
    recording(reads, () => {
      void a!.data.title;
      void a!.body;
      void a!.id;
    });
    expect([...reads].sort()).toEqual(['f|news|vi/a|$content', 'f|news|vi/a|title']);
  });

  it('enumerating a collection inside a page notes its list of entries; reads outside a page are not noted', () => {
    const reads = new Set<string>();
    const outside = trackEntries('news', [entry('vi/b', { title: 'B' })]);
    void outside[0]!.data.title;
    recording(reads, () => trackEntries('news', [entry('vi/c', { title: 'C' })]));
    expect([...reads]).toEqual(['c|news']);
  });

  it('one entry has one proxy, so two reads of a collection give the same objects', () => {
    const raw = [entry('vi/d', { title: 'D' })];
    expect(trackEntries('news', raw)[0]).toBe(trackEntries('news', raw)[0]);
  });

  it('a remembered computation is noted once by its name and arguments, not by what it read', () => {
    const [e] = trackEntries('news', [entry('vi/e', { title: 'E', tags: ['x'] })]);
    let runs = 0;
    const titleOf = remember('test:title', (id: string) => {
      runs++;
      return `${id}: ${e!.data.title as string}`;
    });
    const first = new Set<string>();
    const second = new Set<string>();
    expect(recording(first, () => titleOf('e'))).toBe('e: E');
    expect(recording(second, () => titleOf('e'))).toBe('e: E');
    expect(runs).toBe(1);
    expect([...first]).toEqual(['m|test:title|["e"]']);
    expect([...second]).toEqual(['m|test:title|["e"]']);
  });

  it('shared work hands what it read to every page that uses it, also after it is cached', async () => {
    const [k] = trackEntries('kits', [entry('vi/k', { title: 'Kit' })]);
    const cache = new Map<string, { value: Promise<string>; reads: Set<string> }>();
    const make = async () => `zip of ${k!.data.title as string}`;
    const first = new Set<string>();
    const second = new Set<string>();
    await recording(first, () => shared(cache, 'k', make));
    await recording(second, () => shared(cache, 'k', make));
    expect([...first]).toEqual(['f|kits|vi/k|title']);
    expect([...second]).toEqual(['f|kits|vi/k|title']);
  });
});

describe('fingerprints', () => {
  it('equal values print alike, a changed value differently; tracked entries count by identity', () => {
    const [a] = trackEntries('news', [entry('vi/f', { title: 'F' })]);
    expect(fingerprint({ x: [1, 'a', new Date(0)] })).toBe(fingerprint({ x: [1, 'a', new Date(0)] }));
    expect(fingerprint({ x: [1, 'a'] })).not.toBe(fingerprint({ x: [1, 'b'] }));
    expect(fingerprint({ route: a })).toBe(fingerprint({ route: a }));
    expect(fingerprint(new Uint8Array([1, 2]))).not.toBe(fingerprint(new Uint8Array([1, 3])));
    expect(() => fingerprint({ f: () => 1 })).toThrow(Unkeyable);
  });

  it('paths get their props fingerprint as cacheKey, except props that cannot be printed', () => {
    const [ok, odd] = withCacheKeys([
      { params: { p: 'a' }, props: { n: 1 } },
      { params: { p: 'b' }, props: { f: () => 1 } },
    ]);
    expect(ok!.cacheKey).toBe(fingerprint({ n: 1 }));
    expect(odd!.cacheKey).toBeUndefined();
  });
});

describe('current values', () => {
  it('a read field keeps its value until the stored entry changes; other fields do not matter', async () => {
    let stored = [entry('vi/g', { title: 'G', date: '2026-01-01' })];
    registerLoader(async () => stored);
    const before = new CurrentValues();
    const title = await before.value('f|news|vi/g|title');
    stored = [entry('vi/g', { title: 'G', date: '2027-01-01' })];
    expect(await new CurrentValues().value('f|news|vi/g|title')).toBe(title);
    stored = [entry('vi/g', { title: 'G2', date: '2027-01-01' })];
    expect(await new CurrentValues().value('f|news|vi/g|title')).not.toBe(title);
    stored = [];
    expect(await new CurrentValues().value('f|news|vi/g|title')).not.toBe(title);
  });

  it('a remembered computation is compared by its result; an unknown one never matches', async () => {
    let source = 'one';
    const word = remember('test:word', () => source);
    const a = await new CurrentValues().value('m|test:word|[]');
    source = 'two'; // the memo keeps its first result within one build
    expect(await new CurrentValues().value('m|test:word|[]')).toBe(a);
    const values = [
      await new CurrentValues().value('m|test:none|[]'),
      await new CurrentValues().value('m|test:none|[]'),
    ];
    expect(values[0]).not.toBe(values[1]);
    expect(word()).toBe('one');
  });

  it('many entries read for one field fold into that field of the whole collection', () => {
    const reads = Array.from({ length: WHOLE_FIELD_AFTER + 1 }, (_, i) => `f|news|vi/${i}|date`);
    expect(foldReads([...reads, 'f|news|vi/1|title', 'c|news'])).toEqual([
      'F|news|date',
      'c|news',
      'f|news|vi/1|title',
    ]);
    expect(foldReads(reads.slice(0, 2))).toEqual(reads.slice(0, 2).sort());
  });
});
