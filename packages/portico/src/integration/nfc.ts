/**
 * Content is published in composed Unicode (NFC): "ế" typed or pasted as e + two combining marks
 * (NFD, as some Macs and PDFs give it) is published as the one letter it is, so titles, search and
 * links match. The content check reads files the same way and says once which files were not NFC
 * (check/reading.ts).
 *  - nfcLoader: a content loader whose files are read as NFC (front matter, YAML and the Markdown
 *    body it renders);
 *  - nfcMdx: a Vite plugin that hands MDX files to the MDX compiler as NFC (MDX bodies are compiled
 *    from the file, not from the loader).
 */
import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';

/** What the glob loader is given for each file extension (Astro passes it, untyped, in the context). */
interface EntryType {
  getEntryInfo?: (params: EntryParams) => unknown;
}
type EntryParams = { contents: string; fileUrl: URL };
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * The same loader, the parse of each file through Astro's entry types (front matter, YAML) replaced
 * by `wrap(parse, context)`. Shared by nfcLoader and keepUnchanged (unchanged-entries.ts).
 */
export function wrapEntryInfo(
  loader: Loader,
  wrap: (parse: (params: EntryParams) => unknown, context: LoaderContext) => (params: EntryParams) => unknown,
): Loader {
  return {
    ...loader,
    load: (context: WithEntryTypes) => {
      if (!context.entryTypes) return loader.load(context);
      const entryTypes = new Map(
        [...context.entryTypes].map(([ext, type]): [string, EntryType] => {
          const parse = type.getEntryInfo?.bind(type);
          return [ext, parse ? { ...type, getEntryInfo: wrap(parse, context) } : type];
        }),
      );
      return loader.load({ ...context, entryTypes } as WithEntryTypes);
    },
  };
}

/** The same loader, every file it reads through Astro's entry types taken as NFC. */
export function nfcLoader(loader: Loader): Loader {
  return wrapEntryInfo(loader, (parse) => (params) => parse({ ...params, contents: params.contents.normalize('NFC') }));
}

/** MDX files as NFC; other files, and MDX already in NFC, load as usual. */
export function nfcMdx() {
  return {
    name: 'portico:nfc-mdx',
    enforce: 'pre' as const,
    load(id: string) {
      if (!/\.mdx$/.test(id) || id.startsWith('\0')) return null;
      let raw: string;
      try {
        raw = readFileSync(id, 'utf8');
      } catch {
        return null;
      }
      const text = raw.normalize('NFC');
      return text === raw ? null : text;
    },
  };
}
