/**
 * Which pages the screenshots show, chosen from the sitemap with the sections' own URL segments
 * (so every Portico site gets the same set): the home page, the first destination, the opportunity
 * list, the newest-sorted first press release and the search page with the province's name as the
 * query, in every language. Pure: paths in, shots out.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { pathOf, sectionPath } from '../../src/frame/routing.ts';
import { VISIT_SEGMENTS } from '../../src/sections/visit/urls.ts';
import { INVEST_SEGMENTS } from '../../src/sections/invest/logic.ts';
import { PRESS_SEGMENTS } from '../../src/sections/press/urls.ts';

export type ShotPage = 'home' | 'destination' | 'opportunities' | 'release' | 'search';

export interface Shot {
  page: ShotPage;
  locale: Locale;
  path: string;
}

/** The first sitemap path that is a direct child of `list` (an entry page, not a paged list). */
function firstChild(paths: readonly string[], list: string): string | undefined {
  return paths.find((p) => p.startsWith(list) && /^[^/]+\/$/.test(p.slice(list.length)) && !/^\d+\/$/.test(p.slice(list.length)));
}

export function choosePages(paths: readonly string[], locales: readonly Locale[], names: Record<Locale, string>): Shot[] {
  const sorted = [...paths].sort();
  const shots: Shot[] = [];
  for (const locale of locales) {
    const candidates: [ShotPage, string | undefined][] = [
      ['home', pathOf(locale)],
      ['destination', firstChild(sorted, sectionPath(locale, 'visit', VISIT_SEGMENTS.destinations[locale]))],
      ['opportunities', sectionPath(locale, 'invest', INVEST_SEGMENTS.opportunities[locale])],
      ['release', firstChild(sorted, sectionPath(locale, 'press', PRESS_SEGMENTS.releases[locale]))],
      ['search', `${sectionPath(locale, 'search')}?q=${encodeURIComponent(names[locale])}`],
    ];
    for (const [page, path] of candidates) if (path) shots.push({ page, locale, path });
  }
  return shots;
}
