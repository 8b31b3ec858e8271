/** The Calendar section: anniversaries, holidays, festivals and diplomatic relations, with iCalendar feeds. */
import { defineSection } from '../spec.ts';
import { CalendarDateSchema, RelationSchema } from './schema.ts';
import { BY_NAME, KIND_SEGMENTS, RELATIONS } from './urls.ts';

export const calendar = defineSection({
  key: 'calendar',
  path: { vi: 'lich', en: 'calendar', zh: 'rili' },
  nav: true,
  hostsPages: true,
  collections: {
    'calendar-dates': { layout: 'list', schema: CalendarDateSchema },
    'diplomatic-relations': { layout: 'list', schema: RelationSchema },
  },
  entryCollections: [],
  pageSegments: [...Object.values(KIND_SEGMENTS), RELATIONS, BY_NAME],
  routes: async () => (await import('./routes.ts')).calendarRoutes(),
  endpoints: [
    { pattern: '/calendar/[locale]/[feed].ics', entrypoint: new URL('./endpoints/feed-ics.ts', import.meta.url) },
  ],
});
