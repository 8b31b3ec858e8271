/**
 * The province at a glance: how a key figure is written in a language (its unit and qualifier).
 * The figures themselves are the site's content (src/content/figures.yaml). Pure.
 */
import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n/locales.ts';
import { formatHectares, formatKm, formatNumber, formatSquareKm } from '../../lib/format.ts';

export interface FigureValue {
  value: number;
  unit: 'km2' | 'km' | 'ha' | 'count' | 'percent';
  qualifier?: 'about' | 'over' | undefined;
}

/** The value as readers see it, e.g. "about 8,310 km²" or "khoảng 8.310 km²". */
export function figureText(f: FigureValue, locale: Locale, t: TFunction): string {
  const plain =
    f.unit === 'km2'
      ? formatSquareKm(f.value, locale)
      : f.unit === 'km'
        ? formatKm(f.value, locale)
        : f.unit === 'ha'
          ? formatHectares(f.value, locale)
          : f.unit === 'percent'
            ? formatNumber(f.value / 100, locale, { style: 'percent', maximumFractionDigits: 1 })
            : formatNumber(f.value, locale);
  return f.qualifier ? t(`invest.glance.${f.qualifier}`, { value: plain }) : plain;
}
