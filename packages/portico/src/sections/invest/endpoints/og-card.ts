// Per-page link-preview images (1200×630) for the Invest section, drawn at build time:
// /og/<page path>.png, e.g. /og/en/invest/zones/chi-ma-border-gate.png. Filtered opportunity
// lists share the list's image (see hasOwnOgImage).
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getRoutes } from '../../../frame/routes.ts';
import { province } from '../../../frame/province.ts';
import { useTranslations } from '../../../i18n/translator.ts';
import { ogCardSvg } from '../../../frame/og/og-card.ts';
import { hasOwnOgImage, ogImagePath } from '../logic.ts';

interface Card {
  title: string;
  subtitle: string;
}

export const getStaticPaths = (async () => {
  const routes = await getRoutes();
  return routes
    .filter((route) => hasOwnOgImage(route.id))
    .map((route) => ({
      params: { slug: ogImagePath(route.path).replace(/^\/og\//, '').replace(/\.png$/, '') },
      props: { title: route.title, subtitle: `${useTranslations(route.locale)('nav.invest')} · ${province.fullName[route.locale]}` } satisfies Card,
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Card> = async ({ props }) => {
  const svg = ogCardSvg({ title: props.title, subtitle: props.subtitle, colours: province.colours, wrapTitleAt: 28 });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
