import { z } from 'astro/zod';
import { isoDate, localeEnum, localized, proseBase, ref, type SchemaHelpers } from '../../collections/fields.ts';

/** A news story or a press release. */
export const NewsSchema = () =>
  proseBase()
    .extend({
      /** story (a news article) or press-release (an official statement with notes and contacts). */
      type: z.enum(['story', 'press-release']),
      /** The publication date shown on the page (YYYY-MM-DD). */
      date: isoDate(),
      /** Press releases: the place in the dateline, e.g. the provincial capital. */
      dateline: z.string().trim().min(2).optional(),
      /** Press releases: notes to editors, one item each. */
      notesToEditors: z.array(z.string().trim().min(3)).default([]),
      /** Press releases: who journalists should call: names from the contacts file. */
      contacts: z.array(ref('contacts')).default([]),
      /** A press kit that goes with it. */
      pressKit: ref('press-kits').optional(),
      /** The festival it is about, if any: the page shows the festival's next solar dates and links its page. */
      festival: ref('festivals').optional(),
      /** Changes after publication, each with its date and what changed. Required for a release once published. */
      corrections: z
        .array(
          z
            .object({
              /** When it was changed (YYYY-MM-DD). */
              date: isoDate(),
              /** What changed, for readers. */
              note: z.string().trim().min(5),
            })
            .strict(),
        )
        .default([]),
      /** Topics, for related items. */
      tags: z.array(z.string().trim().min(2)).default([]),
      /**
       * true for a sample item written for the demonstration site (e.g. a release the province did not
       * really issue): the page then shows a visible notice saying so. Its facts must still be true.
       */
      sample: z.boolean().default(false),
    })
    .strict()
    .refine((n) => n.type !== 'press-release' || n.dateline !== undefined, {
      message: 'release.dateline',
      path: ['dateline'],
    })
    .refine((n) => n.type !== 'press-release' || n.contacts.length > 0, {
      message: 'release.contacts',
      path: ['contacts'],
    });

/** A press kit: its body is the fact sheet; its assets go into the ZIP. */
export const PressKitSchema = () =>
  proseBase()
    .extend({
      /** The pictures in the kit: media record names. */
      assets: z.array(ref('media')).min(1),
      /** Who to call about it. */
      contacts: z.array(ref('contacts')).min(1),
    })
    .strict();

export const LICENCES = ['cc-by-4.0', 'cc-by-sa-4.0', 'cc0-1.0', 'public-domain', 'government-free-use', 'all-rights-reserved'] as const;

/** A picture's record: what it shows, who made it, and what others may do with it. */
export const MediaSchema = ({ image }: SchemaHelpers) =>
  z
    .object({
      /** The picture, beside this file, e.g. ./border-gate.jpg. */
      file: image(),
      /** photo or illustration (made by the project when no licensed photo exists). */
      kind: z.enum(['photo', 'illustration']),
      /** What the picture shows, for readers, in every language. */
      caption: localized(3),
      /** Text for screen readers, in every language. */
      alt: localized(3),
      /** Who made it, in every language: the photographer and agency, or who drew it (a name stays as written). */
      credit: localized(2),
      /** Who holds the rights, in every language: the author, an agency, or the province's office. */
      rightsHolder: localized(2),
      /** cc-by-4.0, cc-by-sa-4.0, cc0-1.0, public-domain, government-free-use or all-rights-reserved. */
      licence: z.enum(LICENCES),
      /** editorial (news use only) or commercial (any use). */
      allowedUse: z.enum(['editorial', 'commercial']),
      /** After this day (YYYY-MM-DD) the picture must not be used. */
      expires: isoDate().optional(),
      /** Where the original comes from. */
      sourceUrl: z.url().optional(),
    })
    .strict();

/** A person or office journalists and investors can contact. */
export const ContactSchema = () =>
  z
    .object({
      /** spokesperson, press-office, investment, tourism or general. */
      kind: z.enum(['spokesperson', 'press-office', 'investment', 'tourism', 'general']),
      /** Name of the person or office, in every language. */
      name: localized(),
      /** Role or unit, in every language. */
      role: localized(),
      /** Telephone in international form. */
      phone: z.string().regex(/^\+[0-9 ]{8,20}$/, { message: 'phone.invalid' }),
      /** E-mail. */
      email: z.email({ message: 'email.invalid' }),
      /** Languages spoken, as codes: vi, en, zh, fr, ru... */
      languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
      /** false while the details are placeholders: the page then says so. */
      verified: z.boolean(),
    })
    .strict();

/** An official name in three languages; translations must use these renderings. */
export const GlossarySchema = () =>
  z
    .object({
      /** The Vietnamese term. */
      vi: z.string().trim().min(1),
      /** The English rendering. */
      en: z.string().trim().min(1),
      /** The Chinese rendering. */
      zh: z.string().trim().min(1),
      /** When to use it. */
      note: z.string().optional(),
      /** true while a rendering is not confirmed: the check lists its uses for a translator to decide. */
      unconfirmed: z.boolean().optional(),
      /** Known wrong renderings per language, which the check reports, e.g. zh: [苗族]. */
      variants: z
        .object({
          vi: z.array(z.string().trim().min(1)).optional(),
          en: z.array(z.string().trim().min(1)).optional(),
          zh: z.array(z.string().trim().min(1)).optional(),
        })
        .strict()
        .optional(),
    })
    .strict();

export { localeEnum };
