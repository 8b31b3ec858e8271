import type { Localized } from '../../i18n/locales.ts';
import type { CalendarKind } from './logic.ts';

/** URL segment of each kind's filtered year page. */
export const KIND_SEGMENTS: Record<CalendarKind, Localized> = {
  holiday: { vi: 'ngay-nghi-le', en: 'holidays', zh: 'jiejiari' },
  national: { vi: 'ngay-ky-niem', en: 'observances', zh: 'jinianri' },
  provincial: { vi: 'dia-phuong', en: 'provincial', zh: 'difang' },
  festival: { vi: 'le-hoi', en: 'festivals', zh: 'jieqing' },
  international: { vi: 'quoc-te', en: 'international', zh: 'guoji' },
  diplomatic: { vi: 'ngoai-giao', en: 'diplomatic', zh: 'waijiao' },
};

export const RELATIONS: Localized = { vi: 'quan-he-ngoai-giao', en: 'diplomatic-relations', zh: 'jianjiao' };
export const BY_NAME: Localized = { vi: 'theo-ten', en: 'by-name', zh: 'an-guoming' };
