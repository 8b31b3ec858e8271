import type { Localized } from '../../i18n/locales.ts';

/** URL segments of the press section's own pages, under /bao-chi/, /en/press/, /zh/xinwen/. */
export const PRESS_SEGMENTS = {
  stories: { vi: 'tin-tuc', en: 'news', zh: 'baodao' },
  releases: { vi: 'thong-cao', en: 'releases', zh: 'xinwengao' },
  kits: { vi: 'bo-tai-lieu', en: 'press-kits', zh: 'ziliaobao' },
  contacts: { vi: 'lien-he-bao-chi', en: 'media-contacts', zh: 'meiti-lianluo' },
  media: { vi: 'thu-vien-anh', en: 'media-library', zh: 'tuku' },
} as const satisfies Record<string, Localized>;
