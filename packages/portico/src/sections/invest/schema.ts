import { z } from 'astro/zod';
import {
  coordinates,
  isoDate,
  localized,
  noVerificationWhenIllustrative,
  place,
  proseBase,
  ref,
} from '../../collections/fields.ts';

/** A priority sector for investment. */
export const SectorSchema = () =>
  proseBase()
    .extend({
      /** Position in lists (1 first). */
      order: z.number().int().min(1).default(100),
    })
    .strict();

/** Zone kinds: economic zone, industrial park or cluster, border gate. */
export const ZONE_KINDS = ['economic-zone', 'industrial-park', 'industrial-cluster', 'border-gate'] as const;
/** Border-gate levels under Vietnamese law. */
export const GATE_LEVELS = ['international', 'main', 'secondary', 'crossing'] as const;
/** What may cross at a gate. */
export const CROSSINGS = ['people', 'goods', 'vehicles', 'rail'] as const;

/** An economic zone, industrial park or cluster, or a border gate. */
export const ZoneSchema = () =>
  proseBase()
    .extend({
      /** economic-zone, industrial-park, industrial-cluster or border-gate. */
      kind: z.enum(ZONE_KINDS),
      /** For border gates: international, main, secondary or crossing. */
      gateLevel: z.enum(GATE_LEVELS).optional(),
      /** For border gates: the gate facing it across the border, in that country's own name. */
      counterpart: z.string().trim().min(1).optional(),
      /** For border gates: what may cross (people, goods, vehicles, rail). */
      crosses: z.array(z.enum(CROSSINGS)).default([]),
      /** Opening hours, as published, e.g. "7:00–22:00 (Vietnam time)". */
      hours: z.string().trim().min(1).optional(),
      /** Where it is. */
      location: place(),
      /** Its position on the map. */
      coordinates: coordinates().optional(),
      /** Planned or built area in hectares. */
      areaHa: z.number().positive().optional(),
      /** The sectors it serves. */
      sectors: z.array(ref('sectors')).default([]),
      /** Where the facts come from (a law, decision or official page). */
      source: z.string().trim().min(3),
      /** Position among zones of the same kind (1 first); ties are listed by title. */
      order: z.number().int().min(1).default(100),
    })
    .strict()
    .refine((zone) => zone.kind !== 'border-gate' || zone.gateLevel !== undefined, {
      message: 'zone.gateLevel',
      path: ['gateLevel'],
    });

/** Investment forms under the Law on Investment. */
export const INVESTMENT_FORMS = [
  'wholly-owned',
  'joint-venture',
  'bcc',
  'ppp',
  'capital-contribution',
  'open',
] as const;
/** Where an opportunity stands. */
export const OPPORTUNITY_STATUSES = ['calling', 'preparing', 'awarded', 'closed'] as const;

/** An investment opportunity (a project the province calls investors for). */
export const OpportunitySchema = () =>
  proseBase()
    .extend({
      /** The sector: a name from src/content/sectors/. */
      sector: ref('sectors'),
      /** The zone it lies in, if any: a name from src/content/zones/. */
      zone: ref('zones').optional(),
      /** Where it is. */
      location: place(),
      /** Land area in hectares. */
      areaHa: z.number().positive().optional(),
      /** Total investment. */
      capital: z
        .object({
          /** In Vietnamese đồng, as a whole number: 1500000000000 for 1,500 billion. */
          vnd: z.number().int().positive().optional(),
          /** In US dollars, where the source gives it. */
          usd: z.number().positive().optional(),
        })
        .strict()
        .default({}),
      /** wholly-owned, joint-venture, bcc, ppp, capital-contribution or open. */
      form: z.enum(INVESTMENT_FORMS),
      /** calling, preparing, awarded or closed. */
      status: z.enum(OPPORTUNITY_STATUSES),
      /** Who to call: a name from the contacts file. */
      contact: ref('contacts'),
      /** The day these facts were last checked against the source (YYYY-MM-DD); never on an illustrative entry. */
      verifiedOn: isoDate().optional(),
      /** The document the opportunity comes from, e.g. the province's list of projects calling for investment. */
      source: z.string().trim().min(3),
      /** true when the figures are only illustrative: every page then says so. */
      illustrative: z.boolean().default(false),
    })
    .strict()
    // Illustrative figures were never checked against a source: a verification date would mislead.
    .superRefine(noVerificationWhenIllustrative);

/** An investment incentive with its legal basis. */
export const IncentiveSchema = () =>
  proseBase()
    .extend({
      /** The legal document that grants it. */
      legalBasis: z
        .object({
          /** Its number and name, e.g. "Decree 31/2021/ND-CP". */
          title: z.string().trim().min(3),
          /** Who issued it, e.g. the Government, the National Assembly. */
          issuer: z.string().trim().min(2),
          /** The day it took effect (YYYY-MM-DD). */
          effective: isoDate(),
          /** An official address of the text. */
          url: z.url().optional(),
        })
        .strict(),
      /** Set when the basis has been replaced: the document that replaces it. */
      supersededBy: z
        .object({
          /** Its number and name. */
          title: z.string().trim().min(3),
          /** The day the replacement took effect. */
          effective: isoDate(),
        })
        .strict()
        .optional(),
      /** tax, land, customs, support or other. */
      kind: z.enum(['tax', 'land', 'customs', 'support', 'other']),
      /** Sectors it applies to; empty means all. */
      sectors: z.array(ref('sectors')).default([]),
    })
    .strict();

/** Units a key figure can be written in. */
export const FIGURE_UNITS = ['km2', 'km', 'ha', 'count', 'percent'] as const;

/**
 * A key figure of the province for investors (src/content/figures.yaml), with its source: only
 * figures found in a citable source belong here.
 */
export const FigureSchema = () =>
  z
    .object({
      /** What it is, per language, e.g. "Natural area of the province". */
      label: localized(),
      /** A short label for charts, per language, e.g. "Province". Defaults to the label. */
      short: localized().optional(),
      /** The number, without separators, e.g. 8310. */
      value: z.number().nonnegative(),
      /** km2, km, ha, count or percent. */
      unit: z.enum(FIGURE_UNITS),
      /** about (an approximation) or over (a lower bound); leave out when exact. */
      qualifier: z.enum(['about', 'over']).optional(),
      /** The year the figure refers to, or the year an undated source was consulted. */
      year: z.number().int().min(1900).max(2100),
      /** Where it comes from, per language. */
      source: localized(),
      /** Where it is shown: home (the Invest home's headline figures) and glance (the at-a-glance page). Leave empty for a figure used only in a chart. */
      showOn: z.array(z.enum(['home', 'glance'])).default(['glance']),
      /** Position in lists and charts (1 first). */
      order: z.number().int().min(1).default(100),
    })
    .strict();

/** A bar chart of key figures on the at-a-glance page (src/content/figure-charts.yaml). */
export const FigureChartSchema = () =>
  z
    .object({
      /** The chart's title per language, with the unit, e.g. "Approximate distances (km)". */
      title: localized(),
      /** The figures it compares, by their name in figures.yaml. */
      figures: z.array(ref('figures')).min(1),
      /** Position on the page (1 first). */
      order: z.number().int().min(1).default(100),
    })
    .strict();
