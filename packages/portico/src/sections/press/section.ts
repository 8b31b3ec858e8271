/** The Press section: news and releases, press kits, media contacts, the media library and feeds. */
import { defineSection } from '../spec.ts';
import { ContactSchema, MediaSchema, NewsSchema, PressKitSchema } from './schema.ts';
import { PRESS_SEGMENTS } from './urls.ts';

export const press = defineSection({
  key: 'press',
  path: { vi: 'bao-chi', en: 'press', zh: 'xinwen' },
  nav: true,
  hostsPages: true,
  collections: {
    news: { layout: 'prose', schema: NewsSchema },
    'press-kits': { layout: 'prose', schema: PressKitSchema, keepsBody: true },
    media: { layout: 'records', schema: MediaSchema },
    contacts: { layout: 'list', schema: ContactSchema },
  },
  entryCollections: ['news', 'press-kits'],
  pageSegments: Object.values(PRESS_SEGMENTS),
  routes: async () => (await import('./routes.ts')).pressRoutes(),
  pageModules: [new URL('./item-page.astro', import.meta.url)],
  endpoints: [
    { pattern: '/feeds/[locale]/[kind].xml', entrypoint: new URL('./endpoints/feed-xml.ts', import.meta.url) },
    { pattern: '/press-kits/[file].zip', entrypoint: new URL('./endpoints/kit-zip.ts', import.meta.url) },
    { pattern: '/press-kits/[file].pdf', entrypoint: new URL('./endpoints/kit-pdf.ts', import.meta.url) },
  ],
});
