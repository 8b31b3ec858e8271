import { createHash } from 'node:crypto';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './unchanged-entries.ts';

const root = new URL('file:///site/');
const generateDigest = (text: string) => createHash('sha256').update(text).digest('hex');
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

/** A stored entry as Astro's store keeps it. */
const stored = (id: string, filePath: string, contents: string) => ({ id, filePath, digest: generateDigest(contents) });

/**
 * Run the wrapped loader over `files` (path relative to the collection's folder → contents) as
 * the glob loader would: every file's entry type parsed, with `store` holding the last sync.
 * Returns what each parse returned, and which files reached the real parse.
 */
async function sync(files: Record<string, string>, store: ReturnType<typeof stored>[]) {
  const parsed: string[] = [];
  const results: Record<string, unknown> = {};
  const markdown = {
    getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      parsed.push(fileUrl.pathname);
      return { data: { title: contents }, body: contents };
    },
  };
  const inner: Loader = {
    name: 'glob-loader',
    load: async (context) => {
      const types = (context as LoaderContext & { entryTypes: Map<string, typeof markdown> }).entryTypes;
      for (const [entry, contents] of Object.entries(files))
        results[entry] = types
          .get('.md')!
          .getEntryInfo({ contents, fileUrl: new URL(`src/content/news/${entry}`, root) });
    },
  };
  const byId = new Map(store.map((entry) => [entry.id, entry]));
  const context = {
    config: { root },
    store: { get: (id: string) => byId.get(id) },
    generateDigest,
    entryTypes: new Map([['.md', markdown]]),
  } as unknown as LoaderContext;
  await keepUnchanged(inner, { base: './src/content/news', generateId }).load(context);
  return { parsed, results };
}

describe('files unchanged since the last sync', () => {
  it('are not parsed again; a changed, new or moved file is', async () => {
    const { parsed, results } = await sync({ 'en/a.md': 'A', 'en/b.md': 'B, edited', 'en/c.md': 'C', 'vi/d.md': 'D' }, [
      stored('en/a', 'src/content/news/en/a.md', 'A'),
      stored('en/b', 'src/content/news/en/b.md', 'B'),
      // The same text, stored from another file under this id (a file that moved).
      stored('vi/d', 'src/content/news/vi/d.mdx', 'D'),
    ]);
    expect(parsed).toEqual([
      '/site/src/content/news/en/b.md',
      '/site/src/content/news/en/c.md',
      '/site/src/content/news/vi/d.md',
    ]);
    // What the loader gets for a current file is never read: it keeps the stored entry.
    expect(results['en/a.md']).toEqual({ data: {}, body: '' });
    expect(results['en/b.md']).toEqual({ data: { title: 'B, edited' }, body: 'B, edited' });
  });

  it('with nothing stored (a first build), every file is parsed', async () => {
    const { parsed } = await sync({ 'en/a.md': 'A', 'en/b.md': 'B' }, []);
    expect(parsed).toHaveLength(2);
  });
});
