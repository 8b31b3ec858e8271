/** The Visit section: destinations by kind, festivals with this year's dates, the map, practical pages. */
import { defineSection } from '../spec.ts';
import { DestinationSchema, FestivalSchema } from './schema.ts';
import { VISIT_SEGMENTS } from './urls.ts';

export const visit = defineSection({
  key: 'visit',
  path: { vi: 'du-lich', en: 'visit', zh: 'lvyou' },
  nav: true,
  hostsPages: true,
  collections: {
    destinations: { layout: 'prose', schema: DestinationSchema },
    festivals: { layout: 'prose', schema: FestivalSchema },
  },
  entryCollections: ['destinations', 'festivals'],
  pageSegments: Object.values(VISIT_SEGMENTS),
  routes: async () => (await import('./routes.ts')).visitRoutes(),
});
