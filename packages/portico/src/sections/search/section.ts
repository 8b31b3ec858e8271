/** Search: one page per language over Pagefind's index (built after Astro, see build-step.ts). */
import { defineSection } from '../spec.ts';

export const search = defineSection({
  key: 'search',
  path: { vi: 'tim-kiem', en: 'search', zh: 'sousuo' },
  nav: true,
  hostsPages: false,
  collections: {},
  entryCollections: [],
  pageSegments: [],
  routes: async () => (await import('./routes.ts')).searchRoutes(),
});
