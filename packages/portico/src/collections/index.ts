/**
 * The table of collections: what each is, where its files live and which schema checks them.
 * The frame owns pages, the glossary and redirects; every other collection comes from the
 * section that owns it (src/sections/<key>/section.ts). The site's src/content.config.ts
 * (through ./content.ts), `portico check`, `new` and `status` all read this table.
 */
import { PageSchema, RedirectSchema } from '../frame/schema.ts';
import { GlossarySchema } from '../sections/press/schema.ts';
import { SECTION_SPECS, type SectionSpecs } from '../sections/index.ts';
import type { CollectionSpec } from './spec.ts';

export type { CollectionSpec };

const FRAME_COLLECTIONS = {
  pages: { layout: 'prose', schema: PageSchema },
  glossary: { layout: 'list', schema: GlossarySchema },
  redirects: { layout: 'list', schema: RedirectSchema },
} as const satisfies Record<string, CollectionSpec>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type SectionCollections = UnionToIntersection<SectionSpecs[number]['collections']>;

export const COLLECTIONS = Object.assign(
  {},
  FRAME_COLLECTIONS,
  ...SECTION_SPECS.map((s) => s.collections),
) as typeof FRAME_COLLECTIONS & SectionCollections;

export type CollectionName = keyof typeof COLLECTIONS & string;
export type ProseCollection = {
  [K in CollectionName]: (typeof COLLECTIONS)[K]['layout'] extends 'prose' ? K : never;
}[CollectionName];

export const PROSE_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
  (name): name is ProseCollection => COLLECTIONS[name].layout === 'prose',
);

/** The file pattern a prose collection accepts: Markdown, or MDX where an entry needs components. */
export const PROSE_PATTERN = '*/*.{md,mdx}';
