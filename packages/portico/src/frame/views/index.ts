/**
 * The view for each `view` name: the frame's own (home, 404, plain pages) and each registered
 * section's, from its views/index.ts. RouteView.astro renders what this returns. The section
 * views are imported eagerly so that one page module holds them all (and their styles).
 */
import HomeView from './HomeView.astro';
import NotFoundView from './NotFoundView.astro';
import EntryView from './EntryView.astro';
import { SECTION_SPECS } from '../../sections/index.ts';

const sectionViews = import.meta.glob<{ views: Record<string, unknown> }>('../../sections/*/views/index.ts', { eager: true });

const VIEWS = new Map<string, unknown>(Object.entries({ home: HomeView, notfound: NotFoundView, entry: EntryView }));
for (const section of SECTION_SPECS) {
  for (const [view, component] of Object.entries(sectionViews[`../../sections/${section.key}/views/index.ts`]?.views ?? {})) {
    if (VIEWS.has(view)) throw new Error(`Portico: two views are registered as "${view}"`);
    VIEWS.set(view, component);
  }
}

/** The component that renders a view name; a name no section registers is a bug in Portico. */
export function viewFor(name: string): unknown {
  const view = VIEWS.get(name);
  if (!view) throw new Error(`Portico: no view is registered as "${name}" (see src/sections/*/views/index.ts)`);
  return view;
}
