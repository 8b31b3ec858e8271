import { z } from 'astro/zod';
import { isoDate, proseBase } from '../collections/fields.ts';

export const PAGE_SECTIONS = ['none', 'invest', 'visit', 'culture', 'calendar', 'press'] as const;

/** A standalone page: About, Contact, Accessibility, practical information... */
export const PageSchema = () =>
  proseBase()
    .extend({
      /** Which section it belongs to; none for top-level pages such as About. */
      section: z.enum(PAGE_SECTIONS).default('none'),
      /** Position in its section's list (1 first). */
      order: z.number().int().min(1).default(100),
      /**
       * A page with a special role: about, contact, accessibility or sitemap. Leave out for ordinary pages.
       * boilerplate: the standard "About the province" paragraph printed at the end of every press
       * release (section press; not a page of its own).
       */
      role: z
        .enum([
          'about',
          'contact',
          'accessibility',
          'sitemap',
          'practical',
          'procedure',
          'investor-services',
          'reporting',
          'boilerplate',
        ])
        .optional(),
      /**
       * The day the page's practical facts (visas, border rules, fees, opening hours) were last
       * checked against their sources (YYYY-MM-DD). Shown at the top: readers act on these facts.
       */
      checked: isoDate().optional(),
    })
    .strict();

/** A moved address: requests for `from` are sent to `to`. */
export const RedirectSchema = () =>
  z
    .object({
      /** The old address, from the site root, e.g. /du-lich/huyen-cao-loc/. */
      from: z.string().regex(/^\/[\w\-/.%]*$/, { message: 'path.invalid' }),
      /** The new address, from the site root, e.g. /du-lich/cua-khau/. */
      to: z.string().regex(/^\/[\w\-/.%#]*$/, { message: 'path.invalid' }),
      /** 301 when the move is permanent (the usual case), 302 when temporary. */
      status: z.union([z.literal(301), z.literal(302)]).default(301),
      /** Why it moved, for editors. */
      note: z.string().optional(),
    })
    .strict();
