// The home page persuades with the province's own content: calls to action per audience, headline
// figures, places and festivals with their pictures, and coming dates a general reader cares about.
import { describe, expect, it } from 'vitest';
import { builtPages, requireDist } from '../../packages/portico/test/site/dist.ts';

requireDist();
const pages = builtPages();
const HOMES = { vi: '/', en: '/en/', zh: '/zh/' } as const;
const SECTIONS = {
  vi: { visit: '/du-lich/', invest: '/dau-tu/', press: '/bao-chi/' },
  en: { visit: '/en/visit/', invest: '/en/invest/', press: '/en/press/' },
  zh: { visit: '/zh/lvyou/', invest: '/zh/touzi/', press: '/zh/xinwen/' },
} as const;
const section = (html: string, id: string) =>
  /<section[^>]*aria-labelledby="([^"]+)"[\s\S]*?<\/section>/g[Symbol.matchAll](html).find((m) => m[1] === id)?.[0] ??
  '';

describe.each(Object.entries(HOMES) as [keyof typeof HOMES, string][])('the %s home page', (locale, url) => {
  const html = pages.find((p) => p.url === url)!.html;

  it('leads with calls to action for visitors, investors and the press', () => {
    const ctas = /<ul class="hero__ctas"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    const hrefs = [...ctas.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([SECTIONS[locale].visit, SECTIONS[locale].invest, SECTIONS[locale].press]);
  });

  it('shows headline figures from the at-a-glance data', () => {
    const figures = section(html, 'figures-title');
    expect([...figures.matchAll(/<dd[^>]*>/g)].length).toBeGreaterThanOrEqual(3);
  });

  it.each(['places-title', 'festivals-title'])('shows %s as cards with pictures and links', (id) => {
    const cards = section(html, id).split('<li class="card card--picture"').slice(1);
    expect(cards.length).toBe(3);
    for (const card of cards) {
      expect(card).toMatch(/<img [^>]*src="[^"]+"[^>]*alt="[^"]*"/);
      expect(card).toMatch(/<h3[^>]*><a href="\/[^"]+"/);
    }
    if (id === 'festivals-title') for (const card of cards) expect(card).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
  });

  it('lists coming dates without ordinary national or diplomatic days', () => {
    const coming = section(html, 'upcoming-title');
    const items = [...coming.matchAll(/<li class="occ occ--(\w+)"[\s\S]*?<\/li>/g)];
    expect(items.length).toBeGreaterThan(0);
    for (const [item, kind] of items)
      if (kind === 'national' || kind === 'diplomatic') expect(item).toContain('badge--major');
  });
});
