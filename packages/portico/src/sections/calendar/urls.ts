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

/**
 * The subscription address of a feed: its https:// (or http://) URL as webcal://, which calendar
 * apps open as a subscription that keeps itself up to date instead of a one-time import.
 */
export function webcalUrl(feedUrl: string): string {
  const m = /^https?:\/\/(.+)$/i.exec(feedUrl);
  if (!m) throw new Error(`not an absolute http(s) URL: ${feedUrl}`);
  return `webcal://${m[1]}`;
}
