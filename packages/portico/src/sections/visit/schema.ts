import { z } from 'astro/zod';
import { coordinates, monthDayExists, place, proseBase, ref } from '../../collections/fields.ts';

export const DESTINATION_KINDS = ['nature', 'heritage', 'spiritual', 'market', 'border'] as const;

/** A place to visit. */
export const DestinationSchema = () =>
  proseBase()
    .extend({
      /** nature, heritage, spiritual, market or border. */
      kind: z.enum(DESTINATION_KINDS),
      /** Where it is. */
      location: place(),
      /** Its position on the map (required: every destination is on the map), rounded to 3 decimals. */
      coordinates: coordinates(),
      /** A short name for the map label, e.g. "Núi Mây" (at most 24 characters); defaults to the title. */
      mapLabel: z.string().trim().min(2).max(24).optional(),
      /** How to get there, in a sentence or two. */
      gettingThere: z.string().trim().min(10),
      /** The best time to come. */
      bestSeason: z.string().trim().min(3).optional(),
      /** Opening hours where known. */
      hours: z.string().trim().min(1).optional(),
      /** Fees where known. */
      fees: z.string().trim().min(1).optional(),
      /** Heritage ranking, if ranked: special-national, national or provincial. */
      ranking: z.enum(['special-national', 'national', 'provincial']).optional(),
      /** More pictures: media record names. */
      gallery: z.array(ref('media')).default([]),
    })
    .strict();

/** A date in the lunar or solar calendar that comes back every year. */
export const recurringDate = () =>
  z
    .object({
      /** lunar or solar. */
      calendar: z.enum(['lunar', 'solar']),
      /** Month, 1–12. */
      month: z.number().int().min(1).max(12),
      /** Day, 1–30 for lunar, 1–31 for solar. */
      day: z.number().int().min(1).max(31),
      /** How many days it lasts. */
      days: z.number().int().min(1).max(31).default(1),
    })
    .strict()
    .refine((d) => d.calendar === 'solar' || d.day <= 30, { message: 'lunar.day', path: ['day'] })
    .refine((d) => d.calendar === 'lunar' || monthDayExists('solar', d.month, d.day), {
      message: 'solar.day',
      path: ['day'],
    });

/** A festival. */
export const FestivalSchema = () =>
  proseBase()
    .extend({
      /** When it is held every year. */
      date: recurringDate(),
      /** Where it is held. */
      location: place(),
      /** Its position on the map. */
      coordinates: coordinates().optional(),
      /** The destination where it is held, if any. */
      destination: ref('destinations').optional(),
      /** The year it was first recorded or held, where known (for anniversaries). */
      since: z.number().int().min(1000).max(2100).optional(),
    })
    .strict();
