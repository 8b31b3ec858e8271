import { describe, expect, it } from 'vitest';
import { formatHectares, formatKm, formatSquareKm, formatUsd, formatVnd } from '../../lib/format.ts';

// Intl puts no-break spaces where a line must not wrap; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('writes đồng the Vietnamese way', () => {
    expect(plain(formatVnd(1_500_000_000_000, 'vi'))).toBe('1.500 tỷ đồng');
    expect(plain(formatVnd(2_350_000_000, 'vi'))).toBe('2,35 tỷ đồng');
    expect(plain(formatVnd(800_000_000, 'vi'))).toBe('800 triệu đồng');
  });
  it('writes đồng in English and Chinese with large-number words', () => {
    expect(plain(formatVnd(1_500_000_000_000, 'en'))).toBe('VND 1.5 trillion');
    expect(plain(formatVnd(120_000_000_000, 'en'))).toBe('VND 120 billion');
    expect(formatVnd(1_500_000_000_000, 'zh')).toBe('1.5万亿越南盾');
    expect(formatVnd(120_000_000_000, 'zh')).toBe('1200亿越南盾');
  });
  it('writes dollars in each language', () => {
    expect(plain(formatUsd(12_500_000, 'en'))).toBe('USD 12.5 million');
    expect(formatUsd(12_500_000, 'zh')).toBe('1250万美元');
    expect(plain(formatUsd(12_500_000, 'vi'))).toBe('12,5 triệu USD');
  });
});

describe('areas and distances', () => {
  it('writes hectares', () => {
    expect(plain(formatHectares(12.5, 'vi'))).toBe('12,5 ha');
    expect(plain(formatHectares(39400, 'en'))).toBe('39,400 ha');
    expect(formatHectares(12.5, 'zh')).toBe('12.5公顷');
  });
  it('writes square kilometres and kilometres', () => {
    expect(plain(formatSquareKm(8310, 'vi'))).toBe('8.310 km²');
    expect(plain(formatSquareKm(8310, 'en'))).toBe('8,310 km²');
    expect(formatSquareKm(8310, 'zh')).toBe('8,310平方公里');
    expect(plain(formatKm(231, 'en'))).toBe('231 km');
    expect(formatKm(150, 'zh')).toBe('150公里');
  });
});
