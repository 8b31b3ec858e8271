import { z } from 'astro/zod';
import { isoDate, localeEnum, localized, proseBase, ref, type SchemaHelpers } from '../../collections/fields.ts';

/** A news story or a press release. */
export const NewsSchema = () =>
  proseBase()
    .extend({
      /**
       * story (a news article) or press-release (an official statement with notes and contacts).
       * vi: Loại tin — story (tin bài) hoặc press-release (thông cáo báo chí: tuyên bố chính thức, có ghi chú và đầu mối).
       */
      type: z.enum(['story', 'press-release']),
      /**
       * The publication date shown on the page (YYYY-MM-DD).
       * vi: Ngày đăng — Ngày hiện trên trang (YYYY-MM-DD).
       */
      date: isoDate(),
      /**
       * Press releases: the place in the dateline, e.g. the provincial capital.
       * vi: Nơi phát hành — Với thông cáo: địa danh đầu bản tin, ví dụ thành phố tỉnh lỵ.
       */
      dateline: z.string().trim().min(2).optional(),
      /**
       * Press releases: notes to editors, one item each.
       * vi: Ghi chú cho biên tập viên — Với thông cáo: mỗi ý một mục.
       */
      notesToEditors: z.array(z.string().trim().min(3)).default([]),
      /**
       * Press releases: who journalists should call: names from the contacts file.
       * vi: Đầu mối báo chí — Với thông cáo: người nhà báo cần gọi, chọn trong mục “Đầu mối liên hệ”.
       */
      contacts: z.array(ref('contacts')).default([]),
      /**
       * A press kit that goes with it.
       * vi: Bộ tài liệu báo chí — Bộ tài liệu đi kèm, nếu có.
       */
      pressKit: ref('press-kits').optional(),
      /**
       * The festival it is about, if any: the page shows the festival's next solar dates and links its page.
       * vi: Lễ hội liên quan — Lễ hội mà tin bài nói đến, nếu có: trang hiện ngày dương lịch lần tổ chức tới và liên kết đến trang lễ hội.
       */
      festival: ref('festivals').optional(),
      /**
       * Changes after publication, each with its date and what changed. Required for a release once published.
       * vi: Đính chính — Các thay đổi sau khi đăng, mỗi mục có ngày và nội dung. Bắt buộc với thông cáo đã đăng khi có sửa đổi.
       */
      corrections: z
        .array(
          z
            .object({
              /**
               * When it was changed (YYYY-MM-DD).
               * vi: Ngày sửa — Ngày thay đổi (YYYY-MM-DD).
               */
              date: isoDate(),
              /**
               * What changed, for readers.
               * vi: Nội dung sửa — Điều gì đã thay đổi, cho người đọc.
               */
              note: z.string().trim().min(5),
            })
            .strict(),
        )
        .default([]),
      /**
       * Topics, for related items.
       * vi: Từ khóa — Chủ đề, để liên kết các bài liên quan.
       */
      tags: z.array(z.string().trim().min(2)).default([]),
      /**
       * true for a sample item written for the demonstration site (e.g. a release the province did not
       * really issue): the page then shows a visible notice saying so. Its facts must still be true.
       * vi: Bài mẫu — Bật với bài viết mẫu cho trang trình diễn (ví dụ thông cáo tỉnh không thực sự ban hành): trang sẽ ghi rõ. Các sự kiện trong bài vẫn phải đúng.
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
      /**
       * The pictures in the kit: media record names.
       * vi: Ảnh trong bộ tài liệu — Chọn trong mục “Ảnh và giấy phép”.
       */
      assets: z.array(ref('media')).min(1),
      /**
       * Who to call about it.
       * vi: Đầu mối — Người cần gọi về bộ tài liệu.
       */
      contacts: z.array(ref('contacts')).min(1),
    })
    .strict();

export const LICENCES = [
  'cc-by-4.0',
  'cc-by-sa-4.0',
  'cc0-1.0',
  'public-domain',
  'government-free-use',
  'all-rights-reserved',
] as const;

/** A picture's record: what it shows, who made it, and what others may do with it. */
export const MediaSchema = ({ image }: SchemaHelpers) =>
  z
    .object({
      /**
       * The picture, beside this file, e.g. ./border-gate.jpg.
       * vi: Tệp ảnh — Ảnh được lưu cạnh bản ghi này, ví dụ ./cong-cua-khau.jpg.
       */
      file: image(),
      /**
       * photo or illustration (made by the project when no licensed photo exists).
       * vi: Loại ảnh — photo (ảnh chụp) hoặc illustration (hình minh họa dự án tự làm khi chưa có ảnh có giấy phép).
       */
      kind: z.enum(['photo', 'illustration']),
      /**
       * What the picture shows, for readers, in every language.
       * vi: Chú thích — Ảnh cho thấy gì, cho người đọc, ở cả ba ngôn ngữ.
       */
      caption: localized(3),
      /**
       * Text for screen readers, in every language.
       * vi: Mô tả cho người khiếm thị — Văn bản thay thế cho trình đọc màn hình, ở cả ba ngôn ngữ.
       */
      alt: localized(3),
      /**
       * Who made it, in every language: the photographer and agency, or who drew it (a name stays as written).
       * vi: Tác giả — Ai chụp hoặc vẽ, ở cả ba ngôn ngữ: tên tác giả và cơ quan, ví dụ “Ảnh: Nguyễn Văn A / Báo tỉnh” (tên riêng giữ nguyên).
       */
      credit: localized(2),
      /**
       * Who holds the rights, in every language: the author, an agency, or the province's office.
       * vi: Chủ sở hữu quyền — Ai giữ quyền đối với ảnh, ở cả ba ngôn ngữ: tác giả, cơ quan báo chí hoặc văn phòng của tỉnh.
       */
      rightsHolder: localized(2),
      /**
       * cc-by-4.0, cc-by-sa-4.0, cc0-1.0, public-domain, government-free-use or all-rights-reserved.
       * vi: Giấy phép — cc-by-4.0, cc-by-sa-4.0, cc0-1.0, public-domain (phạm vi công cộng), government-free-use (cơ quan nhà nước cho dùng tự do) hoặc all-rights-reserved (giữ mọi quyền).
       */
      licence: z.enum(LICENCES),
      /**
       * editorial (news use only) or commercial (any use).
       * vi: Phạm vi sử dụng — editorial (chỉ dùng cho tin tức) hoặc commercial (mọi mục đích).
       */
      allowedUse: z.enum(['editorial', 'commercial']),
      /**
       * After this day (YYYY-MM-DD) the picture must not be used.
       * vi: Hết hạn — Sau ngày này (YYYY-MM-DD) không được dùng ảnh nữa.
       */
      expires: isoDate().optional(),
      /**
       * Where the original comes from.
       * vi: Nguồn ảnh — Địa chỉ nơi có ảnh gốc.
       */
      sourceUrl: z.url().optional(),
    })
    .strict();

/** A person or office journalists and investors can contact. */
export const ContactSchema = () =>
  z
    .object({
      /**
       * spokesperson, press-office, investment, tourism or general.
       * vi: Loại đầu mối — spokesperson (người phát ngôn), press-office (văn phòng báo chí), investment (đầu tư), tourism (du lịch) hoặc general (chung).
       */
      kind: z.enum(['spokesperson', 'press-office', 'investment', 'tourism', 'general']),
      /**
       * Name of the person or office, in every language.
       * vi: Tên — Tên người hoặc cơ quan, ở cả ba ngôn ngữ.
       */
      name: localized(),
      /**
       * Role or unit, in every language.
       * vi: Chức vụ, đơn vị — Ở cả ba ngôn ngữ.
       */
      role: localized(),
      /**
       * Telephone in international form.
       * vi: Điện thoại — Dạng quốc tế, ví dụ +84 205 3812 345.
       */
      phone: z.string().regex(/^\+[0-9 ]{8,20}$/, { message: 'phone.invalid' }),
      /**
       * E-mail.
       * vi: Thư điện tử — Địa chỉ e-mail.
       */
      email: z.email({ message: 'email.invalid' }),
      /**
       * Languages spoken, as codes: vi, en, zh, fr, ru...
       * vi: Ngôn ngữ — Các thứ tiếng người này nói, ghi bằng mã: vi, en, zh, fr, ru…
       */
      languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
      /**
       * false while the details are placeholders: the page then says so.
       * vi: Đã xác nhận — Tắt khi thông tin còn là tạm: trang sẽ ghi rõ điều đó.
       */
      verified: z.boolean(),
    })
    .strict();

/** An official name in three languages; translations must use these renderings. */
export const GlossarySchema = () =>
  z
    .object({
      /**
       * The Vietnamese term.
       * vi: Tiếng Việt — Thuật ngữ tiếng Việt.
       */
      vi: z.string().trim().min(1),
      /**
       * The English rendering.
       * vi: Tiếng Anh — Cách dịch tiếng Anh chính thức.
       */
      en: z.string().trim().min(1),
      /**
       * The Chinese rendering.
       * vi: Tiếng Trung — Cách dịch tiếng Trung chính thức.
       */
      zh: z.string().trim().min(1),
      /**
       * When to use it.
       * vi: Ghi chú — Khi nào dùng thuật ngữ này.
       */
      note: z.string().optional(),
      /**
       * true while a rendering is not confirmed: the check lists its uses for a translator to decide.
       * vi: Chưa xác nhận — Bật khi cách dịch chưa được xác nhận: bước kiểm tra liệt kê các chỗ dùng để người dịch quyết định.
       */
      unconfirmed: z.boolean().optional(),
      /**
       * Known wrong renderings per language, which the check reports, e.g. zh: [苗族].
       * vi: Cách dịch sai thường gặp — Theo từng ngôn ngữ; bước kiểm tra sẽ báo khi gặp, ví dụ zh: [苗族].
       */
      variants: z
        .object({
          /**
           * Wrong Vietnamese forms.
           * vi: Tiếng Việt — Các cách viết sai bằng tiếng Việt.
           */
          vi: z.array(z.string().trim().min(1)).optional(),
          /**
           * Wrong English renderings.
           * vi: Tiếng Anh — Các cách dịch sai sang tiếng Anh.
           */
          en: z.array(z.string().trim().min(1)).optional(),
          /**
           * Wrong Chinese renderings.
           * vi: Tiếng Trung — Các cách dịch sai sang tiếng Trung.
           */
          zh: z.array(z.string().trim().min(1)).optional(),
        })
        .strict()
        .optional(),
    })
    .strict();

export { localeEnum };
