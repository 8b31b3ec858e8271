/**
 * The collections a Portico site declares in its src/content.config.ts:
 *
 *   import { porticoCollections } from 'portico/content';
 *   export const collections = porticoCollections();
 *
 * Every collection of the table (./index.ts) with its loader and schema. Content lives in the
 * site's src/content/<name>/… (prose and records) or src/content/<name>.yaml (lists).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z as zod, type z } from 'astro/zod';
import yaml from 'js-yaml';
import { COLLECTIONS, PROSE_PATTERN } from './index.ts';
import type { SchemaHelpers } from './fields.ts';
import { engineListFile, mergeById } from '../sections/calendar/national.ts';
import { nfcLoader } from '../integration/nfc.ts';
import { keepUnchanged, type PathIds } from '../integration/unchanged-entries.ts';

const dir = (name: string) => `./src/content/${name}`;

type Table = typeof COLLECTIONS;
type Loader = ReturnType<typeof glob>;

function collectionFor(
  name: string,
  layout: 'prose' | 'records' | 'list',
  schema: (h: SchemaHelpers) => z.ZodType,
  keepsBody = false,
) {
  const withHelpers = helpersOnlyIfUsed(schema);
  switch (layout) {
    case 'prose':
      // Keep the locale folder in the id ("en/about") so translations stay apart.
      return defineCollection({
        loader: files({
          pattern: PROSE_PATTERN,
          base: dir(name),
          generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
          retainBody: keepsBody,
        }),
        schema: withHelpers,
      });
    case 'records':
      return defineCollection({
        loader: files({ pattern: '*.yaml', base: dir(name), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
        schema: withHelpers,
      });
    case 'list':
      return defineCollection({ loader: listLoader(name), schema: withHelpers });
  }
}

/**
 * A collection of files: Astro's glob loader, the files read as NFC, those unchanged since the
 * last sync not parsed again (their ids come from their paths only).
 */
function files(options: { pattern: string; base: string; generateId: PathIds['generateId']; retainBody?: boolean }) {
  return nfcLoader(keepUnchanged(glob(options), options));
}

/**
 * Astro calls a collection's schema function once per entry (it gives each entry its own
 * `image()` helper, bound to the entry's folder). Building a zod schema is not free (0.2 ms for a
 * news story's: 1.9 s for 9,000 entries), so a schema that never asks for `image` is built once
 * and the same one checks every entry; only those that use it are built per entry.
 */
function helpersOnlyIfUsed(schema: (h: SchemaHelpers) => z.ZodType): (h: SchemaHelpers) => z.ZodType {
  let usesImage = false;
  const once = schema({
    image: () => {
      usesImage = true;
      return zod.string();
    },
  });
  return usesImage ? ({ image }) => schema({ image }) : () => once;
}

/** A YAML map of id → record; an empty file (only comments) is an empty list. */
function readMap(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  const data = yaml.load(readFileSync(path, 'utf8').normalize('NFC'));
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * src/content/<name>.yaml, a map of id → record, after the engine's own records for that list
 * (national dates, diplomatic relations: sections/calendar/national.ts); a site record replaces
 * the engine's of the same id. A missing or empty file is an empty list (the content check
 * reports a malformed one with the file and line).
 */
function listLoader(name: string): Loader {
  return {
    name: 'portico-list',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const siteFile = fileURLToPath(new URL(`${dir(name)}.yaml`, config.root));
      const engineFile = engineListFile(name);
      const sync = async () => {
        const engine = engineFile ? readMap(engineFile) : {};
        const site = readMap(siteFile);
        store.clear();
        for (const [id, raw] of mergeById(engine, site)) {
          const fromSite = Object.hasOwn(site, id);
          const filePath = fromSite ? `${dir(name).slice(2)}.yaml` : undefined;
          const data = await parseData({ id, data: raw as Record<string, unknown>, ...(filePath ? { filePath } : {}) });
          store.set({
            id,
            data,
            digest: generateDigest(raw as Record<string, unknown>),
            ...(filePath ? { filePath } : {}),
          });
        }
      };
      await sync();
      watcher?.add(siteFile);
      watcher?.on('change', (changed) => {
        if (changed === siteFile) void sync();
      });
    },
  };
}

/** Every Portico collection, ready to export as `collections` from the site's src/content.config.ts. */
export function porticoCollections(): { [K in keyof Table]: { loader: Loader; schema: Table[K]['schema'] } } {
  return Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, spec]) => [
      name,
      collectionFor(
        name,
        spec.layout,
        spec.schema as (h: SchemaHelpers) => z.ZodType,
        'keepsBody' in spec && spec.keepsBody === true,
      ),
    ]),
  ) as never;
}
