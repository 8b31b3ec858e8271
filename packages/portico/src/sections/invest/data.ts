/**
 * The Invest section's data: sectors, zones (economic zone, industrial parks, border gates),
 * opportunities and incentives as plain objects for one language, with their URLs. Everything
 * public comes through localizedEntries (drafts and embargoed entries never get here).
 */
import type { CollectionEntry } from 'astro:content';
import { remember, shared } from '../../lib/incremental/track.ts';
import type { Locale, Localized } from '../../i18n/locales.ts';
import { sectionPath } from '../../frame/routing.ts';
import {
  FILTER_SEGMENTS,
  FORM_SEGMENTS,
  INVEST_SEGMENTS,
  SCALE_SEGMENTS,
  sortRows,
  comparableCapitalVnd,
  type FilterDimension,
  type InvestmentForm,
  type OpportunityFacts,
  type ScaleBucket,
} from './logic.ts';
import { localizedEntries, readCollection, type LocalizedEntry } from '../../frame/content.ts';
import { itemLanguage, type ItemLanguage } from '../../frame/item-language.ts';
import { province } from '../../frame/province.ts';

export type SectorEntry = LocalizedEntry<'sectors'>;
export type ZoneEntry = LocalizedEntry<'zones'>;
export type OpportunityEntry = LocalizedEntry<'opportunities'>;
export type IncentiveEntry = LocalizedEntry<'incentives'>;
export type ZoneData = CollectionEntry<'zones'>['data'];
export type OpportunityData = CollectionEntry<'opportunities'>['data'];
export type IncentiveData = CollectionEntry<'incentives'>['data'];
export type Contact = CollectionEntry<'contacts'>['data'] & { id: string };

export interface InvestEntries {
  sectors: SectorEntry[];
  zones: ZoneEntry[];
  opportunities: OpportunityEntry[];
  incentives: IncentiveEntry[];
}

/** Every public entry of the section's four collections; sectors in their `order`. */
export const investEntries = remember('invest:entries', async (): Promise<InvestEntries> => {
  const [sectors, zones, opportunities, incentives] = await Promise.all([
    localizedEntries('sectors'),
    localizedEntries('zones'),
    localizedEntries('opportunities'),
    localizedEntries('incentives'),
  ]);
  const order = (e: SectorEntry) => e.variants.vi.entry.data.order;
  return {
    sectors: [...sectors].sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name)),
    zones,
    opportunities,
    incentives,
  };
});

// ------------------------------------------------------------------------------------ URLs

export const investPaths = {
  home: (l: Locale) => sectionPath(l, 'invest'),
  sector: (l: Locale, e: SectorEntry) => sectionPath(l, 'invest', INVEST_SEGMENTS.sectors[l], e.segments[l]),
  zone: (l: Locale, e: ZoneEntry) => sectionPath(l, 'invest', INVEST_SEGMENTS.zones[l], e.segments[l]),
  opportunities: (l: Locale) => sectionPath(l, 'invest', INVEST_SEGMENTS.opportunities[l]),
  opportunity: (l: Locale, e: OpportunityEntry) =>
    sectionPath(l, 'invest', INVEST_SEGMENTS.opportunities[l], e.segments[l]),
  incentives: (l: Locale) => sectionPath(l, 'invest', INVEST_SEGMENTS.incentives[l]),
  incentive: (l: Locale, e: IncentiveEntry) => sectionPath(l, 'invest', INVEST_SEGMENTS.incentives[l], e.segments[l]),
  glance: (l: Locale) => sectionPath(l, 'invest', INVEST_SEGMENTS.glance[l]),
  filter: (l: Locale, dimension: FilterDimension, valueSegment: string) =>
    sectionPath(l, 'invest', INVEST_SEGMENTS.opportunities[l], FILTER_SEGMENTS[dimension][l], valueSegment),
};

/** The URL segment of a filter value: the sector's or zone's own address, or the form's or scale's segment. */
export function filterValueSegment(
  entries: InvestEntries,
  dimension: FilterDimension,
  value: string,
  l: Locale,
): string | undefined {
  switch (dimension) {
    case 'sector':
      return entries.sectors.find((s) => s.name === value)?.segments[l];
    case 'zone':
      return entries.zones.find((z) => z.name === value)?.segments[l];
    case 'form':
      return FORM_SEGMENTS[value as InvestmentForm]?.[l];
    case 'scale':
      return SCALE_SEGMENTS[value as ScaleBucket]?.[l];
  }
}

// ----------------------------------------------------------------------- per-language views

/** What every card or row shows of an entry in one language. */
export interface Shown extends ItemLanguage {
  name: string;
  title: string;
  description: string;
  path: string;
}

export interface SectorItem extends Shown {
  order: number;
}

export interface ZoneItem extends Shown {
  data: ZoneData;
}

export interface OpportunityRow extends OpportunityFacts, Shown {
  data: OpportunityData;
  sectorTitle: string;
  sectorPath: string;
  /** The language of the sector's title (its own page may be a fallback). */
  sectorLanguage?: ItemLanguage | undefined;
  zoneTitle?: string | undefined;
  zonePath?: string | undefined;
  zoneLanguage?: ItemLanguage | undefined;
}

export interface IncentiveItem extends Shown {
  data: IncentiveData;
}

const shown = <E extends LocalizedEntry>(e: E, l: Locale, path: string): Shown => {
  const data = e.variants[l].entry.data as { title: string; description: string };
  return {
    name: e.name,
    title: data.title,
    description: data.description,
    path,
    ...itemLanguage(e.variants[l]),
  };
};

export function sectorItems(entries: InvestEntries, l: Locale): SectorItem[] {
  return entries.sectors.map((e) => ({
    ...shown(e, l, investPaths.sector(l, e)),
    order: e.variants[l].entry.data.order,
  }));
}

/** Zones: the economic zone first, then industrial parks and clusters, then border gates; by `order`, then title, within a kind. */
export function zoneItems(entries: InvestEntries, l: Locale): ZoneItem[] {
  const kinds = ['economic-zone', 'industrial-park', 'industrial-cluster', 'border-gate'];
  const collator = new Intl.Collator(l === 'zh' ? 'zh-CN' : l);
  return entries.zones
    .map((e) => ({ ...shown(e, l, investPaths.zone(l, e)), data: e.variants[l].entry.data }))
    .sort(
      (a, b) =>
        kinds.indexOf(a.data.kind) - kinds.indexOf(b.data.kind) ||
        a.data.order - b.data.order ||
        collator.compare(a.title, b.title),
    );
}

const rowsMemo = new WeakMap<InvestEntries, Map<string, { value: readonly OpportunityRow[]; reads: Set<string> }>>();

/** Every opportunity as a table row, in the default order (open calls first, by sector, by title). */
export function opportunityRows(entries: InvestEntries, l: Locale): readonly OpportunityRow[] {
  // Every Invest page asks (an opportunity page for its own row): build the rows once per language.
  let byLocale = rowsMemo.get(entries);
  if (!byLocale) rowsMemo.set(entries, (byLocale = new Map()));
  return shared(byLocale, l, () => buildOpportunityRows(entries, l));
}

function buildOpportunityRows(entries: InvestEntries, l: Locale): OpportunityRow[] {
  const sectors = new Map(entries.sectors.map((s) => [s.name, s]));
  const zones = new Map(entries.zones.map((z) => [z.name, z]));
  const rows = entries.opportunities.map((e): OpportunityRow => {
    const data = e.variants[l].entry.data;
    const sector = sectors.get(data.sector);
    const zone = data.zone ? zones.get(data.zone) : undefined;
    return {
      ...shown(e, l, investPaths.opportunity(l, e)),
      data,
      sector: data.sector,
      sectorOrder: sector?.variants[l].entry.data.order ?? 100,
      sectorTitle: sector?.variants[l].entry.data.title ?? data.sector,
      sectorPath: sector ? investPaths.sector(l, sector) : investPaths.home(l),
      sectorLanguage: sector ? itemLanguage(sector.variants[l]) : undefined,
      zone: data.zone,
      zoneTitle: zone?.variants[l].entry.data.title,
      zonePath: zone ? investPaths.zone(l, zone) : undefined,
      zoneLanguage: zone ? itemLanguage(zone.variants[l]) : undefined,
      form: data.form,
      status: data.status,
      areaHa: data.areaHa,
      capitalVnd: data.capital.vnd,
      capitalUsd: data.capital.usd,
      capitalSortVnd: comparableCapitalVnd(data.capital, province.vndPerUsd),
      verifiedOn: data.verifiedOn,
    };
  });
  return sortRows(rows, 'default', l);
}

/** Incentives in force first, then superseded ones; newest legal basis first within each. */
export function incentiveItems(entries: InvestEntries, l: Locale): IncentiveItem[] {
  return entries.incentives
    .map((e) => ({ ...shown(e, l, investPaths.incentive(l, e)), data: e.variants[l].entry.data }))
    .sort(
      (a, b) =>
        Number(Boolean(a.data.supersededBy)) - Number(Boolean(b.data.supersededBy)) ||
        b.data.legalBasis.effective.localeCompare(a.data.legalBasis.effective),
    );
}

// -------------------------------------------------------------------------------- contacts

const investContacts = remember('invest:contacts', (): Promise<Contact[]> =>
  readCollection('contacts')
    .then((all) => all.map((c) => ({ ...c.data, id: c.id })))
    .catch(() => []),
);

/** A contact from src/content/contacts.yaml, if it exists. */
export async function investContact(id: string): Promise<Contact | undefined> {
  return (await investContacts()).find((c) => c.id === id);
}

export type Figure = CollectionEntry<'figures'>['data'] & { id: string };
export interface FigureChart {
  id: string;
  title: Localized;
  figures: Figure[];
}

/** The key figures (src/content/figures.yaml) and the charts drawn from them (figure-charts.yaml). */
export const glanceData = remember('invest:glance', async (): Promise<{ figures: Figure[]; charts: FigureChart[] }> => {
  const byOrder = (a: { id: string; data: { order: number } }, b: { id: string; data: { order: number } }) =>
    a.data.order - b.data.order || a.id.localeCompare(b.id);
  const figures = (await readCollection('figures')).sort(byOrder).map((e) => ({ ...e.data, id: e.id }));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const charts = (await readCollection('figure-charts')).sort(byOrder).map((e) => ({
    id: e.id,
    title: e.data.title,
    figures: e.data.figures.map((id) => byId.get(id)).filter((f): f is Figure => f !== undefined),
  }));
  return { figures, charts };
});
