/**
 * The frame's own views (home, 404, plain pages), by the `view` name their routes use. Each
 * section's views are in its views/index.ts and are imported only by that section's page module
 * (src/sections/<key>/page.astro), so a page's stylesheet holds the frame's styles and its own
 * section's, never every section's. The home page has its own module too (src/routes/home.astro):
 * its styles are the heaviest of the frame and no other page needs them.
 */
import NotFoundView from './NotFoundView.astro';
import EntryView from './EntryView.astro';

export const frameViews: Record<string, unknown> = { notfound: NotFoundView, entry: EntryView };
