/** The Invest section: sectors, zones and gates, opportunities, incentives, the province at a glance. */
import { defineSection } from '../spec.ts';
import {
  FigureChartSchema,
  FigureSchema,
  IncentiveSchema,
  OpportunitySchema,
  SectorSchema,
  ZoneSchema,
} from './schema.ts';
import { FILTER_SEGMENTS, FORM_SEGMENTS, INVEST_SEGMENTS, SCALE_SEGMENTS } from './logic.ts';

export const invest = defineSection({
  key: 'invest',
  path: { vi: 'dau-tu', en: 'invest', zh: 'touzi' },
  nav: true,
  hostsPages: true,
  collections: {
    sectors: { layout: 'prose', schema: SectorSchema },
    zones: { layout: 'prose', schema: ZoneSchema },
    opportunities: { layout: 'prose', schema: OpportunitySchema },
    incentives: { layout: 'prose', schema: IncentiveSchema },
    figures: { layout: 'list', schema: FigureSchema },
    'figure-charts': { layout: 'list', schema: FigureChartSchema },
  },
  entryCollections: ['sectors', 'zones', 'opportunities', 'incentives'],
  pageSegments: [
    ...Object.values(INVEST_SEGMENTS),
    ...Object.values(FILTER_SEGMENTS),
    ...Object.values(FORM_SEGMENTS),
    ...Object.values(SCALE_SEGMENTS),
  ],
  routes: async () => (await import('./routes.ts')).investRoutes(),
  endpoints: [{ pattern: '/og/[...slug].png', entrypoint: new URL('./endpoints/og-card.ts', import.meta.url) }],
});
