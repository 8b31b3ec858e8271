/**
 * The collections a Portico site declares in its src/content.config.ts:
 *
 *   import { porticoCollections } from 'portico/content';
 *   export const collections = porticoCollections();
 *
 * Every collection of the table (./index.ts) with its loader and schema. Content lives in the
 * site's src/content/<name>/… (prose and records) or src/content/<name>.yaml (lists).
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, PROSE_PATTERN } from './index.ts';
import type { SchemaHelpers } from './fields.ts';

const dir = (name: string) => `./src/content/${name}`;

type Table = typeof COLLECTIONS;
type Loader = ReturnType<typeof glob>;

function collectionFor(
  name: string,
  layout: 'prose' | 'records' | 'list',
  schema: (h: SchemaHelpers) => z.ZodType,
  keepsBody = false,
) {
  const withHelpers = ({ image }: SchemaHelpers) => schema({ image });
  switch (layout) {
    case 'prose':
      // Keep the locale folder in the id ("en/about") so translations stay apart.
      return defineCollection({
        loader: glob({
          pattern: PROSE_PATTERN,
          base: dir(name),
          generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
          retainBody: keepsBody,
        }),
        schema: withHelpers,
      });
    case 'records':
      return defineCollection({
        loader: glob({ pattern: '*.yaml', base: dir(name), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
        schema: withHelpers,
      });
    case 'list':
      return defineCollection({ loader: file(`${dir(name)}.yaml`), schema: withHelpers });
  }
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
