/** The Culture section: communities, heritage, crafts, cuisine, customs and arts. */
import { defineSection } from '../spec.ts';
import { CultureSchema } from './schema.ts';

export const culture = defineSection({
  key: 'culture',
  path: { vi: 'van-hoa', en: 'culture', zh: 'wenhua' },
  nav: true,
  hostsPages: true,
  collections: { culture: { layout: 'prose', schema: CultureSchema } },
  entryCollections: ['culture'],
  pageSegments: [],
  routes: async () => (await import('./routes.ts')).cultureRoutes(),
});
