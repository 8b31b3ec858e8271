/**
 * The province at a glance for investors: a few key figures, each with its source and the year
 * it refers to, and the charts drawn from them. Only figures found in a citable source are here;
 * labels come from the `invest.glance.*` UI strings.
 */
import type { Localized } from '../../i18n/locales.ts';

export type FigureUnit = 'km2' | 'km' | 'count';

export interface Figure {
  /** Key of its label: invest.glance.figure.<id>. */
  id: 'area' | 'border' | 'communes' | 'wards' | 'units' | 'economicZone' | 'hanoi' | 'nanning';
  value: number;
  unit: FigureUnit;
  /** How the source qualifies it: about (an approximation) or over (a lower bound); exact when absent. */
  qualifier?: 'about' | 'over';
  /** The year the figure refers to, or the year the undated source was consulted. */
  year: number;
  /** Where it comes from. */
  source: Localized;
}

const OVERVIEW: Localized = {
  vi: 'Bài “Khái quát đặc điểm tình hình tỉnh Lạng Sơn”, trang Lạng Sơn trên cổng vietnam.vn (không ghi ngày; tra cứu năm 2026)',
  en: '“Khái quát đặc điểm tình hình tỉnh Lạng Sơn” (overview of Lang Son Province), Lang Son pages of vietnam.vn (undated; consulted 2026)',
  zh: '越南国家门户vietnam.vn谅山专页《谅山省概况》（未注明日期；2026年查阅）',
};

const RESOLUTION_1672: Localized = {
  vi: 'Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh Lạng Sơn',
  en: 'Resolution 1672/NQ-UBTVQH15 of 16 June 2025 of the National Assembly Standing Committee on the commune-level units of Lang Son Province',
  zh: '越南国会常务委员会2025年6月16日第1672/NQ-UBTVQH15号决议（谅山省社级行政单位调整）',
};

const DECISION_138: Localized = {
  vi: 'Quyết định số 138/2008/QĐ-TTg của Thủ tướng Chính phủ thành lập Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn (tháng 10/2008)',
  en: 'Prime Minister’s Decision 138/2008/QD-TTg establishing the Dong Dang – Lang Son Border Gate Economic Zone (October 2008)',
  zh: '越南政府总理第138/2008/QĐ-TTg号决定（2008年10月，设立同登—谅山口岸经济区）',
};

export const FIGURES: Figure[] = [
  {
    id: 'area',
    value: 8310,
    unit: 'km2',
    qualifier: 'about',
    year: 2025,
    source: {
      vi: 'Số liệu diện tích các tỉnh khi sắp xếp đơn vị hành chính năm 2025 (Lạng Sơn giữ nguyên địa giới: 8.310,18 km²); bài khái quát trên vietnam.vn ghi 8.310,09 km²',
      en: 'Provincial areas published with the 2025 reorganisation (Lang Son kept its boundaries: 8,310.18 km²); the overview on vietnam.vn gives 8,310.09 km²',
      zh: '2025年省级行政区调整公布的各省面积（谅山省边界不变：8310.18平方公里）；vietnam.vn概况为8310.09平方公里',
    },
  },
  { id: 'border', value: 231, unit: 'km', qualifier: 'over', year: 2026, source: OVERVIEW },
  { id: 'units', value: 65, unit: 'count', year: 2025, source: RESOLUTION_1672 },
  { id: 'communes', value: 61, unit: 'count', year: 2025, source: RESOLUTION_1672 },
  { id: 'wards', value: 4, unit: 'count', year: 2025, source: RESOLUTION_1672 },
  { id: 'economicZone', value: 394, unit: 'km2', year: 2008, source: DECISION_138 },
  { id: 'hanoi', value: 150, unit: 'km', qualifier: 'about', year: 2026, source: OVERVIEW },
  { id: 'nanning', value: 230, unit: 'km', qualifier: 'about', year: 2026, source: OVERVIEW },
];

/** The headline figures, in the order shown. */
export const KEY_FIGURES: Figure['id'][] = ['area', 'border', 'units', 'economicZone'];

export interface ChartSpec {
  /** Key of its title and caption: invest.glance.chart.<id>. */
  id: 'area' | 'units' | 'distance';
  figures: Figure['id'][];
}

/** Three small charts, each from figures above. */
export const CHARTS: ChartSpec[] = [
  { id: 'area', figures: ['area', 'economicZone'] },
  { id: 'units', figures: ['communes', 'wards'] },
  { id: 'distance', figures: ['hanoi', 'nanning'] },
];

export const figureById = (id: Figure['id']): Figure => {
  const figure = FIGURES.find((f) => f.id === id);
  if (!figure) throw new Error(`No figure ${id}`);
  return figure;
};
