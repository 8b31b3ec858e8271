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
    /**
     * Vietnamese.
     * vi: Tiếng Việt — Bản tiếng Việt.
     */
    vi: z.string().trim().min(min),
    /**
     * English.
     * vi: Tiếng Anh — Bản tiếng Anh.
     */
    en: z.string().trim().min(min),
    /**
     * Simplified Chinese.
     * vi: Tiếng Trung — Bản tiếng Trung (giản thể).
     */
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

/** A date with its precision: "1954-05-07", "1954-05" or "1954". */
export const partialDate = () =>
  z.union([z.string(), z.number(), z.date()]).transform((value, ctx) => {
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
    /**
     * Latitude, e.g. 21.8537.
     * vi: Vĩ độ — Số thập phân, ví dụ 21.8537.
     */
    lat: z.number().min(-90).max(90),
    /**
     * Longitude, e.g. 106.7615.
     * vi: Kinh độ — Số thập phân, ví dụ 106.7615.
     */
    lon: z.number().min(-180).max(180),
  });

/** Where something is, after the 2025 reorganisation of communes and wards. */
export const place = () =>
  z.object({
    /**
     * The commune or ward (xã / phường) as named since 1 July 2025.
     * vi: Xã, phường — Tên xã hoặc phường theo địa giới từ ngày 1/7/2025.
     */
    commune: z.string().trim().min(1),
    /**
     * The former unit (district, commune or town) where it helps the reader.
     * vi: Đơn vị cũ — Huyện, xã hoặc thị trấn trước khi sắp xếp, khi giúp người đọc dễ hiểu.
     */
    former: z.string().trim().min(1).optional(),
  });

/** Fields every prose entry (a page with a body) has. */
export const proseBase = () =>
  z.object({
    /**
     * The heading of the page and its `<title>`.
     * vi: Tiêu đề — Tiêu đề của trang, cũng là thẻ `<title>` (3–160 ký tự).
     */
    title: z.string().trim().min(3).max(160),
    /**
     * One or two sentences for lists, search results and link previews.
     * vi: Mô tả ngắn — Một hai câu hiện trong danh sách, kết quả tìm kiếm và khi chia sẻ liên kết (10–320 ký tự).
     */
    description: z.string().trim().min(10).max(320),
    /**
     * This language's URL segment; defaults to the file name.
     * vi: Địa chỉ (slug) — Phần cuối địa chỉ trang ở ngôn ngữ này: chữ Latinh thường không dấu, số, dấu gạch ngang. Để trống thì dùng tên tệp.
     */
    slug: slug().optional(),
    /**
     * true: never published.
     * vi: Bản nháp — Bật khi bài chưa xong: bản nháp không bao giờ được xuất bản.
     */
    draft: z.boolean().default(false),
    /**
     * Not published before this moment (Vietnam time), e.g. "2026-12-01 09:00".
     * vi: Hẹn giờ đăng — Không đăng trước thời điểm này (giờ Việt Nam), ví dụ 2026-12-01 09:00.
     */
    publishAt: vietnamDateTime().optional(),
    /**
     * The date of the last change a reader should know about (YYYY-MM-DD).
     * vi: Ngày cập nhật — Ngày của lần sửa mà người đọc cần biết (YYYY-MM-DD).
     */
    updated: isoDate().optional(),
    /**
     * The language this entry was written in; the others are translations of it.
     * vi: Ngôn ngữ gốc — Ngôn ngữ bài được viết trước; các bản khác dịch từ bản này (thường là vi).
     */
    sourceLocale: localeEnum.default('vi'),
    /**
     * The picture at the top and in link previews: a media record's name.
     * vi: Ảnh đại diện — Ảnh đầu trang và khi chia sẻ liên kết: chọn một ảnh trong mục “Ảnh và giấy phép”.
     */
    cover: ref('media').optional(),
    /**
     * Old addresses of this page, e.g. before a rename or a merger of communes; they redirect here.
     * vi: Địa chỉ cũ — Các địa chỉ trước đây của trang (ví dụ trước khi đổi tên hay sáp nhập xã); chúng sẽ chuyển về đây.
     */
    redirectFrom: z.array(z.string().regex(/^\/[\w\-/.%]*$/, { message: 'path.invalid' })).default([]),
    /**
     * Where the figures and legal citations of this page come from, listed as numbered references
     * at the end of the page ("Nguồn / Sources / 资料来源"). The body may also cite with Markdown
     * footnotes: `…6.361 tỷ đồng[^1]` and a line `[^1]: Quyết định …`.
     * vi: Nguồn — Văn bản, báo cáo hay trang chính thức làm căn cứ cho số liệu và trích dẫn của trang; hiện thành danh sách đánh số cuối trang.
     */
    sources: z.array(sourceRef()).default([]),
  });

/** One source of a page's facts: a law, decision, report, official page or data set. */
export const sourceRef = () =>
  z
    .object({
      /**
       * What it is, as a reader would look it up: "Quyết định 1234/QĐ-UBND ngày 15/01/2025 của UBND tỉnh".
       * vi: Tên nguồn — Tên văn bản như người đọc sẽ tra, ví dụ “Quyết định 1234/QĐ-UBND ngày 15/01/2025 của UBND tỉnh”.
       */
      title: z.string().trim().min(3),
      /**
       * Where to read it, when it is online.
       * vi: Đường dẫn — Địa chỉ trang web đọc được nguồn này, nếu có (bắt đầu bằng https://).
       */
      url: z.url().optional(),
      /**
       * When it was issued or published: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.
       * vi: Ngày ban hành — Ngày ban hành hoặc công bố: YYYY-MM-DD, hoặc YYYY-MM, YYYY nếu chỉ biết đến đó.
       */
      date: partialDate().optional(),
      /**
       * The day it was last read for this page (YYYY-MM-DD); never on illustrative content.
       * vi: Ngày truy cập — Ngày đọc lại nguồn gần nhất cho trang này (YYYY-MM-DD); không ghi cho nội dung minh họa.
       */
      accessed: isoDate().optional(),
    })
    .strict();

/**
 * Illustrative content (illustrative: true) was never checked against a source, so it carries no
 * verification date: neither `verifiedOn` nor a source's `accessed`. Every schema with an
 * `illustrative` field refines with this (test: collections/sources.test.ts).
 */
export function noVerificationWhenIllustrative(
  value: { illustrative?: boolean; verifiedOn?: unknown; sources?: readonly { accessed?: unknown }[] },
  ctx: z.RefinementCtx,
): void {
  if (!value.illustrative) return;
  if (value.verifiedOn !== undefined)
    ctx.addIssue({ code: 'custom', message: 'illustrative.verifiedOn', path: ['verifiedOn'], input: value });
  value.sources?.forEach((source, i) => {
    if (source.accessed !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'illustrative.accessed',
        path: ['sources', i, 'accessed'],
        input: value,
      });
  });
}
