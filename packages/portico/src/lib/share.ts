/**
 * Plain share links: addresses of the networks' own share pages, so a page can offer sharing
 * without loading any third-party script. Opening one is the reader's choice; nothing is sent
 * before they click.
 */
import type { Locale } from '../i18n/locales.ts';

export const SHARE_NETWORKS = ['facebook', 'x', 'weibo'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** The share page of a network for a URL (absolute) and a title. */
export function shareUrl(network: ShareNetwork, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case 'x':
      return `https://x.com/intent/post?url=${u}&text=${t}`;
    case 'weibo':
      return `https://service.weibo.com/share/share.php?url=${u}&title=${t}`;
  }
}

/** Which networks readers of a language use most, first. */
const ORDER: Record<Locale, readonly ShareNetwork[]> = {
  vi: ['facebook', 'x', 'weibo'],
  en: ['facebook', 'x', 'weibo'],
  zh: ['weibo', 'facebook', 'x'],
};

/** The share links for a page, in the order that suits the reader's language. */
export function shareLinks(url: string, title: string, locale: Locale): { network: ShareNetwork; href: string }[] {
  if (!/^https?:\/\//.test(url)) throw new RangeError(`Share links need an absolute URL, got ${url}`);
  return ORDER[locale].map((network) => ({ network, href: shareUrl(network, url, title) }));
}
