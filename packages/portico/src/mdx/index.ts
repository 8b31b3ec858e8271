/**
 * The components editors may use in MDX, by the name they write. Anything else is refused by
 * the content check (see src/components/mdx/README.md).
 */
import Note from './Note.astro';
import Gallery from './Gallery.astro';
import { MDX_COMPONENT_NAMES, type MdxComponentName } from './names.ts';

/** Every name in names.ts must be registered here (TypeScript checks it), and nothing else. */
export const mdxComponents = { Note, Gallery } satisfies Record<MdxComponentName, unknown>;

/** Fails type-checking when a component above is missing from names.ts (the content check reads that list). */
export const mdxNamesComplete: [Exclude<keyof typeof mdxComponents, MdxComponentName>] extends [never] ? true : never =
  true;

export { MDX_COMPONENT_NAMES, type MdxComponentName };
