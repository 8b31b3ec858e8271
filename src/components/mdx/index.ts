/**
 * The components editors may use in MDX, by the name they write. Anything else is refused by
 * the content check (see src/components/mdx/README.md).
 */
import Note from './Note.astro';

export const mdxComponents = { Note };

export type MdxComponentName = keyof typeof mdxComponents;
export const MDX_COMPONENT_NAMES = Object.keys(mdxComponents) as MdxComponentName[];
