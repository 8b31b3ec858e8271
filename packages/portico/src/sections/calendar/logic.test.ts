import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { CalendarDateSchema, RelationSchema } from './schema.ts';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  byMonth,
  calendarYears,
  entryFromDate,
  entryFromFestival,
  entryFromRelation,
  festivalDays,
  capFestivals,
  isLocalEvent,
  ofKind,
  parsePartialDate,
  sortRelations,
  todayIn,
  upcomingOccurrences,
  yearOccurrences,
  type CalendarDateRecord,
  type CalendarEntry,
  type RelationRecord,
  type RelationRow,
} from './logic.ts';
import {
  chineseLunarDay,
  chineseLunarMonth,
  lunarDateLabel,
  lunarSpanLabel,
  occurrenceTitle,
  recurringLunarLabel,
  recurringSolarLabel,
  solarLabel,
} from './format.ts';
import { calendarFeed, feedEvents, type FeedOptions } from './feeds.ts';
import { eventJsonLd } from './jsonld.ts';
import { formatDayRange, formatMonthName } from '../../lib/format.ts';

const tet: CalendarDateRecord = {
  kind: 'holiday',
  title: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)', zh: '春节' },
  calendar: 'lunar',
  recurring: '01-01',
  everyYear: true,
  source: 'Labour Code',
};
const dienBienPhu: CalendarDateRecord = {
  kind: 'national',
  title: { vi: 'Chiến thắng Điện Biên Phủ', en: 'Dien Bien Phu Victory', zh: '奠边府大捷' },
  calendar: 'solar',
  date: '1954-05-07',
  everyYear: false,
  source: 'x',
};
const us: RelationRecord = {
  country: { vi: 'Hoa Kỳ', en: 'United States', zh: '美国' },
  established: '1995-07-12',
  confidence: 'verified',
  partnership: 'comprehensive-strategic',
  history: [{ level: 'comprehensive-strategic', year: 2023 }],
  source: 'x',
};
const unverified: RelationRecord = {
  ...us,
  country: { vi: 'A', en: 'A', zh: 'A' },
  established: '1975-07-01',
  confidence: 'unverified',
  history: [],
  partnership: 'none',
};
const yearOnly: RelationRecord = {
  ...us,
  country: { vi: 'Đức', en: 'Germany', zh: '德国' },
  established: '1975-09-23',
  confidence: 'year-verified',
};

const entries: CalendarEntry[] = [
  entryFromDate('tet', tet),
  entryFromDate('dien-bien-phu', dienBienPhu),
  entryFromRelation('us', us),
  entryFromRelation('xx', unverified),
  entryFromRelation('de', yearOnly),
  entryFromFestival({
    name: 'ky-cung-ta-phu',
    title: { vi: 'Lễ hội đền Kỳ Cùng - Tả Phủ', en: 'Ky Cung - Ta Phu Temples Festival', zh: '祈穷-左府庙会' },
    date: { calendar: 'lunar', month: 1, day: 22, days: 6 },
  }),
];

describe('records → engine items', () => {
  it('reads partial dates with their precision', () => {
    expect(parsePartialDate('1954-05-07')).toEqual({ year: 1954, month: 5, day: 7, precision: 'day' });
    expect(parsePartialDate('1954-05')).toEqual({ year: 1954, month: 5, precision: 'month' });
    expect(parsePartialDate('1954')).toEqual({ year: 1954, precision: 'year' });
  });

  it('keeps only the year of a year-verified date and flags an unverified one', () => {
    expect(entryFromRelation('de', yearOnly).item.date).toEqual({ year: 1975, precision: 'year' });
    expect(entryFromRelation('xx', unverified).item.confirmed).toBe(false);
    expect(entryFromRelation('us', us).item).toMatchObject({
      id: 'relations-us',
      kind: 'diplomatic',
      recurring: false,
      confirmed: true,
    });
    expect(entryFromRelation('us', us).item.title).toEqual({
      vi: 'Thiết lập quan hệ ngoại giao Việt Nam – Hoa Kỳ',
      en: 'Vietnam–United States diplomatic relations',
      zh: '越南与美国建交',
    });
  });

  it('turns a lunar date with an origin year into a dated lunar item', () => {
    const item = entryFromDate('ngoc-hoi', { ...tet, recurring: '01-05', since: 1789, everyYear: false }).item;
    expect(item.date).toEqual({ year: 1789, month: 1, day: 5, precision: 'day' });
  });
});

describe('year pages', () => {
  it('show 2024: the 70th anniversary of Điện Biên Phủ on 7 May', () => {
    const dbp = yearOccurrences(entries, 2024).find((o) => o.id === 'dien-bien-phu');
    expect(dbp).toMatchObject({ date: '2024-05-07', anniversary: 70, round: true, major: true });
  });

  it('leave out the years that are not round for dates that only matter then', () => {
    expect(yearOccurrences(entries, 2025).find((o) => o.id === 'dien-bien-phu')).toBeUndefined();
  });

  it('show 2025: Tết on 29 January and 30 years of relations with the United States on 12 July', () => {
    const year = yearOccurrences(entries, 2025);
    expect(year.find((o) => o.id === 'tet')?.date).toBe('2025-01-29');
    expect(year.find((o) => o.id === 'relations-us')).toMatchObject({
      date: '2025-07-12',
      anniversary: 30,
      round: true,
    });
    // A year-verified date is a year-level mention; an unverified one is kept, flagged.
    expect(year.find((o) => o.id === 'relations-de')).toMatchObject({ date: null, anniversary: 50 });
    expect(year.find((o) => o.id === 'relations-xx')).toMatchObject({ date: '2025-07-01', confirmed: false });
  });

  it('include festivals, several days long', () => {
    const festival = yearOccurrences(entries, 2025).find((o) => o.kind === 'festival');
    expect(festival).toMatchObject({ date: '2025-02-19', endDate: '2025-02-24' });
  });

  it('work with no entries at all', () => {
    expect(yearOccurrences([], 2026)).toEqual([]);
    expect(upcomingOccurrences([], { year: 2026, month: 1, day: 1 })).toEqual([]);
  });

  it('filter by kind and group by month', () => {
    const year = yearOccurrences(entries, 2025);
    expect(ofKind(year, 'diplomatic').every((o) => o.kind === 'diplomatic')).toBe(true);
    expect(ofKind(year, null)).toHaveLength(year.length);
    const months = byMonth(year);
    expect(months.map((m) => m.month)).toEqual([1, 2, 7]);
    expect(months.flatMap((m) => m.occurrences).every((o) => o.date)).toBe(true);
  });

  it('show a few festivals a month on the page of all kinds and count the others', () => {
    const year = yearOccurrences(entries, 2025);
    const festival = year.find((o) => o.kind === 'festival')!;
    const holiday = year.find((o) => o.kind !== 'festival')!;
    const many = [holiday, ...Array.from({ length: 9 }, (_, i) => ({ ...festival, id: `f${i}` })), { ...holiday, id: 'late' }];
    const { shown, moreFestivals } = capFestivals(many, 6);
    expect(moreFestivals).toBe(3);
    expect(shown.map((o) => o.id)).toEqual([holiday.id, 'f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'late']);
    expect(capFestivals(year, 6)).toEqual({ shown: year, moreFestivals: 0 });
  });

  it('call festivals and provincial events Events, not holidays or anniversaries', () => {
    expect(isLocalEvent({ kind: 'festival' })).toBe(true);
    expect(isLocalEvent({ kind: 'provincial' })).toBe(true);
    expect(isLocalEvent({ kind: 'diplomatic' })).toBe(false);
    expect(isLocalEvent({ kind: 'holiday' })).toBe(false);
  });

  it('publish the build year − 1 to + 5, and know today in Vietnam', () => {
    expect(calendarYears({ year: 2026, month: 3, day: 1 })).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(todayIn(new Date('2025-12-31T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ year: 2026, month: 1, day: 1 });
  });

  it('list what is coming up across the new year', () => {
    const coming = upcomingOccurrences(entries, { year: 2024, month: 12, day: 20 }, 60);
    expect(coming.map((o) => o.id)).toContain('tet');
    expect(coming.find((o) => o.id === 'tet')?.date).toBe('2025-01-29');
  });
});

describe('festival dates', () => {
  it('give this year’s solar days of a lunar festival', () => {
    expect(festivalDays({ calendar: 'lunar', month: 1, day: 22, days: 6 }, 2025)).toEqual([
      { start: '2025-02-19', end: '2025-02-24', lunar: { year: 2025, month: 1, day: 22, leap: false } },
    ]);
  });

  it('give China’s days where its calendar differs (Tết 2030: 2 February in Vietnam, 3 February in China)', () => {
    const [day] = festivalDays({ calendar: 'lunar', month: 1, day: 1, days: 1 }, 2030);
    expect(day).toMatchObject({ start: '2030-02-02', china: { start: '2030-02-03', end: '2030-02-03' } });
  });

  it('handle solar festivals', () => {
    expect(festivalDays({ calendar: 'solar', month: 9, day: 2, days: 2 }, 2026)).toEqual([
      { start: '2026-09-02', end: '2026-09-03' },
    ]);
  });
});

describe('labels', () => {
  it('write lunar dates in each language', () => {
    expect(lunarDateLabel({ month: 1, day: 15 }, 'vi')).toBe('15/1 âm lịch');
    expect(lunarDateLabel({ month: 1, day: 15 }, 'en')).toBe('day 15 of lunar month 1');
    expect(lunarDateLabel({ month: 1, day: 15 }, 'zh')).toBe('农历正月十五');
    expect(lunarDateLabel({ month: 12, day: 23 }, 'zh')).toBe('农历腊月廿三');
    expect(lunarDateLabel({ month: 6, day: 1, leap: true }, 'vi')).toBe('1/6 nhuận âm lịch');
    expect([1, 10, 11, 20, 21, 30].map(chineseLunarDay)).toEqual(['初一', '初十', '十一', '二十', '廿一', '三十']);
    expect(chineseLunarMonth(11)).toBe('冬月');
  });

  it('write spans of days', () => {
    expect(lunarSpanLabel({ year: 2025, month: 1, day: 22, leap: false }, '2025-02-24', 'vi')).toBe('22–27/1 âm lịch');
    expect(lunarSpanLabel({ year: 2025, month: 1, day: 22, leap: false }, '2025-02-24', 'zh')).toBe(
      '农历正月廿二至廿七',
    );
    expect(recurringLunarLabel(1, 22, 6, 'en')).toBe('days 22–27 of lunar month 1');
    expect(recurringSolarLabel(2, 29, 1, 'en')).toBe('29 February');
    expect(formatDayRange('2026-03-09', '2026-03-14', 'en')).toBe('9–14 March');
    expect(formatDayRange('2026-03-09', '2026-03-14', 'zh')).toBe('3月9日至14日');
    expect(formatDayRange('2026-03-30', '2026-04-02', 'zh', true)).toBe('2026年3月30日至4月2日');
    expect(solarLabel({ date: '2025-07-12' }, 'vi')).toBe('12 tháng 7');
    expect(formatMonthName(3, 'vi')).toBe('Tháng 3');
    expect(formatMonthName(3, 'en')).toBe('March');
    expect(formatMonthName(3, 'zh')).toBe('3月');
  });

  it('put the anniversary with the title', () => {
    const o = { title: dienBienPhu.title, anniversary: 70 };
    expect(occurrenceTitle(o, 'vi')).toBe('Chiến thắng Điện Biên Phủ (kỷ niệm 70 năm)');
    expect(occurrenceTitle(o, 'en')).toBe('Dien Bien Phu Victory (70th anniversary)');
    expect(occurrenceTitle(o, 'zh')).toBe('奠边府大捷（70周年）');
    expect(occurrenceTitle({ ...o, anniversary: null }, 'en')).toBe('Dien Bien Phu Victory');
  });
});

describe('diplomatic relations list', () => {
  const rows: RelationRow[] = [
    { id: 'us', ...us },
    { id: 'de', ...yearOnly },
    { id: 'cn', ...us, country: { vi: 'Trung Quốc', en: 'China', zh: '中国' }, established: '1950-01-18' },
  ];
  it('sorts by date and by name in the reader’s language', () => {
    expect(sortRelations(rows, 'date', 'en', 'en-GB').map((r) => r.id)).toEqual(['cn', 'de', 'us']);
    expect(sortRelations(rows, 'name', 'en', 'en-GB').map((r) => r.id)).toEqual(['cn', 'de', 'us']);
    expect(sortRelations(rows, 'name', 'vi', 'vi-VN').map((r) => r.id)).toEqual(['de', 'us', 'cn']);
    // Chinese sorts by pinyin: 德国 (Déguó), 美国 (Měiguó), 中国 (Zhōngguó).
    expect(sortRelations(rows, 'name', 'zh', 'zh-CN').map((r) => r.id)).toEqual(['de', 'us', 'cn']);
  });
});

describe('schema.org events', () => {
  it('describe an all-day event', () => {
    expect(eventJsonLd({ name: 'Tết', start: '2026-02-17', place: 'Việt Nam', language: 'vi' })).toMatchObject({
      '@type': 'Event',
      startDate: '2026-02-17',
      endDate: '2026-02-17',
      location: { '@type': 'Place', name: 'Việt Nam', address: { addressCountry: 'VN' } },
      inLanguage: 'vi',
    });
  });
});

describe('iCalendar feeds', () => {
  const options: FeedOptions = {
    locale: 'en',
    feed: 'all',
    years: [2024, 2025],
    provinceId: 'lang-son',
    provinceName: 'Lang Son',
    agency: "Lang Son Provincial People's Committee",
    yearUrl: (year) => `https://example.org/en/calendar/${year}/`,
    homeUrl: 'https://example.org/en/calendar/',
    stamp: new Date('2025-01-01T00:00:00Z'),
  };

  it('parse with ical.js: all-day events, stable UIDs, unconfirmed dates tentative', () => {
    const text = calendarFeed(entries, options);
    const component = new ICAL.Component(ICAL.parse(text));
    expect(component.name).toBe('vcalendar');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('Lang Son calendar');
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(feedEvents(entries, options).length);
    const dbp = events.find((e) => e.uid === 'dien-bien-phu-2024-05-07@lang-son');
    expect(dbp?.summary).toBe('Dien Bien Phu Victory (70th anniversary)');
    expect(dbp?.startDate.isDate).toBe(true);
    expect(dbp?.startDate.toString()).toBe('2024-05-07');
    expect(dbp?.endDate.toString()).toBe('2024-05-08');
    const festival = events.find((e) => e.uid === 'festival-ky-cung-ta-phu-2025-02-19@lang-son');
    expect(festival?.endDate.toString()).toBe('2025-02-25');
    expect(festival?.description).toContain('days 22–27 of lunar month 1');
    const flagged = events.find((e) => e.uid.startsWith('relations-xx-'));
    expect(flagged?.summary).toContain('Date not confirmed');
    expect(flagged?.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    // Year-level mentions have no day: they are not in the feed.
    expect(events.some((e) => e.uid.startsWith('relations-de-'))).toBe(false);
  });

  it('have one feed per kind', () => {
    const text = calendarFeed(entries, { ...options, locale: 'zh', feed: 'diplomatic' });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.uid.startsWith('relations-'))).toBe(true);
    expect(events.find((e) => e.uid.startsWith('relations-us-'))?.summary).toBe('越南与美国建交（30周年）');
  });
});

describe("the engine's national dates and diplomatic relations (packages/portico/data)", () => {
  const load = (file: string) =>
    yaml.load(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

  it('pass their schemas', () => {
    for (const [id, value] of Object.entries(load('national-dates.yaml'))) {
      expect(CalendarDateSchema().safeParse(value).success, id).toBe(true);
    }
    for (const [id, value] of Object.entries(load('diplomatic-relations.yaml'))) {
      expect(RelationSchema().safeParse(value).success, id).toBe(true);
    }
  });

  it('list each partnership level’s last upgrade as the current level', () => {
    for (const [id, value] of Object.entries(load('diplomatic-relations.yaml'))) {
      const r = RelationSchema().parse(value);
      expect(r.history.at(-1)?.level ?? 'none', id).toBe(r.partnership);
    }
  });
});
