// Per-page link-preview images (1200×630) for the Invest section, drawn at build time with the
// engine's bundled font: /og/<page path>.png, e.g. /og/en/invest/zones/<zone>.png. Filtered
// opportunity lists share the list's image (see hasOwnOgImage).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../../frame/routes.ts';
import { useTranslations } from '../../../i18n/translator.ts';
import type { OgCard } from '../../../frame/og/card.ts';
import { cardSetRenderer, pngResponse, siteCard } from '../../../frame/og/site-cards.ts';
import { hasOwnOgImage, ogImagePath } from '../logic.ts';
import { withCacheKeys } from '../../../lib/incremental/track.ts';

interface CardPage {
  slug: string;
  card: OgCard;
}

let pages: Promise<CardPage[]> | undefined;
function cardPages(): Promise<CardPage[]> {
  pages ??= getRoutes().then((routes) =>
    routes
      .filter((route) => hasOwnOgImage(route.id))
      .map((route) => ({
        slug: ogImagePath(route.path)
          .replace(/^\/og\//, '')
          .replace(/\.png$/, ''),
        card: { ...siteCard(route.locale), eyebrow: useTranslations(route.locale)('nav.invest'), title: route.title },
      })),
  );
  return pages;
}

const render = cardSetRenderer(async () => (await cardPages()).map((p) => p.card));

export const getStaticPaths = (async () => {
  // Listed before any page renders: the cards are drawn in another process meanwhile.
  render.predraw();
  return withCacheKeys((await cardPages()).map(({ slug, card }) => ({ params: { slug }, props: { card } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => pngResponse(await render(props.card));
