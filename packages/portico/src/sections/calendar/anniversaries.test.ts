import { describe, expect, it } from 'vitest';
import {
  anniversaryLabel,
  englishOrdinal,
  getOccurrences,
  InvalidCalendarItemError,
  upcoming,
  yearSummary,
  type CalendarItem,
} from './anniversaries.ts';
import { solarToLunar } from './lunar.ts';

const title = (en: string) => ({ vi: en, en, zh: en });

const dienBienPhu: CalendarItem = {
  id: 'dien-bien-phu',
  kind: 'national',
  title: { vi: 'Chiến thắng Điện Biên Phủ', en: 'Dien Bien Phu Victory', zh: '奠边府大捷' },
  calendar: 'solar',
  date: { year: 1954, month: 5, day: 7, precision: 'day' },
  recurring: false,
};

const relationsUs: CalendarItem = {
  id: 'relations-us',
  kind: 'diplomatic',
  title: { vi: 'Quan hệ Việt Nam – Hoa Kỳ', en: 'Viet Nam – United States relations', zh: '越美建交' },
  calendar: 'solar',
  date: { year: 1995, month: 7, day: 12, precision: 'day' },
  recurring: false,
};

const tet: CalendarItem = {
  id: 'tet',
  kind: 'holiday',
  title: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)', zh: '春节' },
  calendar: 'lunar',
  date: { month: 1, day: 1, precision: 'day' },
  recurring: true,
};

const kitchenGods: CalendarItem = {
  id: 'kitchen-gods',
  kind: 'holiday',
  title: { vi: 'Ông Công Ông Táo', en: 'Kitchen Guardians Day', zh: '送灶' },
  calendar: 'lunar',
  date: { month: 12, day: 23, precision: 'day' },
  recurring: true,
};

const kyCungTaPhu: CalendarItem = {
  id: 'ky-cung-ta-phu',
  kind: 'festival',
  title: { vi: 'Lễ hội đền Kỳ Cùng - Tả Phủ', en: 'Ky Cung - Ta Phu Temples Festival', zh: '祈穷-左府庙会' },
  calendar: 'lunar',
  date: { month: 1, day: 22, precision: 'day' },
  durationDays: 6,
  recurring: true,
};

const newYear: CalendarItem = {
  id: 'new-year',
  kind: 'holiday',
  title: title("New Year's Day"),
  calendar: 'solar',
  date: { month: 1, day: 1, precision: 'day' },
  recurring: true,
};

const solar = (
  id: string,
  year: number,
  month: number,
  day: number,
  extra: Partial<CalendarItem> = {},
): CalendarItem => ({
  id,
  kind: 'national',
  title: title(id),
  calendar: 'solar',
  date: { year, month, day, precision: 'day' },
  recurring: false,
  ...extra,
});

describe('solar anniversaries', () => {
  it('marks the 70th anniversary of Điện Biên Phủ on 2024-05-07: round and major, not a jubilee', () => {
    const [occurrence, ...rest] = getOccurrences([dienBienPhu], 2024);
    expect(rest).toEqual([]);
    expect(occurrence).toMatchObject({
      id: 'dien-bien-phu',
      kind: 'national',
      date: '2024-05-07',
      precision: 'day',
      anniversary: 70,
      round: true,
      major: true,
      jubilee: false,
      confirmed: true,
    });
    expect(occurrence?.title.zh).toBe('奠边府大捷');
  });

  it('marks 30 years of Viet Nam – US relations on 2025-07-12', () => {
    expect(getOccurrences([relationsUs], 2025)).toEqual([
      expect.objectContaining({ date: '2025-07-12', anniversary: 30, round: true, major: true, jubilee: false }),
    ]);
    expect(getOccurrences([relationsUs], 2026)[0]).toMatchObject({ anniversary: 31, round: false, major: false });
  });

  it('shows nothing for a non-recurring item in its own year or before it', () => {
    expect(getOccurrences([relationsUs], 1995)).toEqual([]);
    expect(getOccurrences([relationsUs], 1990)).toEqual([]);
    expect(getOccurrences([relationsUs], 1996)[0]?.anniversary).toBe(1);
  });

  it('flags jubilees at every multiple of 25', () => {
    const item = solar('founding', 1950, 1, 18);
    const flags = (year: number) => {
      const { anniversary, round, major, jubilee } = getOccurrences([item], year)[0] ?? {};
      return { anniversary, round, major, jubilee };
    };
    expect(flags(1975)).toEqual({ anniversary: 25, round: true, major: false, jubilee: true });
    expect(flags(2000)).toEqual({ anniversary: 50, round: true, major: true, jubilee: true });
    expect(flags(2025)).toEqual({ anniversary: 75, round: true, major: false, jubilee: true });
    expect(flags(2050)).toEqual({ anniversary: 100, round: true, major: true, jubilee: true });
    expect(flags(1985)).toEqual({ anniversary: 35, round: true, major: false, jubilee: false });
    expect(flags(1990)).toEqual({ anniversary: 40, round: true, major: true, jubilee: false });
  });

  it('gives a recurring item with an origin year its number, from its first celebration on', () => {
    const reunification = solar('reunification', 1975, 4, 30, { recurring: true, kind: 'holiday' });
    expect(getOccurrences([reunification], 2025)[0]).toMatchObject({
      date: '2025-04-30',
      anniversary: 50,
      jubilee: true,
    });
    expect(getOccurrences([reunification], 1975)[0]).toMatchObject({
      date: '1975-04-30',
      anniversary: null,
      round: false,
    });
    expect(getOccurrences([reunification], 1974)).toEqual([]);
    expect(getOccurrences([newYear], 2031)[0]).toMatchObject({ date: '2031-01-01', anniversary: null });
  });

  it('observes 29 February on 28 February in common years, and says so', () => {
    const leapDay = solar('leap-day', 1992, 2, 29);
    expect(getOccurrences([leapDay], 2025)[0]).toMatchObject({
      date: '2025-02-28',
      anniversary: 33,
      adjustment: 'feb-29-to-28',
    });
    expect(getOccurrences([leapDay], 2024)[0]).toMatchObject({ date: '2024-02-29', anniversary: 32 });
    expect(getOccurrences([leapDay], 2024)[0]).not.toHaveProperty('adjustment');
  });

  it('passes unconfirmed dates through, flagged', () => {
    const northKorea = solar('relations-kp', 1950, 1, 31, { kind: 'diplomatic', confirmed: false });
    expect(getOccurrences([northKorea], 2025)[0]).toMatchObject({ anniversary: 75, confirmed: false });
  });
});

describe('month- and year-precision items', () => {
  it('never invents a day for a year-precision item', () => {
    const item: CalendarItem = {
      id: 'relations-xx',
      kind: 'diplomatic',
      title: title('relations-xx'),
      calendar: 'solar',
      date: { year: 1975, precision: 'year' },
      recurring: false,
    };
    const [occurrence] = getOccurrences([item], 2025);
    expect(occurrence).toMatchObject({ date: null, precision: 'year', anniversary: 50, jubilee: true });
    expect(occurrence).not.toHaveProperty('endDate');
    expect(occurrence).not.toHaveProperty('month');
  });

  it('gives a month-precision item its month and no day', () => {
    const item: CalendarItem = {
      id: 'province-split',
      kind: 'provincial',
      title: title('province-split'),
      calendar: 'solar',
      date: { year: 1975, month: 12, precision: 'month' },
      recurring: false,
    };
    expect(getOccurrences([item], 2025)[0]).toMatchObject({ date: null, month: 12, anniversary: 50 });
  });

  it('sorts by day, a month-level mention after its month, year-level mentions last', () => {
    const items: CalendarItem[] = [
      { ...solar('year-level', 2005, 1, 1), date: { year: 2005, precision: 'year' } },
      { ...solar('december-level', 2005, 12, 1), date: { year: 2005, month: 12, precision: 'month' } },
      { ...solar('may-level', 2005, 5, 1), date: { year: 2005, month: 5, precision: 'month' } },
      solar('late-may', 2005, 5, 31),
      solar('june', 2005, 6, 1),
      solar('early-may', 2005, 5, 2),
    ];
    expect(getOccurrences(items, 2025).map((o) => o.id)).toEqual([
      'early-may',
      'late-may',
      'may-level',
      'june',
      'december-level',
      'year-level',
    ]);
  });
});

describe('lunar items', () => {
  it('places Tết on 2025-01-29 and 2024-02-10, with the lunar date', () => {
    expect(getOccurrences([tet], 2025)).toEqual([
      expect.objectContaining({ date: '2025-01-29', lunar: { year: 2025, month: 1, day: 1, leap: false } }),
    ]);
    expect(getOccurrences([tet], 2024)).toEqual([expect.objectContaining({ date: '2024-02-10' })]);
    expect(getOccurrences([tet], 2024)[0]).not.toHaveProperty('chinaDate');
  });

  it("gives China's date for Tết 1985, a month later", () => {
    expect(getOccurrences([tet], 1985)[0]).toMatchObject({ date: '1985-01-21', chinaDate: '1985-02-20' });
    expect(getOccurrences([tet], 2007)[0]).toMatchObject({ date: '2007-02-17', chinaDate: '2007-02-18' });
    expect(getOccurrences([tet], 1985, { tz: 8 })[0]).toMatchObject({ date: '1985-02-20' });
  });

  it('finds a 12th-month date of the previous lunar year in January', () => {
    const [occurrence, ...rest] = getOccurrences([kitchenGods], 2025);
    expect(rest).toEqual([]);
    expect(occurrence).toMatchObject({ date: '2025-01-22', lunar: { year: 2024, month: 12, day: 23, leap: false } });
    expect(solarToLunar({ year: 2025, month: 1, day: 22 })).toEqual({ year: 2024, month: 12, day: 23, leap: false });
    // The same day of lunar year Ất Tỵ falls after New Year 2026, so it belongs to 2026.
    expect(getOccurrences([kitchenGods], 2026).map((o) => o.date)).toEqual(['2026-02-10']);
  });

  it('returns both hits when a lunar date falls in early January and again in late December', () => {
    const item: CalendarItem = { ...kitchenGods, id: 'late-eleventh', date: { month: 11, day: 20, precision: 'day' } };
    expect(getOccurrences([item], 2024).map((o) => [o.date, o.lunar?.year])).toEqual([
      ['2024-01-01', 2023],
      ['2024-12-20', 2024],
    ]);
  });

  it('spans the Kỳ Cùng – Tả Phủ festival over lunar 22–27 of month 1: 2025-02-19 to 2025-02-24', () => {
    const [occurrence] = getOccurrences([kyCungTaPhu], 2025);
    expect(occurrence).toMatchObject({ date: '2025-02-19', endDate: '2025-02-24' });
    expect(solarToLunar({ year: 2025, month: 2, day: 24 })).toEqual({ year: 2025, month: 1, day: 27, leap: false });
  });

  it('observes day 30 on day 29 when the month is short', () => {
    const eve: CalendarItem = { ...kitchenGods, id: 'new-years-eve', date: { month: 12, day: 30, precision: 'day' } };
    expect(getOccurrences([eve], 2025)[0]).toMatchObject({
      date: '2025-01-28',
      lunar: { year: 2024, month: 12, day: 29, leap: false },
      adjustment: 'lunar-30-to-29',
    });
  });

  it('keeps a leap-month date in its leap month, or the regular month when the year has none', () => {
    const item: CalendarItem = {
      ...kitchenGods,
      id: 'leap-two',
      date: { month: 2, day: 1, leap: true, precision: 'day' },
    };
    expect(getOccurrences([item], 2023)[0]).toMatchObject({ date: '2023-03-22', lunar: { month: 2, leap: true } });
    expect(getOccurrences([item], 2024)[0]).toMatchObject({
      lunar: { month: 2, leap: false },
      adjustment: 'leap-to-regular',
    });
  });

  it('counts a lunar anniversary in lunar years', () => {
    const ngocHoi: CalendarItem = {
      ...tet,
      id: 'ngoc-hoi-dong-da',
      date: { year: 1789, month: 1, day: 5, precision: 'day' },
    };
    expect(getOccurrences([ngocHoi], 2039)[0]).toMatchObject({
      anniversary: 250,
      jubilee: true,
      lunar: { year: 2039 },
    });
  });
});

describe('upcoming', () => {
  const items = [
    newYear,
    tet,
    kitchenGods,
    kyCungTaPhu,
    dienBienPhu,
    solar('christmas', 2000, 12, 25, { recurring: true, kind: 'international' }),
  ];

  it('crosses the year end', () => {
    const result = upcoming(items, { year: 2024, month: 12, day: 20 }, 45);
    expect(result.map((o) => [o.id, o.date])).toEqual([
      ['christmas', '2024-12-25'],
      ['new-year', '2025-01-01'],
      ['kitchen-gods', '2025-01-22'],
      ['tet', '2025-01-29'],
    ]);
  });

  it('includes today and excludes the day after the window', () => {
    expect(upcoming(items, { year: 2025, month: 1, day: 22 }, 7).map((o) => o.id)).toEqual(['kitchen-gods']);
    expect(upcoming(items, { year: 2025, month: 1, day: 22 }, 8).map((o) => o.id)).toEqual(['kitchen-gods', 'tet']);
    expect(upcoming(items, { year: 2025, month: 1, day: 22 }, 0)).toEqual([]);
  });

  it('includes a festival already under way', () => {
    expect(upcoming(items, { year: 2025, month: 2, day: 24 }, 1).map((o) => o.id)).toEqual(['ky-cung-ta-phu']);
    expect(upcoming(items, { year: 2025, month: 2, day: 25 }, 1)).toEqual([]);
  });
});

describe('yearSummary', () => {
  it('counts round, major and jubilee anniversaries and lists diplomatic round ones', () => {
    const items = [
      dienBienPhu,
      relationsUs,
      tet,
      solar('relations-cn', 1950, 1, 18, { kind: 'diplomatic' }),
      solar('relations-kp', 1950, 1, 31, { kind: 'diplomatic', confirmed: false }),
      solar('relations-yy', 1993, 3, 1, { kind: 'diplomatic' }),
    ];
    expect(yearSummary(getOccurrences(items, 2025))).toEqual({
      total: 6,
      round: 3,
      major: 1,
      jubilee: 2,
      unconfirmed: 1,
      diplomaticRound: 3,
      diplomaticCountries: ['relations-cn', 'relations-kp', 'relations-us'],
    });
  });
});

describe('anniversary labels', () => {
  it('writes correct English ordinals', () => {
    const cases: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [22, '22nd'],
      [23, '23rd'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
      [113, '113th'],
    ];
    for (const [n, expected] of cases) expect(englishOrdinal(n)).toBe(expected);
  });

  it('phrases the anniversary in each language', () => {
    expect(anniversaryLabel(70, 'vi')).toBe('kỷ niệm 70 năm');
    expect(anniversaryLabel(70, 'en')).toBe('70th anniversary');
    expect(anniversaryLabel(70, 'zh')).toBe('70周年');
    expect(anniversaryLabel(1, 'en')).toBe('1st anniversary');
    expect(anniversaryLabel(22, 'en')).toBe('22nd anniversary');
    expect(anniversaryLabel(111, 'en')).toBe('111th anniversary');
    expect(anniversaryLabel(1, 'vi')).toBe('kỷ niệm 1 năm');
    expect(anniversaryLabel(1, 'zh')).toBe('1周年');
  });

  it('refuses a number that is not an anniversary', () => {
    expect(() => anniversaryLabel(0, 'en')).toThrow(RangeError);
    expect(() => anniversaryLabel(2.5, 'vi')).toThrow(RangeError);
  });
});

describe('invalid items', () => {
  it('names the item and the field', () => {
    const broken: CalendarItem = { ...dienBienPhu, id: 'broken', date: { year: 1954, month: 5, precision: 'day' } };
    expect(() => getOccurrences([broken], 2024)).toThrow(InvalidCalendarItemError);
    expect(() => getOccurrences([broken], 2024)).toThrow(/"broken", date\.day/);
  });

  it('rejects a non-recurring item without a year, and a day that does not exist', () => {
    const noYear: CalendarItem = { ...dienBienPhu, id: 'no-year', date: { month: 5, day: 7, precision: 'day' } };
    expect(() => getOccurrences([noYear], 2024)).toThrow(/date\.year/);
    const feb30 = solar('feb-30', 1954, 2, 30);
    expect(() => getOccurrences([feb30], 2024)).toThrow(/date\.day/);
  });
});
