/**
 * The Invest section's pages: its home (the section index), sectors, zones and border gates,
 * the opportunity list (paginated) with one pre-built list per filter value (so filtering needs
 * no JavaScript), every opportunity, the incentives and the province at a glance.
 */
import { LOCALES, type Locale, type Localized } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import type { RouteGroup } from '../../frame/routing.ts';
import { FILTER_DIMENSIONS, facetCounts, type FilterDimension } from './logic.ts';
import { filterValueSegment, investEntries, investPaths, opportunityRows, type InvestEntries } from './data.ts';
import { ROW_PAGE_SIZE, paginate, type Paging } from '../../lib/paginate.ts';
import { pagedGroups } from '../../frame/paged.ts';

const each = <T>(make: (locale: Locale) => T): Localized<T> =>
  Object.fromEntries(LOCALES.map(({ code }) => [code, make(code)])) as Localized<T>;

/** A filter value's name in a language: the sector's or zone's title, or the form's or scale's label. */

/** What the section's views receive. */
export type InvestViewProps =
  | { view: 'invest-home' }
  | OpportunityListProps
  | { view: 'invest-opportunity'; name: string }
  | { view: 'invest-sector'; name: string }
  | { view: 'invest-zone'; name: string }
  | { view: 'invest-incentives' }
  | { view: 'invest-incentive'; name: string }
  | { view: 'invest-glance' };

export function filterLabel(entries: InvestEntries, dimension: FilterDimension, value: string, l: Locale): string {
  const t = useTranslations(l);
  switch (dimension) {
    case 'sector':
      return entries.sectors.find((s) => s.name === value)?.variants[l].entry.data.title ?? value;
    case 'zone':
      return entries.zones.find((z) => z.name === value)?.variants[l].entry.data.title ?? value;
    case 'form':
      return t(`invest.form.${value}` as 'invest.form.open');
    case 'scale':
      return t(`invest.scale.${value}` as 'invest.scale.small');
  }
}

/** Page n of the opportunity list, whole or filtered: which rows it shows. */
export interface OpportunityListProps {
  view: 'invest-opportunities';
  filter?: { dimension: FilterDimension; value: string };
  paging: Paging;
}

/** The list's pages: the whole list (indexed) or one filter value (followed, not indexed). */
function listGroups(rowCount: number, first: Localized, title: Localized, filter?: OpportunityListProps['filter']) {
  // The view finds its rows itself (they depend on the language); pages only need their count.
  const rowNumbers = Array.from({ length: rowCount }, (_, i) => i);
  return pagedGroups<number, InvestViewProps>({
    id: filter ? `invest:opportunities:${filter.dimension}:${filter.value}` : 'invest:opportunities',
    view: 'invest-opportunities',
    first,
    title,
    pages: each(() => paginate(rowNumbers, ROW_PAGE_SIZE)),
    props: (_l, _rows, paging) => ({ view: 'invest-opportunities', ...(filter ? { filter } : {}), paging }),
    // A filtered list repeats the full list: followed, not indexed.
    ...(filter ? { indexable: () => false } : {}),
  });
}

function filterGroups(entries: InvestEntries): RouteGroup<InvestViewProps>[] {
  // The values are the source language's; translations carry the same facts.
  const rows = opportunityRows(entries, 'vi');
  const groups: RouteGroup<InvestViewProps>[] = [];
  for (const dimension of FILTER_DIMENSIONS) {
    for (const [value, count] of facetCounts(rows, dimension)) {
      const segments = each((l) => filterValueSegment(entries, dimension, value, l));
      if (LOCALES.some(({ code }) => !segments[code])) continue;
      groups.push(
        ...listGroups(
          count,
          each((l) => investPaths.filter(l, dimension, segments[l]!)),
          each((l) =>
            useTranslations(l)('invest.opportunities.filteredTitle', {
              value: filterLabel(entries, dimension, value, l),
            }),
          ),
          { dimension, value },
        ),
      );
    }
  }
  return groups;
}

export async function investRoutes(): Promise<RouteGroup<InvestViewProps>[]> {
  const entries = await investEntries();
  const t = (l: Locale) => useTranslations(l);
  const own = <E extends { variants: Localized<{ fallback: boolean }> }>(e: E) => each((l) => !e.variants[l].fallback);

  return [
    {
      id: 'section:invest',
      view: 'invest-home',
      paths: each(investPaths.home),
      titles: each((l) => t(l)('nav.invest')),
      props: each(() => ({ view: 'invest-home' as const })),
    },
    ...listGroups(
      entries.opportunities.length,
      each(investPaths.opportunities),
      each((l) => t(l)('invest.opportunities.title')),
    ),
    ...filterGroups(entries),
    ...entries.opportunities.map((e) => ({
      id: `invest:opportunity:${e.name}`,
      view: 'invest-opportunity',
      paths: each((l) => investPaths.opportunity(l, e)),
      titles: each((l) => e.variants[l].entry.data.title),
      props: each(() => ({ view: 'invest-opportunity' as const, name: e.name })),
      indexable: own(e),
      entry: e,
    })),
    ...entries.sectors.map((e) => ({
      id: `invest:sector:${e.name}`,
      view: 'invest-sector',
      paths: each((l) => investPaths.sector(l, e)),
      titles: each((l) => e.variants[l].entry.data.title),
      props: each(() => ({ view: 'invest-sector' as const, name: e.name })),
      indexable: own(e),
      entry: e,
    })),
    ...entries.zones.map((e) => ({
      id: `invest:zone:${e.name}`,
      view: 'invest-zone',
      paths: each((l) => investPaths.zone(l, e)),
      titles: each((l) => e.variants[l].entry.data.title),
      props: each(() => ({ view: 'invest-zone' as const, name: e.name })),
      indexable: own(e),
      entry: e,
    })),
    {
      id: 'invest:incentives',
      view: 'invest-incentives',
      paths: each(investPaths.incentives),
      titles: each((l) => t(l)('invest.incentives.title')),
      props: each(() => ({ view: 'invest-incentives' as const })),
    },
    ...entries.incentives.map((e) => ({
      id: `invest:incentive:${e.name}`,
      view: 'invest-incentive',
      paths: each((l) => investPaths.incentive(l, e)),
      titles: each((l) => e.variants[l].entry.data.title),
      props: each(() => ({ view: 'invest-incentive' as const, name: e.name })),
      indexable: own(e),
      entry: e,
    })),
    {
      id: 'invest:glance',
      view: 'invest-glance',
      paths: each(investPaths.glance),
      titles: each((l) => t(l)('invest.glance.title')),
      props: each(() => ({ view: 'invest-glance' as const })),
    },
  ];
}
