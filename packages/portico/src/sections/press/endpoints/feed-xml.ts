// The Atom feeds of each language: /feeds/<locale>/news.xml (all news) and /feeds/<locale>/releases.xml.
// Items come from pressItems(), which holds only public entries: drafts and embargoed items never appear.
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../../../lib/incremental/track.ts';
import { LOCALES, localeInfo, type Locale } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/translator.ts';
import { faviconPath, province } from '../../../frame/province.ts';
import { pressItems } from '../data.ts';
import { atomFeed } from '../feed.ts';
import { FEED_KINDS, feedPath, listPath, selectFeedItems, vietnamMidnight, type FeedKind } from '../logic.ts';
import { absoluteUrl } from '../../../frame/routing.ts';

export const getStaticPaths = (() =>
  withCacheKeys(
    LOCALES.flatMap(({ code }) => FEED_KINDS.map((kind) => ({ params: { locale: code, kind } }))),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const kind = params.kind as FeedKind;
  const t = useTranslations(locale);
  const name = province.fullName[locale];
  const items = selectFeedItems(await pressItems(locale), kind);
  const xml = atomFeed({
    selfUrl: absoluteUrl(province.site, feedPath(locale, kind)),
    pageUrl: absoluteUrl(province.site, listPath(locale, kind === 'news' ? 'all' : 'press-release')),
    title: kind === 'news' ? t('press.feeds.newsTitle', { name }) : t('press.feeds.releasesTitle', { name }),
    subtitle: kind === 'news' ? t('press.feeds.newsSubtitle', { name }) : t('press.feeds.releasesSubtitle', { name }),
    language: localeInfo(locale).htmlLang,
    author: { name: province.agency.name[locale], uri: absoluteUrl(province.site, '/') },
    rights: t('footer.rights', {
      year: (items[0]?.updated ?? vietnamMidnight('2026-01-01')).getUTCFullYear(),
      agency: province.agency.name[locale],
    }),
    icon: absoluteUrl(province.site, faviconPath),
    emptyUpdated: vietnamMidnight('2026-01-01'),
    entries: items.map((item) => ({
      url: absoluteUrl(province.site, item.path),
      title: item.title,
      summary: item.description,
      published: item.published,
      updated: item.updated,
      categories: [item.type],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
