import { z } from 'astro/zod';
import {
  coordinates,
  isoDate,
  localized,
  noVerificationWhenIllustrative,
  place,
  proseBase,
  ref,
} from '../../collections/fields.ts';

/** A priority sector for investment. */
export const SectorSchema = () =>
  proseBase()
    .extend({
      /**
       * Position in lists (1 first).
       * vi: Thứ tự — Vị trí trong danh sách (1 là đầu tiên).
       */
      order: z.number().int().min(1).default(100),
    })
    .strict();

/** Zone kinds: economic zone, industrial park or cluster, border gate. */
export const ZONE_KINDS = ['economic-zone', 'industrial-park', 'industrial-cluster', 'border-gate'] as const;
/** Border-gate levels under Vietnamese law. */
export const GATE_LEVELS = ['international', 'main', 'secondary', 'crossing'] as const;
/** What may cross at a gate. */
export const CROSSINGS = ['people', 'goods', 'vehicles', 'rail'] as const;

/** An economic zone, industrial park or cluster, or a border gate. */
export const ZoneSchema = () =>
  proseBase()
    .extend({
      /**
       * economic-zone, industrial-park, industrial-cluster or border-gate.
       * vi: Loại — economic-zone (khu kinh tế), industrial-park (khu công nghiệp), industrial-cluster (cụm công nghiệp) hoặc border-gate (cửa khẩu).
       */
      kind: z.enum(ZONE_KINDS),
      /**
       * For border gates: international, main, secondary or crossing.
       * vi: Cấp cửa khẩu — Với cửa khẩu: international (quốc tế), main (chính), secondary (phụ) hoặc crossing (lối mở).
       */
      gateLevel: z.enum(GATE_LEVELS).optional(),
      /**
       * For border gates: the gate facing it across the border, in that country's own name.
       * vi: Cửa khẩu đối diện — Với cửa khẩu: cửa khẩu phía bên kia biên giới, ghi theo tên của nước đó.
       */
      counterpart: z.string().trim().min(1).optional(),
      /**
       * For border gates: what may cross (people, goods, vehicles, rail).
       * vi: Được qua lại — Với cửa khẩu: people (người), goods (hàng hóa), vehicles (phương tiện), rail (đường sắt).
       */
      crosses: z.array(z.enum(CROSSINGS)).default([]),
      /**
       * Opening hours, as published, e.g. "7:00–22:00 (Vietnam time)".
       * vi: Giờ mở cửa — Theo công bố chính thức, ví dụ “7:00–22:00 (giờ Việt Nam)”.
       */
      hours: z.string().trim().min(1).optional(),
      /**
       * Where it is.
       * vi: Địa điểm — Nơi đặt khu, cửa khẩu.
       */
      location: place(),
      /**
       * Its position on the map.
       * vi: Tọa độ — Vị trí trên bản đồ.
       */
      coordinates: coordinates().optional(),
      /**
       * Planned or built area in hectares.
       * vi: Diện tích (ha) — Diện tích quy hoạch hoặc đã xây dựng, tính bằng héc-ta.
       */
      areaHa: z.number().positive().optional(),
      /**
       * The sectors it serves.
       * vi: Lĩnh vực — Các lĩnh vực đầu tư mà khu phục vụ.
       */
      sectors: z.array(ref('sectors')).default([]),
      /**
       * Where the facts come from (a law, decision or official page).
       * vi: Nguồn — Văn bản luật, quyết định hoặc trang chính thức cho các thông tin trên.
       */
      source: z.string().trim().min(3),
      /**
       * Position among zones of the same kind (1 first); ties are listed by title.
       * vi: Thứ tự — Vị trí giữa các khu cùng loại (1 là đầu tiên); bằng nhau thì xếp theo tiêu đề.
       */
      order: z.number().int().min(1).default(100),
    })
    .strict()
    .refine((zone) => zone.kind !== 'border-gate' || zone.gateLevel !== undefined, {
      message: 'zone.gateLevel',
      path: ['gateLevel'],
    });

/** Investment forms under the Law on Investment. */
export const INVESTMENT_FORMS = [
  'wholly-owned',
  'joint-venture',
  'bcc',
  'ppp',
  'capital-contribution',
  'open',
] as const;
/** Where an opportunity stands. */
export const OPPORTUNITY_STATUSES = ['calling', 'preparing', 'awarded', 'closed'] as const;

/** An investment opportunity (a project the province calls investors for). */
export const OpportunitySchema = () =>
  proseBase()
    .extend({
      /**
       * The sector: a name from src/content/sectors/.
       * vi: Lĩnh vực — Lĩnh vực đầu tư của dự án.
       */
      sector: ref('sectors'),
      /**
       * The zone it lies in, if any: a name from src/content/zones/.
       * vi: Khu — Khu kinh tế, khu hoặc cụm công nghiệp nơi có dự án, nếu có.
       */
      zone: ref('zones').optional(),
      /**
       * Where it is.
       * vi: Địa điểm — Nơi có dự án.
       */
      location: place(),
      /**
       * Land area in hectares.
       * vi: Diện tích đất (ha) — Tính bằng héc-ta.
       */
      areaHa: z.number().positive().optional(),
      /**
       * Total investment.
       * vi: Tổng vốn đầu tư — Ghi bằng đồng, đô la Mỹ, hoặc cả hai.
       */
      capital: z
        .object({
          /**
           * In Vietnamese đồng, as a whole number: 1500000000000 for 1,500 billion.
           * vi: Đồng — Số nguyên, không dấu phân cách: 1500000000000 là 1.500 tỷ đồng.
           */
          vnd: z.number().int().positive().optional(),
          /**
           * In US dollars, where the source gives it.
           * vi: Đô la Mỹ — Khi nguồn có ghi.
           */
          usd: z.number().positive().optional(),
        })
        .strict()
        .default({}),
      /**
       * wholly-owned, joint-venture, bcc, ppp, capital-contribution or open.
       * vi: Hình thức đầu tư — wholly-owned (100% vốn), joint-venture (liên doanh), bcc (hợp đồng BCC), ppp (đối tác công tư), capital-contribution (góp vốn) hoặc open (mở).
       */
      form: z.enum(INVESTMENT_FORMS),
      /**
       * calling, preparing, awarded or closed.
       * vi: Tình trạng — calling (đang kêu gọi), preparing (đang chuẩn bị), awarded (đã có nhà đầu tư) hoặc closed (đã đóng).
       */
      status: z.enum(OPPORTUNITY_STATUSES),
      /**
       * Who to call: a name from the contacts file.
       * vi: Đầu mối liên hệ — Người hoặc cơ quan nhà đầu tư cần gọi.
       */
      contact: ref('contacts'),
      /**
       * The day these facts were last checked against the source (YYYY-MM-DD); never on an illustrative entry.
       * vi: Ngày đối chiếu — Ngày gần nhất các thông tin được đối chiếu với nguồn (YYYY-MM-DD); không ghi với dự án minh họa.
       */
      verifiedOn: isoDate().optional(),
      /**
       * The document the opportunity comes from, e.g. the province's list of projects calling for investment.
       * vi: Nguồn — Văn bản có dự án, ví dụ danh mục dự án kêu gọi đầu tư của tỉnh.
       */
      source: z.string().trim().min(3),
      /**
       * true when the figures are only illustrative: every page then says so.
       * vi: Số liệu minh họa — Bật khi các con số chỉ để minh họa: trang sẽ ghi rõ điều đó.
       */
      illustrative: z.boolean().default(false),
    })
    .strict()
    // Illustrative figures were never checked against a source: a verification date would mislead.
    .superRefine(noVerificationWhenIllustrative);

/** An investment incentive with its legal basis. */
export const IncentiveSchema = () =>
  proseBase()
    .extend({
      /**
       * The legal document that grants it.
       * vi: Căn cứ pháp lý — Văn bản quy định ưu đãi.
       */
      legalBasis: z
        .object({
          /**
           * Its number and name, e.g. "Decree 31/2021/ND-CP".
           * vi: Số hiệu và tên — Ví dụ “Nghị định 31/2021/NĐ-CP”.
           */
          title: z.string().trim().min(3),
          /**
           * Who issued it, e.g. the Government, the National Assembly.
           * vi: Cơ quan ban hành — Ví dụ Chính phủ, Quốc hội.
           */
          issuer: z.string().trim().min(2),
          /**
           * The day it took effect (YYYY-MM-DD).
           * vi: Ngày hiệu lực — Ngày văn bản có hiệu lực (YYYY-MM-DD).
           */
          effective: isoDate(),
          /**
           * An official address of the text.
           * vi: Địa chỉ văn bản — Một địa chỉ chính thức của văn bản.
           */
          url: z.url().optional(),
        })
        .strict(),
      /**
       * Set when the basis has been replaced: the document that replaces it.
       * vi: Văn bản thay thế — Ghi khi căn cứ đã bị thay thế: văn bản thay thế nó.
       */
      supersededBy: z
        .object({
          /**
           * Its number and name.
           * vi: Số hiệu và tên — Của văn bản thay thế.
           */
          title: z.string().trim().min(3),
          /**
           * The day the replacement took effect.
           * vi: Ngày hiệu lực — Ngày văn bản thay thế có hiệu lực (YYYY-MM-DD).
           */
          effective: isoDate(),
        })
        .strict()
        .optional(),
      /**
       * tax, land, customs, support or other.
       * vi: Loại ưu đãi — tax (thuế), land (đất đai), customs (hải quan), support (hỗ trợ) hoặc other (khác).
       */
      kind: z.enum(['tax', 'land', 'customs', 'support', 'other']),
      /**
       * Sectors it applies to; empty means all.
       * vi: Lĩnh vực áp dụng — Để trống là áp dụng cho mọi lĩnh vực.
       */
      sectors: z.array(ref('sectors')).default([]),
    })
    .strict();

/** Units a key figure can be written in. */
export const FIGURE_UNITS = ['km2', 'km', 'ha', 'count', 'percent'] as const;

/**
 * A key figure of the province for investors (src/content/figures.yaml), with its source: only
 * figures found in a citable source belong here.
 */
export const FigureSchema = () =>
  z
    .object({
      /**
       * What it is, per language, e.g. "Natural area of the province".
       * vi: Tên số liệu — Số liệu là gì, ở mỗi ngôn ngữ, ví dụ “Diện tích tự nhiên của tỉnh”.
       */
      label: localized(),
      /**
       * A short label for charts, per language, e.g. "Province". Defaults to the label.
       * vi: Tên ngắn — Nhãn ngắn cho biểu đồ, ở mỗi ngôn ngữ, ví dụ “Tỉnh”. Để trống thì dùng tên số liệu.
       */
      short: localized().optional(),
      /**
       * The number, without separators, e.g. 8310.
       * vi: Giá trị — Con số, không dấu phân cách, ví dụ 8310.
       */
      value: z.number().nonnegative(),
      /**
       * km2, km, ha, count or percent.
       * vi: Đơn vị — km2, km, ha, count (số lượng) hoặc percent (phần trăm).
       */
      unit: z.enum(FIGURE_UNITS),
      /**
       * about (an approximation) or over (a lower bound); leave out when exact.
       * vi: Mức chính xác — about (khoảng) hoặc over (hơn); để trống khi là số chính xác.
       */
      qualifier: z.enum(['about', 'over']).optional(),
      /**
       * The year the figure refers to, or the year an undated source was consulted.
       * vi: Năm — Năm của số liệu, hoặc năm tra cứu nếu nguồn không ghi ngày.
       */
      year: z.number().int().min(1900).max(2100),
      /**
       * Where it comes from, per language.
       * vi: Nguồn — Số liệu lấy từ đâu, ở mỗi ngôn ngữ.
       */
      source: localized(),
      /**
       * Where it is shown: home (the Invest home's headline figures) and glance (the at-a-glance page). Leave empty for a figure used only in a chart.
       * vi: Hiển thị ở — home (số liệu nổi bật trang Đầu tư) và glance (trang tổng quan). Để trống nếu chỉ dùng trong biểu đồ.
       */
      showOn: z.array(z.enum(['home', 'glance'])).default(['glance']),
      /**
       * Position in lists and charts (1 first).
       * vi: Thứ tự — Vị trí trong danh sách và biểu đồ (1 là đầu tiên).
       */
      order: z.number().int().min(1).default(100),
    })
    .strict();

/** A bar chart of key figures on the at-a-glance page (src/content/figure-charts.yaml). */
export const FigureChartSchema = () =>
  z
    .object({
      /**
       * The chart's title per language, with the unit, e.g. "Approximate distances (km)".
       * vi: Tên biểu đồ — Ở mỗi ngôn ngữ, có đơn vị, ví dụ “Khoảng cách (km)”.
       */
      title: localized(),
      /**
       * The figures it compares, by their name in figures.yaml.
       * vi: Số liệu — Các số liệu biểu đồ so sánh, theo tên trong figures.yaml.
       */
      figures: z.array(ref('figures')).min(1),
      /**
       * Position on the page (1 first).
       * vi: Thứ tự — Vị trí trên trang (1 là đầu tiên).
       */
      order: z.number().int().min(1).default(100),
    })
    .strict();
