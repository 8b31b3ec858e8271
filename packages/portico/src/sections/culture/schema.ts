import { z } from 'astro/zod';
import { proseBase } from '../../collections/fields.ts';

export const CULTURE_KINDS = ['community', 'heritage', 'craft', 'cuisine', 'custom', 'arts'] as const;

/** A culture article. */
export const CultureSchema = () =>
  proseBase()
    .extend({
      /** community, heritage, craft, cuisine, custom or arts. */
      kind: z.enum(CULTURE_KINDS),
      /** Position in lists (1 first). */
      order: z.number().int().min(1).default(100),
    })
    .strict();
