/**
 * The table of collections: what each is, where its files live and which schema checks them.
 * src/content.config.ts, `npm run check`, `npm run new` and `npm run status` all read it.
 */
import type { z } from 'astro/zod';
import type { SchemaHelpers } from './fields.ts';
import { IncentiveSchema, OpportunitySchema, SectorSchema, ZoneSchema } from '../sections/invest/schema.ts';
import { CultureSchema, DestinationSchema, FestivalSchema } from '../sections/visit/schema.ts';
import { ContactSchema, GlossarySchema, MediaSchema, NewsSchema, PressKitSchema } from '../sections/press/schema.ts';
import { PageSchema, RedirectSchema } from '../frame/schema.ts';
import { CalendarDateSchema, RelationSchema } from '../sections/calendar/schema.ts';

export interface CollectionSpec {
  /**
   * prose: src/content/<name>/<locale>/<entry>.md(x), translated by entry name.
   * records: src/content/<name>/<id>.yaml, one record a file.
   * list: src/content/<name>.yaml, a map of id → record.
   */
  layout: 'prose' | 'records' | 'list';
  schema: (helpers: SchemaHelpers) => z.ZodType;
}

export const COLLECTIONS = {
  pages: { layout: 'prose', schema: PageSchema },
  news: { layout: 'prose', schema: NewsSchema },
  'press-kits': { layout: 'prose', schema: PressKitSchema },
  sectors: { layout: 'prose', schema: SectorSchema },
  zones: { layout: 'prose', schema: ZoneSchema },
  opportunities: { layout: 'prose', schema: OpportunitySchema },
  incentives: { layout: 'prose', schema: IncentiveSchema },
  destinations: { layout: 'prose', schema: DestinationSchema },
  festivals: { layout: 'prose', schema: FestivalSchema },
  culture: { layout: 'prose', schema: CultureSchema },
  media: { layout: 'records', schema: MediaSchema },
  contacts: { layout: 'list', schema: ContactSchema },
  glossary: { layout: 'list', schema: GlossarySchema },
  'calendar-dates': { layout: 'list', schema: CalendarDateSchema },
  'diplomatic-relations': { layout: 'list', schema: RelationSchema },
  redirects: { layout: 'list', schema: RedirectSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export type ProseCollection = {
  [K in CollectionName]: (typeof COLLECTIONS)[K]['layout'] extends 'prose' ? K : never;
}[CollectionName];

export const PROSE_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
  (name): name is ProseCollection => COLLECTIONS[name].layout === 'prose',
);

/** The file pattern a prose collection accepts: Markdown, or MDX where an entry needs components. */
export const PROSE_PATTERN = '*/*.{md,mdx}';
