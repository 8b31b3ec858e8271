import type { Localized } from '../../i18n/locales.ts';

/** URL segments of the section's lists, per language. */
export const VISIT_SEGMENTS = {
  destinations: { vi: 'diem-den', en: 'destinations', zh: 'jingdian' },
  festivals: { vi: 'le-hoi', en: 'festivals', zh: 'jieqing' },
} as const satisfies Record<string, Localized>;
