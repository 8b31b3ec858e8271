import { z } from 'astro/zod';
import { proseBase } from './fields.ts';

export const PAGE_SECTIONS = ['none', 'invest', 'visit', 'culture', 'calendar', 'press'] as const;

/** A standalone page: About, Contact, Accessibility, practical information... */
export const PageSchema = () =>
  proseBase()
    .extend({
      /** Which section it belongs to; none for top-level pages such as About. */
      section: z.enum(PAGE_SECTIONS).default('none'),
      /** Position in its section's list (1 first). */
      order: z.number().int().min(1).default(100),
      /** A page with a special role: about, contact, accessibility or sitemap. Leave out for ordinary pages. */
      role: z.enum(['about', 'contact', 'accessibility', 'sitemap', 'practical', 'procedure', 'investor-services', 'reporting']).optional(),
    })
    .strict();
