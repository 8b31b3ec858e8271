/**
 * The names of the components editors may write in MDX. Kept apart from index.ts (which imports
 * the .astro files) so `npm run check`, running on plain Node, can read the list.
 * Adding a component: add its name here AND register it in index.ts.
 */
export const MDX_COMPONENT_NAMES = ['Note', 'Gallery'] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
