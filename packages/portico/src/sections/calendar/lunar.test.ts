import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  canChi,
  fromIso,
  fromJulianDay,
  julianDay,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  newMoonJde,
  solarToLunar,
  sunApparentLongitude,
  tetOf,
  toIso,
  type LunarDate,
} from './lunar.ts';

/** Published Tết dates, Vietnam (UTC+7) and China (UTC+8), copied from the researched data set. */
const tetTable = readFileSync(new URL('../../../test/fixtures/tet-1968-2100.csv', import.meta.url), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [year, vietnam, china] = line.split(',');
    return { year: Number(year), vietnam: vietnam ?? '', china: china ?? '' };
  });

const lunar = (year: number, month: number, day: number, leap = false): LunarDate => ({ year, month, day, leap });

describe('solar date helpers', () => {
  it('numbers days as Julian day numbers', () => {
    expect(julianDay({ year: 2000, month: 1, day: 1 })).toBe(2451545);
    expect(julianDay({ year: 1968, month: 1, day: 1 })).toBe(2439857);
    expect(fromJulianDay(2451545)).toEqual({ year: 2000, month: 1, day: 1 });
  });

  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2023, month: 2, day: 28 }, 1)).toEqual({ year: 2023, month: 3, day: 1 });
    expect(addDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addDays({ year: 2025, month: 1, day: 1 }, -1)).toEqual({ year: 2024, month: 12, day: 31 });
    expect(addDays({ year: 1900, month: 2, day: 28 }, 1)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it('reads and writes ISO dates, rejecting days that do not exist', () => {
    expect(toIso({ year: 985, month: 3, day: 7 })).toBe('0985-03-07');
    expect(fromIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => fromIso('2023-02-29')).toThrow(RangeError);
    expect(() => fromIso('2024-13-01')).toThrow(RangeError);
    expect(() => fromIso('2024-2-1')).toThrow(RangeError);
  });
});

describe('astronomy', () => {
  it('matches Meeus example 49.a: new moon of February 1977', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('matches Meeus example 25.a: the sun on 1992 October 13.0 TD', () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 3);
  });
});

describe('Tết 1968–2100 against the published table', () => {
  it('covers every lunar year 1968–2100', () => {
    expect(tetTable.map((row) => row.year)).toEqual(Array.from({ length: 133 }, (_, i) => 1968 + i));
  });

  it.each(tetTable)('Tết $year: Vietnam $vietnam, China $china', ({ year, vietnam, china }) => {
    expect(toIso(tetOf(year, 7))).toBe(vietnam);
    expect(toIso(tetOf(year, 8))).toBe(china);
    expect(toIso(lunarToSolar(lunar(year, 1, 1)) ?? { year: 0, month: 0, day: 0 })).toBe(vietnam);
    expect(solarToLunar(fromIso(vietnam))).toEqual(lunar(year, 1, 1));
    expect(solarToLunar(fromIso(china), 8)).toEqual(lunar(year, 1, 1));
  });

  it('puts Tết 1985 a month earlier in Vietnam than in China', () => {
    expect(lunarToSolar(lunar(1985, 1, 1), 7)).toEqual({ year: 1985, month: 1, day: 21 });
    expect(lunarToSolar(lunar(1985, 1, 1), 8)).toEqual({ year: 1985, month: 2, day: 20 });
    // China inserted leap month 10 in 1984; Vietnam caught up with leap month 2 in 1985.
    expect(leapMonthOf(1984, 8)).toBe(10);
    expect(leapMonthOf(1984, 7)).toBe(0);
    expect(leapMonthOf(1985, 7)).toBe(2);
    expect(leapMonthOf(1985, 8)).toBe(0);
    expect(solarToLunar({ year: 1985, month: 1, day: 21 }, 8)).toEqual(lunar(1984, 12, 1));
  });

  it('puts Tết 2007 a day apart: the new moon fell just before midnight in Hanoi', () => {
    expect(lunarToSolar(lunar(2007, 1, 1), 7)).toEqual({ year: 2007, month: 2, day: 17 });
    expect(lunarToSolar(lunar(2007, 1, 1), 8)).toEqual({ year: 2007, month: 2, day: 18 });
    expect(solarToLunar({ year: 2007, month: 2, day: 17 }, 8)).toEqual(lunar(2006, 12, 30));
  });
});

describe('solar → lunar → solar', () => {
  it('round-trips every day from 1968-01-01 to 2100-12-31 and walks the months in order', () => {
    const first = julianDay({ year: 1968, month: 1, day: 1 });
    const last = julianDay({ year: 2100, month: 12, day: 31 });
    let previous = solarToLunar(fromJulianDay(first - 1));
    const problems: string[] = [];
    for (let jdn = first; jdn <= last; jdn++) {
      const solar = fromJulianDay(jdn);
      const date = solarToLunar(solar);
      const back = lunarToSolar(date);
      if (!back || julianDay(back) !== jdn)
        problems.push(`${toIso(solar)} → ${JSON.stringify(date)} → ${back && toIso(back)}`);
      if (date.day === 1) {
        // A new month follows a 29- or 30-day month; it is the next number, or the leap
        // repeat of the same number.
        const expectedMonth = previous.month === 12 ? 1 : previous.month + 1;
        const nextOk = date.leap ? date.month === previous.month && !previous.leap : date.month === expectedMonth;
        if (previous.day !== 29 && previous.day !== 30)
          problems.push(`month before ${toIso(solar)} has ${previous.day} days`);
        if (!nextOk)
          problems.push(`${toIso(solar)}: month ${date.month}${date.leap ? ' leap' : ''} after ${previous.month}`);
        if (date.month === 1 && !date.leap && date.year !== previous.year + 1)
          problems.push(`${toIso(solar)}: year did not advance`);
      } else {
        if (date.day !== previous.day + 1 || date.month !== previous.month || date.leap !== previous.leap) {
          problems.push(`${toIso(solar)}: ${JSON.stringify(date)} does not follow ${JSON.stringify(previous)}`);
        }
      }
      previous = date;
    }
    expect(problems).toEqual([]);
  });

  it('gives lunar years of 353–355 or 383–385 days, with a leap month exactly in the long ones', () => {
    for (let year = 1968; year <= 2100; year++) {
      const length = julianDay(tetOf(year + 1)) - julianDay(tetOf(year));
      const leap = leapMonthOf(year);
      if (leap === 0) expect([353, 354, 355]).toContain(length);
      else expect([383, 384, 385]).toContain(length);
    }
  });
});

describe('leap months', () => {
  it('knows recent leap years in Vietnam', () => {
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2024)).toBe(0);
    expect(leapMonthOf(2026)).toBe(0);
  });

  it('places leap month 11 in 2033 in China (the "2033 problem")', () => {
    expect(leapMonthOf(2033, 8)).toBe(11);
  });

  it('starts leap month 2 of Quý Mão on 22 March 2023 and its regular month 2 on 20 February', () => {
    expect(lunarToSolar(lunar(2023, 2, 1))).toEqual({ year: 2023, month: 2, day: 20 });
    expect(lunarToSolar(lunar(2023, 2, 1, true))).toEqual({ year: 2023, month: 3, day: 22 });
    expect(solarToLunar({ year: 2023, month: 3, day: 22 })).toEqual(lunar(2023, 2, 1, true));
  });

  it('returns null for a leap month the year does not have', () => {
    expect(lunarToSolar(lunar(2024, 4, 1, true))).toBeNull();
    expect(lunarMonthLength(2024, 4, true)).toBeNull();
  });
});

describe('month lengths and missing days', () => {
  it('has no 30th day in month 12 of Giáp Thìn: Tết Ất Tỵ came after the 29th', () => {
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(lunarToSolar(lunar(2024, 12, 30))).toBeNull();
    expect(lunarToSolar(lunar(2024, 12, 29))).toEqual({ year: 2025, month: 1, day: 28 });
    expect(solarToLunar({ year: 2025, month: 1, day: 28 })).toEqual(lunar(2024, 12, 29));
  });

  it('returns null for impossible days and throws for impossible months', () => {
    expect(lunarToSolar(lunar(2025, 1, 0))).toBeNull();
    expect(lunarToSolar(lunar(2025, 1, 31))).toBeNull();
    expect(() => lunarToSolar(lunar(2025, 13, 1))).toThrow(RangeError);
  });

  it('converts well-known holidays', () => {
    expect(lunarToSolar(lunar(2024, 8, 15))).toEqual({ year: 2024, month: 9, day: 17 }); // Trung Thu
    expect(lunarToSolar(lunar(2025, 3, 10))).toEqual({ year: 2025, month: 4, day: 7 }); // Giỗ Tổ Hùng Vương
    expect(lunarToSolar(lunar(2024, 3, 10))).toEqual({ year: 2024, month: 4, day: 18 });
  });
});

describe('input checks', () => {
  it('rejects invalid solar dates and unsupported years', () => {
    expect(() => solarToLunar({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => solarToLunar({ year: 1700, month: 6, day: 1 })).toThrow(RangeError);
    expect(() => lunarToSolar(lunar(2400, 1, 1))).toThrow(RangeError);
  });

  it('accepts the whole documented range 1900–2199', () => {
    expect(solarToLunar({ year: 1900, month: 1, day: 1 }).year).toBe(1899);
    expect(solarToLunar({ year: 2199, month: 12, day: 31 }).year).toBe(2199);
  });
});

describe('year names (can chi)', () => {
  it('names 2024, 2025 and 2026 in three languages', () => {
    expect(canChi(2024)).toMatchObject({ vi: 'Giáp Thìn', en: 'Wood Dragon (Giáp Thìn)', zh: '甲辰' });
    expect(canChi(2025)).toMatchObject({ vi: 'Ất Tỵ', en: 'Wood Snake (Ất Tỵ)', zh: '乙巳' });
    expect(canChi(2026)).toMatchObject({ vi: 'Bính Ngọ', en: 'Fire Horse (Bính Ngọ)', zh: '丙午' });
  });

  it('uses the Vietnamese Cat for Mão, and says China has the Rabbit', () => {
    const year = canChi(2023);
    expect(year.vi).toBe('Quý Mão');
    expect(year.zh).toBe('癸卯');
    expect(year.zodiac).toEqual({ vi: 'Mèo', en: 'Cat', zh: '猫' });
    expect(year.chinaZodiac).toEqual({ zh: '兔', en: 'Rabbit' });
  });

  it('cycles every 60 years from Giáp Tý', () => {
    expect(canChi(1984)).toMatchObject({ vi: 'Giáp Tý', zh: '甲子', cycleIndex: 0 });
    expect(canChi(1954).vi).toBe('Giáp Ngọ');
    expect(canChi(1789).vi).toBe('Kỷ Dậu');
    expect(canChi(2044)).toEqual(canChi(1984));
  });

  it('names the lunar year, so January before Tết keeps the old name', () => {
    const beforeTet = solarToLunar({ year: 2025, month: 1, day: 28 });
    expect(canChi(beforeTet.year).vi).toBe('Giáp Thìn');
  });
});
