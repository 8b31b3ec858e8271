import { z } from 'astro/zod';
import { proseBase } from '../collections/fields.ts';

export const PAGE_SECTIONS = ['none', 'invest', 'visit', 'culture', 'calendar', 'press'] as const;

/** A standalone page: About, Contact, Accessibility, practical information... */
export const PageSchema = () =>
  proseBase()
    .extend({
      /**
       * Which section it belongs to; none for top-level pages such as About.
       * vi: Chuyên mục — Trang thuộc chuyên mục nào; none cho trang cấp đầu như Giới thiệu.
       */
      section: z.enum(PAGE_SECTIONS).default('none'),
      /**
       * Position in its section's list (1 first).
       * vi: Thứ tự — Vị trí trong danh sách của chuyên mục (1 là đầu tiên).
       */
      order: z.number().int().min(1).default(100),
      /**
       * A page with a special role: about, contact, accessibility or sitemap. Leave out for ordinary pages.
       * boilerplate: the standard "About the province" paragraph printed at the end of every press
       * release (section press; not a page of its own).
       * vi: Vai trò — Trang có vai trò đặc biệt (about: giới thiệu, contact: liên hệ, accessibility: trợ năng, sitemap: sơ đồ trang…). Bỏ trống với trang thường. boilerplate: đoạn “Về tỉnh” in cuối mỗi thông cáo báo chí.
       */
      role: z
        .enum(['about', 'contact', 'accessibility', 'sitemap', 'practical', 'procedure', 'investor-services', 'reporting', 'boilerplate'])
        .optional(),
    })
    .strict();

/** A moved address: requests for `from` are sent to `to`. */
export const RedirectSchema = () =>
  z
    .object({
      /**
       * The old address, from the site root, e.g. /du-lich/huyen-cao-loc/.
       * vi: Địa chỉ cũ — Tính từ gốc trang web, bắt đầu bằng /.
       */
      from: z.string().regex(/^\/[\w\-/.%]*$/, { message: 'path.invalid' }),
      /**
       * The new address, from the site root, e.g. /du-lich/cua-khau/.
       * vi: Địa chỉ mới — Tính từ gốc trang web, bắt đầu bằng /.
       */
      to: z.string().regex(/^\/[\w\-/.%#]*$/, { message: 'path.invalid' }),
      /**
       * 301 when the move is permanent (the usual case), 302 when temporary.
       * vi: Loại chuyển hướng — 301 khi chuyển hẳn (thường dùng), 302 khi tạm thời.
       */
      status: z.union([z.literal(301), z.literal(302)]).default(301),
      /**
       * Why it moved, for editors.
       * vi: Ghi chú — Lý do chuyển, cho người biên tập.
       */
      note: z.string().optional(),
    })
    .strict();
