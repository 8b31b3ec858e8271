import { z } from 'astro/zod';
import { isoDate, localized, monthDayExists, partialDate } from '../../collections/fields.ts';
import { DAYS_OFF_MAX, periodLength, periodsMissingTheirDate } from './logic.ts';

export { partialDate };

/** A national anniversary or holiday, or a provincial date. */
export const CalendarDateSchema = () =>
  z
    .object({
      /**
       * national (historical), holiday (a public holiday), international, or provincial.
       * vi: Loại ngày — national (lịch sử dân tộc), holiday (ngày nghỉ lễ), international (quốc tế) hoặc provincial (của tỉnh).
       */
      kind: z.enum(['national', 'holiday', 'international', 'provincial']),
      /**
       * Its name in every language.
       * vi: Tên — Tên ngày ở mỗi ngôn ngữ.
       */
      title: localized(),
      /**
       * solar or lunar.
       * vi: Lịch — solar (dương lịch) hoặc lunar (âm lịch).
       */
      calendar: z.enum(['solar', 'lunar']),
      /**
       * Solar: the original date, "1954-05-07" (or "1954-05", "1954" when only that is known).
       * vi: Ngày gốc — Với dương lịch: ngày xảy ra, “1954-05-07” (hoặc “1954-05”, “1954” khi chỉ biết đến đó).
       */
      date: partialDate().optional(),
      /**
       * Lunar (or a solar date with no origin year): "MM-DD" of every year, e.g. "01-01" for Tết.
       * vi: Ngày hằng năm — Với âm lịch (hoặc dương lịch không rõ năm gốc): “MM-DD” mỗi năm, ví dụ “01-01” là Tết.
       */
      recurring: z
        .string()
        .regex(/^\d{2}-\d{2}$/, { message: 'recurring.invalid' })
        .optional(),
      /**
       * For lunar dates with a known origin year (the lunar year, e.g. 1789 for lunar 01-05 of Kỷ Dậu).
       * vi: Năm gốc — Với ngày âm lịch biết năm gốc (năm âm lịch, ví dụ 1789 cho mùng 5 tháng Giêng năm Kỷ Dậu).
       */
      since: z.number().int().min(1000).max(2100).optional(),
      /**
       * How many days it lasts (1 for a single day).
       * vi: Số ngày — Kéo dài bao nhiêu ngày (1 nếu chỉ một ngày).
       */
      days: z.number().int().min(1).max(31).default(1),
      /**
       * Public holidays: the days off the law gives (Labour Code 2019, art. 112), e.g. 5 for Tết,
       * 2 for National Day; shown for a year whose exact days the Government has not announced.
       * vi: Số ngày nghỉ theo luật — Số ngày nghỉ Bộ luật Lao động 2019 (Điều 112) quy định, ví dụ 5 cho Tết Âm lịch, 2 cho Quốc khánh.
       */
      daysOff: z.number().int().min(1).max(DAYS_OFF_MAX).optional(),
      /**
       * Public holidays: the days off the Government announced for a year, first and last day
       * (weekends included), with the decision as source. The period must include the holiday.
       * vi: Lịch nghỉ từng năm — Các ngày nghỉ Chính phủ công bố cho mỗi năm: ngày đầu, ngày cuối (tính cả cuối tuần) và văn bản làm nguồn; phải bao gồm ngày lễ.
       */
      daysOffByYear: z
        .array(
          z
            .object({
              /**
               * The first day off, YYYY-MM-DD.
               * vi: Từ ngày — Ngày nghỉ đầu tiên, dạng YYYY-MM-DD.
               */
              from: isoDate(),
              /**
               * The last day off, YYYY-MM-DD (at most 16 days after the first).
               * vi: Đến ngày — Ngày nghỉ cuối cùng, dạng YYYY-MM-DD (không quá 16 ngày kể từ ngày đầu).
               */
              to: isoDate(),
              /**
               * The Government's decision or notice announcing these days (number, date, link).
               * vi: Nguồn — Văn bản của Chính phủ công bố lịch nghỉ (số, ngày, đường dẫn).
               */
              source: z.string().trim().min(3),
            })
            .strict()
            .superRefine((p, ctx) => {
              if (p.to < p.from) ctx.addIssue({ code: 'custom', message: 'daysOff.order', path: ['to'], input: p.to });
              else if (periodLength(p) > DAYS_OFF_MAX)
                ctx.addIssue({
                  code: 'custom',
                  message: 'daysOff.length',
                  path: ['to'],
                  input: p.to,
                  params: { days: periodLength(p) },
                });
            }),
        )
        .optional(),
      /**
       * true when it is observed every year (holidays); false when only its round anniversaries matter.
       * vi: Hằng năm — Bật khi kỷ niệm mỗi năm (ngày lễ); tắt khi chỉ kỷ niệm năm chẵn.
       */
      everyYear: z.boolean().default(true),
      /**
       * verified (the date is confirmed by the source), year-verified (only the year: shown as the
       * year alone), or unverified (shown flagged as not confirmed).
       * vi: Độ tin cậy — verified (ngày đã được nguồn xác nhận), year-verified (chỉ xác nhận năm: chỉ hiện năm) hoặc unverified (hiện kèm dấu chưa xác nhận).
       */
      confidence: z.enum(['verified', 'year-verified', 'unverified']).default('verified'),
      /**
       * Where the fact comes from.
       * vi: Nguồn — Thông tin lấy từ đâu.
       */
      source: z.string().trim().min(3),
      /**
       * A note for editors (not shown).
       * vi: Ghi chú — Cho người biên tập (không hiện trên trang).
       */
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
    })
    .superRefine((d, ctx) => {
      // Only once the date itself is valid: a period is checked against the holiday's real day.
      if (!d.daysOffByYear?.length) return;
      let misses: ReturnType<typeof periodsMissingTheirDate>;
      try {
        misses = periodsMissingTheirDate(d, d.daysOffByYear);
      } catch {
        return;
      }
      // A reversed period already has its own message.
      for (const miss of misses.filter((m) => m.period.from <= m.period.to))
        ctx.addIssue({
          code: 'custom',
          message: 'daysOff.outside',
          path: ['daysOffByYear', miss.index, 'from'],
          input: `${miss.period.from} – ${miss.period.to}`,
          params: { dates: miss.dates.join(', ') || '—' },
        });
    });

export const PARTNERSHIP_LEVELS = ['comprehensive-strategic', 'strategic', 'comprehensive', 'none'] as const;

/** Diplomatic relations between Vietnam and one country. */
export const RelationSchema = () =>
  z
    .object({
      /**
       * The country's name in every language.
       * vi: Quốc gia — Tên nước ở mỗi ngôn ngữ.
       */
      country: localized(),
      /**
       * The date relations were established: "1995-07-12", or "1995-07" / "1995" when only that is
       * known; from 1945 (the check also refuses a date after today).
       * vi: Ngày thiết lập quan hệ — “1995-07-12”, hoặc “1995-07” / “1995” khi chỉ biết đến đó; từ năm 1945 (không sau hôm nay).
       */
      established: partialDate().refine((d) => Number(d.slice(0, 4)) >= 1945, { message: 'relation.range' }),
      /**
       * verified (the date is confirmed by the source), year-verified (only the year is confirmed:
       * shown as the year alone), or unverified (shown flagged, never as a confirmed date).
       * vi: Độ tin cậy — verified (ngày đã được nguồn xác nhận), year-verified (chỉ xác nhận năm: chỉ hiện năm) hoặc unverified (hiện kèm dấu, không bao giờ như ngày đã xác nhận).
       */
      confidence: z.enum(['verified', 'year-verified', 'unverified']),
      /**
       * The current partnership level.
       * vi: Cấp quan hệ — Cấp đối tác hiện nay.
       */
      partnership: z.enum(PARTNERSHIP_LEVELS).default('none'),
      /**
       * verified, or unverified when the level or its years are not confirmed by the source (shown flagged).
       * vi: Độ tin cậy của cấp quan hệ — verified, hoặc unverified khi cấp hoặc năm chưa được nguồn xác nhận (hiện kèm dấu).
       */
      partnershipConfidence: z.enum(['verified', 'unverified']).default('verified'),
      /**
       * A relationship named outside the three partnership levels (Laos, Cambodia, Cuba), in every language.
       * vi: Khuôn khổ quan hệ — Quan hệ có tên riêng ngoài ba cấp đối tác (Lào, Campuchia, Cuba), ở mỗi ngôn ngữ.
       */
      framework: localized().optional(),
      /**
       * Each upgrade: level and year.
       * vi: Các lần nâng cấp — Mỗi lần: cấp và năm.
       */
      history: z
        .array(
          z
            .object({
              /**
               * The level reached.
               * vi: Cấp — Cấp quan hệ đạt được.
               */
              level: z.enum(PARTNERSHIP_LEVELS),
              /**
               * The year it was reached.
               * vi: Năm — Năm nâng cấp.
               */
              year: z.number().int().min(1945).max(2100),
            })
            .strict(),
        )
        .default([]),
      /**
       * Where the fact comes from.
       * vi: Nguồn — Thông tin lấy từ đâu.
       */
      source: z.string().trim().min(3),
      /**
       * A note for editors.
       * vi: Ghi chú — Cho người biên tập.
       */
      note: z.string().optional(),
    })
    .strict();
