/**
 * Field types shared by the collections. Each schema module exports a factory that takes the
 * helpers Astro provides (`image`) so the same schema runs in the build and in `npm run check`.
 */
import { z } from 'astro/zod';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { isRealDate, parseLocalDateTime } from '../lib/publication.ts';

/** Helpers injected by the caller: Astro's `image()` in the build, a file check in `npm run check`. */
export interface SchemaHelpers {
  image: () => z.ZodType;
}

export const localeEnum = z.enum(LOCALE_CODES as ['vi', 'en', 'zh']);

/** A text in all three languages. */
export const localized = (min = 1) =>
  z.object({
    /** Vietnamese. */
    vi: z.string().trim().min(min),
    /** English. */
    en: z.string().trim().min(min),
    /** Simplified Chinese. */
    zh: z.string().trim().min(min),
  });

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Whether a month and day that come back every year exist: solar months have their own length
 * (29 February counts: it exists in leap years), lunar months at most 30 days.
 */
export function monthDayExists(calendar: 'solar' | 'lunar', month: number, day: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= (calendar === 'lunar' ? 30 : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
}

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a Date at midnight UTC,
 * so both forms are accepted and normalised to the string; impossible dates are refused.
 */
export const isoDate = () =>
  z
    .union([z.string(), z.date()])
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'date.invalid', input: value });
          return z.NEVER;
        }
        return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
      }
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
      if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
        ctx.addIssue({ code: 'custom', message: 'date.invalid', input: value });
        return z.NEVER;
      }
      return value.trim();
    });

/**
 * A moment in Vietnam time, written "YYYY-MM-DD HH:mm" (or a bare date for midnight).
 * YAML reads an unquoted one as UTC; its clock reading is taken as Vietnam time, which is what
 * editors mean.
 */
export const vietnamDateTime = () =>
  z.union([z.string(), z.date()]).transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'datetime.invalid', input: value });
        return z.NEVER;
      }
      return new Date(value.getTime() - 7 * 3600_000);
    }
    if (/(Z|[+-]\d{2}:\d{2})\s*$/.test(value.trim())) {
      ctx.addIssue({ code: 'custom', message: 'datetime.offset', input: value });
      return z.NEVER;
    }
    const parsed = parseLocalDateTime(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'datetime.invalid', input: value });
      return z.NEVER;
    }
    return parsed;
  });

/** A URL segment: lower-case Latin letters, digits and hyphens. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug.invalid' });

/**
 * The name of another entry (its file name without extension), e.g. `border-logistics`.
 * Resolved against the named collection by the content check and the data layer; the
 * brand keeps references to different collections apart in TypeScript.
 */
export const ref = <C extends string>(collection: C) =>
  slug()
    .describe(`ref:${collection}`)
    .brand<`ref:${C}`>();

/** Geographic coordinates in decimal degrees (WGS 84). */
export const coordinates = () =>
  z.object({
    /** Latitude, e.g. 21.8537. */
    lat: z.number().min(-90).max(90),
    /** Longitude, e.g. 106.7615. */
    lon: z.number().min(-180).max(180),
  });

/** Where something is, after the 2025 reorganisation of communes and wards. */
export const place = () =>
  z.object({
    /** The commune or ward (xã / phường) as named since 1 July 2025. */
    commune: z.string().trim().min(1),
    /** The former unit (district, commune or town) where it helps the reader. */
    former: z.string().trim().min(1).optional(),
  });

/** Fields every prose entry (a page with a body) has. */
export const proseBase = () =>
  z.object({
    /** The heading of the page and its `<title>`. */
    title: z.string().trim().min(3).max(160),
    /** One or two sentences for lists, search results and link previews. */
    description: z.string().trim().min(10).max(320),
    /** This language's URL segment; defaults to the file name. */
    slug: slug().optional(),
    /** true: never published. */
    draft: z.boolean().default(false),
    /** Not published before this moment (Vietnam time), e.g. "2026-12-01 09:00". */
    publishAt: vietnamDateTime().optional(),
    /** The date of the last change a reader should know about (YYYY-MM-DD). */
    updated: isoDate().optional(),
    /** The language this entry was written in; the others are translations of it. */
    sourceLocale: localeEnum.default('vi'),
    /** The picture at the top and in link previews: a media record's name. */
    cover: ref('media').optional(),
    /** Old addresses of this page, e.g. before a rename or a merger of communes; they redirect here. */
    redirectFrom: z.array(z.string().regex(/^\/[\w\-/.%]*$/, { message: 'path.invalid' })).default([]),
  });
