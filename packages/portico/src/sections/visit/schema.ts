import { z } from 'astro/zod';
import { coordinates, monthDayExists, place, proseBase, ref } from '../../collections/fields.ts';

export const DESTINATION_KINDS = ['nature', 'heritage', 'spiritual', 'market', 'border'] as const;

/** A place to visit. */
export const DestinationSchema = () =>
  proseBase()
    .extend({
      /**
       * nature, heritage, spiritual, market or border.
       * vi: Loại điểm đến — nature (thiên nhiên), heritage (di tích), spiritual (tâm linh), market (chợ) hoặc border (biên giới).
       */
      kind: z.enum(DESTINATION_KINDS),
      /**
       * Where it is.
       * vi: Địa điểm — Nơi có điểm đến.
       */
      location: place(),
      /**
       * Its position on the map (required: every destination is on the map), rounded to 3 decimals.
       * vi: Tọa độ — Vị trí trên bản đồ (bắt buộc: mọi điểm đến đều có trên bản đồ), làm tròn 3 chữ số thập phân.
       */
      coordinates: coordinates(),
      /**
       * A short name for the map label, e.g. "Núi Mây" (at most 24 characters); defaults to the title.
       * vi: Tên trên bản đồ — Tên ngắn (tối đa 24 ký tự); để trống thì dùng tiêu đề.
       */
      mapLabel: z.string().trim().min(2).max(24).optional(),
      /**
       * How to get there, in a sentence or two.
       * vi: Đường đến — Cách đến nơi, trong một hai câu.
       */
      gettingThere: z.string().trim().min(10),
      /**
       * The best time to come.
       * vi: Thời điểm đẹp nhất — Mùa nên đến.
       */
      bestSeason: z.string().trim().min(3).optional(),
      /**
       * Opening hours where known.
       * vi: Giờ mở cửa — Nếu biết.
       */
      hours: z.string().trim().min(1).optional(),
      /**
       * Fees where known.
       * vi: Giá vé, phí — Nếu biết.
       */
      fees: z.string().trim().min(1).optional(),
      /**
       * Heritage ranking, if ranked: special-national, national or provincial.
       * vi: Xếp hạng di tích — Nếu đã xếp hạng: special-national (quốc gia đặc biệt), national (quốc gia) hoặc provincial (cấp tỉnh).
       */
      ranking: z.enum(['special-national', 'national', 'provincial']).optional(),
      /**
       * More pictures: media record names.
       * vi: Thêm ảnh — Các ảnh khác, chọn trong mục “Ảnh và giấy phép”.
       */
      gallery: z.array(ref('media')).default([]),
    })
    .strict();

/** A date in the lunar or solar calendar that comes back every year. */
export const recurringDate = () =>
  z
    .object({
      /**
       * lunar or solar.
       * vi: Lịch — lunar (âm lịch) hoặc solar (dương lịch).
       */
      calendar: z.enum(['lunar', 'solar']),
      /**
       * Month, 1–12.
       * vi: Tháng — Từ 1 đến 12.
       */
      month: z.number().int().min(1).max(12),
      /**
       * Day, 1–30 for lunar, 1–31 for solar.
       * vi: Ngày — 1–30 với âm lịch, 1–31 với dương lịch.
       */
      day: z.number().int().min(1).max(31),
      /**
       * How many days it lasts.
       * vi: Số ngày — Kéo dài bao nhiêu ngày.
       */
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
      /**
       * When it is held every year.
       * vi: Ngày tổ chức — Ngày lễ hội diễn ra hằng năm.
       */
      date: recurringDate(),
      /**
       * Where it is held.
       * vi: Địa điểm — Nơi tổ chức.
       */
      location: place(),
      /**
       * Its position on the map.
       * vi: Tọa độ — Vị trí trên bản đồ.
       */
      coordinates: coordinates().optional(),
      /**
       * The destination where it is held, if any.
       * vi: Điểm đến — Điểm đến nơi tổ chức lễ hội, nếu có.
       */
      destination: ref('destinations').optional(),
      /**
       * The year it was first recorded or held, where known (for anniversaries).
       * vi: Năm bắt đầu — Năm lễ hội được ghi nhận hoặc tổ chức lần đầu, nếu biết (để tính năm kỷ niệm).
       */
      since: z.number().int().min(1000).max(2100).optional(),
    })
    .strict();
