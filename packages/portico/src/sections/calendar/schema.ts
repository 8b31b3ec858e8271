import { z } from 'astro/zod';
import { localized, monthDayExists } from '../../collections/fields.ts';
import { isRealDate } from '../../lib/publication.ts';

/** A date with its precision: "1954-05-07", "1954-05" or "1954". */
export const partialDate = () =>
  z
    .union([z.string(), z.number(), z.date()])
    .transform((value, ctx) => {
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      const text = String(value).trim();
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: 'partialDate.invalid', input: value });
        return z.NEVER;
      }
      const [year, month, day] = text.split('-').map(Number);
      if (month !== undefined && !isRealDate(year!, month, day ?? 1)) {
        ctx.addIssue({ code: 'custom', message: 'date.unreal', input: value });
        return z.NEVER;
      }
      return text;
    });

/** A national anniversary or holiday, or a provincial date. */
export const CalendarDateSchema = () =>
  z
    .object({
      /** national (historical), holiday (a public holiday), international, or provincial. */
      kind: z.enum(['national', 'holiday', 'international', 'provincial']),
      /** Its name in every language. */
      title: localized(),
      /** solar or lunar. */
      calendar: z.enum(['solar', 'lunar']),
      /** Solar: the original date, "1954-05-07" (or "1954-05", "1954" when only that is known). */
      date: partialDate().optional(),
      /** Lunar (or a solar date with no origin year): "MM-DD" of every year, e.g. "01-01" for Tết. */
      recurring: z.string().regex(/^\d{2}-\d{2}$/, { message: 'recurring.invalid' }).optional(),
      /** For lunar dates with a known origin year (the lunar year, e.g. 1789 for lunar 01-05 of Kỷ Dậu). */
      since: z.number().int().min(1000).max(2100).optional(),
      /** How many days it lasts (1 for a single day). */
      days: z.number().int().min(1).max(31).default(1),
      /** true when it is observed every year (holidays); false when only its round anniversaries matter. */
      everyYear: z.boolean().default(true),
      /**
       * verified (the date is confirmed by the source), year-verified (only the year: shown as the
       * year alone), or unverified (shown flagged as not confirmed).
       */
      confidence: z.enum(['verified', 'year-verified', 'unverified']).default('verified'),
      /** Where the fact comes from. */
      source: z.string().trim().min(3),
      /** A note for editors (not shown). */
      note: z.string().optional(),
    })
    .strict()
    .refine((d) => d.date !== undefined || d.recurring !== undefined, { message: 'calendar.when', path: ['date'] })
    .refine((d) => d.calendar === 'solar' || d.recurring !== undefined, {
      message: 'calendar.lunarRecurring',
      path: ['recurring'],
    })
    .superRefine((d, ctx) => {
      if (d.recurring === undefined) return;
      const [month, day] = d.recurring.split('-').map(Number);
      if (!monthDayExists(d.calendar, month!, day!))
        ctx.addIssue({ code: 'custom', message: 'recurring.unreal', path: ['recurring'], input: d.recurring });
    });

export const PARTNERSHIP_LEVELS = ['comprehensive-strategic', 'strategic', 'comprehensive', 'none'] as const;

/** Diplomatic relations between Vietnam and one country. */
export const RelationSchema = () =>
  z
    .object({
      /** The country's name in every language. */
      country: localized(),
      /**
       * The date relations were established: "1995-07-12", or "1995-07" / "1995" when only that is
       * known; from 1945 (the check also refuses a date after today).
       */
      established: partialDate().refine((d) => Number(d.slice(0, 4)) >= 1945, { message: 'relation.range' }),
      /**
       * verified (the date is confirmed by the source), year-verified (only the year is confirmed:
       * shown as the year alone), or unverified (shown flagged, never as a confirmed date).
       */
      confidence: z.enum(['verified', 'year-verified', 'unverified']),
      /** The current partnership level. */
      partnership: z.enum(PARTNERSHIP_LEVELS).default('none'),
      /** verified, or unverified when the level or its years are not confirmed by the source (shown flagged). */
      partnershipConfidence: z.enum(['verified', 'unverified']).default('verified'),
      /** A relationship named outside the three partnership levels (Laos, Cambodia, Cuba), in every language. */
      framework: localized().optional(),
      /** Each upgrade: level and year. */
      history: z
        .array(z.object({ level: z.enum(PARTNERSHIP_LEVELS), year: z.number().int().min(1945).max(2100) }).strict())
        .default([]),
      /** Where the fact comes from. */
      source: z.string().trim().min(3),
      /** A note for editors. */
      note: z.string().optional(),
    })
    .strict();
