// Wiring only: each collection's loader and schema. The schemas and the table of collections
// live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { SchemaHelpers } from '../packages/portico/src/collections/fields.ts';
import { COLLECTIONS, PROSE_PATTERN } from '../packages/portico/src/collections/index.ts';

const dir = (name: string) => `./src/content/${name}`;

// Keep the locale folder in the id ("en/about") so translations stay apart.
const prose = <S extends z.ZodType>(name: string, schema: (h: SchemaHelpers) => S) =>
  defineCollection({
    loader: glob({ pattern: PROSE_PATTERN, base: dir(name), generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
    schema: ({ image }) => schema({ image }),
  });

const records = <S extends z.ZodType>(name: string, schema: (h: SchemaHelpers) => S) =>
  defineCollection({
    loader: glob({ pattern: '*.yaml', base: dir(name), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: ({ image }) => schema({ image }),
  });

const list = <S extends z.ZodType>(name: string, schema: (h: SchemaHelpers) => S) =>
  defineCollection({ loader: file(`${dir(name)}.yaml`), schema: ({ image }) => schema({ image }) });

const c = COLLECTIONS;
export const collections = {
  pages: prose('pages', c.pages.schema),
  news: prose('news', c.news.schema),
  'press-kits': prose('press-kits', c['press-kits'].schema),
  sectors: prose('sectors', c.sectors.schema),
  zones: prose('zones', c.zones.schema),
  opportunities: prose('opportunities', c.opportunities.schema),
  incentives: prose('incentives', c.incentives.schema),
  destinations: prose('destinations', c.destinations.schema),
  festivals: prose('festivals', c.festivals.schema),
  culture: prose('culture', c.culture.schema),
  media: records('media', c.media.schema),
  contacts: list('contacts', c.contacts.schema),
  glossary: list('glossary', c.glossary.schema),
  'calendar-dates': list('calendar-dates', c['calendar-dates'].schema),
  'diplomatic-relations': list('diplomatic-relations', c['diplomatic-relations'].schema),
  redirects: list('redirects', c.redirects.schema),
};
