// The default link-preview image of each language (1200×630): /og/default.png (Vietnamese),
// /og/default-en.png, /og/default-zh.png; drawn at build time with the engine's bundled font.
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../lib/incremental/track.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { province } from '../frame/province.ts';
import { DEFAULT_CARD_NAMES } from '../frame/og/default-cards.ts';
import { cardSetRenderer, pngResponse, siteCard } from '../frame/og/site-cards.ts';
import type { OgCard } from '../frame/og/card.ts';

function defaultCard(locale: Locale): OgCard {
  const others = LOCALES.filter((l) => l.code !== locale).map((l) => province.fullName[l.code]);
  return { ...siteCard(locale), eyebrow: others.join(' · '), title: province.tagline[locale] };
}

const render = cardSetRenderer(async () => LOCALES.map(({ code }) => defaultCard(code)));

export const getStaticPaths = (() => {
  // Listed before any page renders: the cards are drawn in another process meanwhile, so the
  // drawing modules and fonts stay out of the build's own process.
  render.predraw();
  return withCacheKeys(
    DEFAULT_CARD_NAMES.map(({ locale, name }) => ({
      params: { card: name },
      props: { locale },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  pngResponse(await render(defaultCard(props.locale)));
