import { describe, expect, it } from 'vitest';
import { festivalDates, isPast, nextFestivalDate, type RecurringDate } from './festival-dates.ts';
import { solarToLunar, fromIso } from './lunar.ts';

const kyCungTaPhu: RecurringDate = { calendar: 'lunar', month: 1, day: 22, days: 6 };
const denMauDongDang: RecurringDate = { calendar: 'lunar', month: 1, day: 10, days: 1 };
const chuaBacNga: RecurringDate = { calendar: 'lunar', month: 1, day: 15, days: 1 };
const naNhem: RecurringDate = { calendar: 'lunar', month: 1, day: 14, days: 2 };
const bungKham: RecurringDate = { calendar: 'lunar', month: 1, day: 12, days: 1 };

describe('festivalDates', () => {
  // Each expectation is a date reported in the press for that year's festival.
  it('places the Kỳ Cùng – Tả Phủ festival (22–27 of the first lunar month)', () => {
    // 2025: opened on 19 February; the procession of the 27th fell on 24 February.
    expect(festivalDates(kyCungTaPhu, 2025)).toEqual([
      { year: 2025, start: '2025-02-19', end: '2025-02-24', lunar: { year: 2025, month: 1, day: 22, leap: false } },
    ]);
    // 2018: the festival week ran to 14 March (27th of the first month of Mậu Tuất).
    expect(festivalDates(kyCungTaPhu, 2018)[0]).toMatchObject({ start: '2018-03-09', end: '2018-03-14' });
  });

  it('places one-day festivals on the right solar day', () => {
    expect(festivalDates(denMauDongDang, 2009)[0]).toMatchObject({ start: '2009-02-04', end: '2009-02-04' }); // reported 4 Feb 2009
    expect(festivalDates(chuaBacNga, 2024)[0]).toMatchObject({ start: '2024-02-24' }); // opened the evening before, 23 Feb = 14th
    expect(festivalDates(naNhem, 2018)[0]).toMatchObject({ start: '2018-03-01', end: '2018-03-02' }); // 14–15 = 1–2 March 2018
    expect(festivalDates(bungKham, 2018)[0]).toMatchObject({ start: '2018-02-27' }); // 27 Feb 2018 = 12th
  });

  it('gives the lunar date back from the solar one', () => {
    for (const year of [2026, 2027, 2030]) {
      const [d] = festivalDates(kyCungTaPhu, year);
      expect(solarToLunar(fromIso(d!.start))).toMatchObject({ month: 1, day: 22, leap: false });
      expect(solarToLunar(fromIso(d!.end))).toMatchObject({ month: 1, day: 27 });
    }
  });

  it('handles solar dates and day 30 of a short lunar month', () => {
    expect(festivalDates({ calendar: 'solar', month: 9, day: 2, days: 1 }, 2026)).toEqual([
      { year: 2026, start: '2026-09-02', end: '2026-09-02' },
    ]);
    const all = [2024, 2025, 2026, 2027, 2028].flatMap((y) =>
      festivalDates({ calendar: 'lunar', month: 12, day: 30, days: 1 }, y),
    );
    expect(all.some((d) => d.adjustment === 'lunar-30-to-29')).toBe(true);
  });
});

describe('nextFestivalDate', () => {
  it('returns this year while the festival is ahead or under way, then next year', () => {
    expect(nextFestivalDate(kyCungTaPhu, { year: 2026, month: 1, day: 5 })).toMatchObject({
      year: 2026,
      start: '2026-03-10',
      end: '2026-03-15',
    });
    expect(nextFestivalDate(kyCungTaPhu, { year: 2026, month: 3, day: 15 })).toMatchObject({ year: 2026 });
    expect(nextFestivalDate(kyCungTaPhu, { year: 2026, month: 3, day: 16 })).toMatchObject({ year: 2027 });
  });

  it('says whether an occurrence is over', () => {
    const [d] = festivalDates(kyCungTaPhu, 2026);
    expect(isPast(d!, { year: 2026, month: 3, day: 15 })).toBe(false);
    expect(isPast(d!, { year: 2026, month: 3, day: 16 })).toBe(true);
  });
});
