/**
 * Public holidays' days off (issue 18): the period the Government announced for a year, or the
 * number of days the Labour Code gives when it has not announced it, never guessed dates.
 * Fixtures only: the engine's data is checked by its schema in logic.test.ts.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { InvalidCalendarItemError } from './anniversaries.ts';
import { calendarFeed, type FeedOptions } from './feeds.ts';
import { daysOffLabel } from './format.ts';
import {
  daysOffOf,
  entryFromDate,
  periodsMissingTheirDate,
  yearOccurrences,
  type CalendarDateRecord,
} from './logic.ts';
import { CalendarDateSchema } from './schema.ts';
import { checkContent } from '../../check/index.ts';
import { NOW, tree } from '../../../test/helpers/content.ts';

const TITLE = { vi: 'Ngày thử', en: 'Test Day', zh: '测试日' };
const LUNAR_NEW_YEAR: CalendarDateRecord = {
  kind: 'holiday',
  title: { vi: 'Tết thử', en: 'Test New Year', zh: '测试新年' },
  calendar: 'lunar',
  recurring: '01-01',
  everyYear: true,
  source: 'Luật thử nghiệm',
  daysOff: 5,
  // Lunar 1/1 of 2024 is 10 February.
  daysOffByYear: [{ from: '2024-02-08', to: '2024-02-14', source: 'Thông báo thử nghiệm 1/2024' }],
};
const SOLAR_DAY: CalendarDateRecord = {
  kind: 'holiday',
  title: TITLE,
  calendar: 'solar',
  date: '1950-09-02',
  everyYear: true,
  source: 'Luật thử nghiệm',
  daysOff: 2,
  daysOffByYear: [{ from: '2030-08-31', to: '2030-09-03', source: 'Thông báo thử nghiệm 2/2030' }],
};

/** The days off of an entry's (only) occurrence in a year. */
function daysOffIn(id: string, record: CalendarDateRecord, year: number) {
  const entry = entryFromDate(id, record);
  const [occurrence] = yearOccurrences([entry], year);
  return { occurrence, daysOff: daysOffOf(entry, occurrence!) };
}

describe('days off of an occurrence', () => {
  it('gives the announced period that includes the day: start, end, days, source', () => {
    expect(daysOffIn('test-day', SOLAR_DAY, 2030).daysOff).toEqual({
      announced: true,
      start: '2030-08-31',
      end: '2030-09-03',
      days: 4,
      source: 'Thông báo thử nghiệm 2/2030',
    });
  });

  it('gives only the statutory days for a year without an announced period', () => {
    expect(daysOffIn('test-day', SOLAR_DAY, 2031).daysOff).toEqual({ announced: false, days: 2 });
    expect(daysOffIn('test-day', { ...SOLAR_DAY, daysOffByYear: undefined }, 2030).daysOff).toEqual({
      announced: false,
      days: 2,
    });
  });

  it('says nothing more of a one-day holiday in a year without an announced period', () => {
    expect(daysOffIn('test-day', { ...SOLAR_DAY, daysOff: 1 }, 2031).daysOff).toBeUndefined();
    expect(daysOffIn('test-day', { ...SOLAR_DAY, daysOff: 1 }, 2030).daysOff).toMatchObject({
      announced: true,
      days: 4,
    });
  });

  it('places a lunar New Year period around lunar 1/1, and the next year falls back to the law', () => {
    const { occurrence, daysOff } = daysOffIn('tet', LUNAR_NEW_YEAR, 2024);
    expect(occurrence?.date).toBe('2024-02-10');
    expect(daysOff).toMatchObject({ announced: true, start: '2024-02-08', end: '2024-02-14', days: 7 });
    expect(daysOffIn('tet', LUNAR_NEW_YEAR, 2025).daysOff).toEqual({ announced: false, days: 5 });
  });

  it('refuses a period that does not include the holiday, naming the item and the field', () => {
    const wrongYear = { ...LUNAR_NEW_YEAR, daysOffByYear: [{ from: '2025-02-08', to: '2025-02-14', source: 'x' }] };
    expect(periodsMissingTheirDate(wrongYear, wrongYear.daysOffByYear)).toEqual([
      { index: 0, period: { from: '2025-02-08', to: '2025-02-14', source: 'x' }, dates: ['2025-01-29'] },
    ]);
    expect(() => entryFromDate('tet', wrongYear)).toThrow(InvalidCalendarItemError);
    expect(() => entryFromDate('tet', wrongYear)).toThrow(/"tet", daysOffByYear\.0: .*2025-01-29/);
  });

  it('gives nothing for a date without days off', () => {
    const { daysOff } = daysOffIn('x', { ...SOLAR_DAY, daysOff: undefined, daysOffByYear: undefined }, 2030);
    expect(daysOff).toBeUndefined();
  });
});

describe('days off, written', () => {
  const announced = { announced: true as const, start: '2026-02-14', end: '2026-02-22', days: 9, source: 's' };
  it('say the announced days with their number in each language', () => {
    expect(daysOffLabel(announced, 'en')).toBe('Days off: 14–22 February 2026 (9 days)');
    expect(daysOffLabel(announced, 'vi')).toMatch(/^Nghỉ lễ: 14.*22.*2.*2026 \(9 ngày\)$/);
    expect(daysOffLabel(announced, 'zh')).toBe('放假：2026年2月14日至22日（共9天）');
    expect(daysOffLabel({ ...announced, end: '2026-02-14', days: 1 }, 'en')).toBe('Day off: 14 February 2026 (1 day)');
  });
  it('say the law’s number of days and that the Government sets the dates', () => {
    const statutory = { announced: false as const, days: 5 };
    expect(daysOffLabel(statutory, 'vi')).toBe(
      'Nghỉ 5 ngày theo Bộ luật Lao động; Chính phủ công bố ngày nghỉ cụ thể hằng năm',
    );
    expect(daysOffLabel(statutory, 'en')).toBe(
      '5 days off under the Labour Code; the Government announces the exact days each year',
    );
    expect(daysOffLabel(statutory, 'zh')).toBe('依照越南《劳动法》放假5天，具体放假日期由政府每年公布');
  });
});

describe('days off in the iCalendar feed', () => {
  const options: FeedOptions = {
    locale: 'en',
    feed: 'holiday',
    years: [2024, 2025],
    provinceId: 'test-province',
    provinceName: 'Test Province',
    agency: 'Test Agency',
    yearUrl: (year) => `https://example.org/en/calendar/${year}/`,
    homeUrl: 'https://example.org/en/calendar/',
    stamp: new Date('2024-01-01T00:00:00Z'),
  };
  const events = (locale: FeedOptions['locale']) =>
    new ICAL.Component(ICAL.parse(calendarFeed([entryFromDate('tet', LUNAR_NEW_YEAR)], { ...options, locale })))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));

  it('adds an all-day event over the announced period, with its own stable UID', () => {
    const all = events('en');
    const holiday = all.find((e) => e.uid === 'tet-2024-02-10@test-province');
    const off = all.find((e) => e.uid === 'tet-days-off-2024-02-08@test-province');
    expect(holiday?.summary).toBe('Test New Year');
    expect(off?.summary).toBe('Test New Year: days off');
    expect(off?.startDate.isDate).toBe(true);
    expect(off?.startDate.toString()).toBe('2024-02-08');
    // DTEND is exclusive: the day after the last day off.
    expect(off?.endDate.toString()).toBe('2024-02-15');
    expect(off?.description).toContain('Thông báo thử nghiệm 1/2024');
    // 2025 has no announced period: only the holiday itself.
    expect(all.filter((e) => e.uid.includes('days-off'))).toHaveLength(1);
    expect(all.filter((e) => e.uid.startsWith('tet-2025-'))).toHaveLength(1);
  });

  it('names the period in each language', () => {
    const summary = (locale: FeedOptions['locale']) => events(locale).find((e) => e.uid.includes('days-off'))?.summary;
    expect(summary('vi')).toBe('Tết thử: nghỉ lễ');
    expect(summary('zh')).toBe('测试新年：放假');
  });
});

describe('days off in the schema and the content check', () => {
  const parse = (periods: unknown) => CalendarDateSchema().safeParse({ ...SOLAR_DAY, daysOffByYear: periods });
  const messages = (periods: unknown) => parse(periods).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('accepts real periods and refuses impossible ones', () => {
    expect(parse(SOLAR_DAY.daysOffByYear).success).toBe(true);
    expect(messages([{ from: '2030-02-30', to: '2030-09-03', source: 'abc' }])).toContainEqual([
      'daysOffByYear.0.from',
      'date.invalid',
    ]);
    expect(messages([{ from: '2030-09-03', to: '2030-08-31', source: 'abc' }])).toEqual([
      ['daysOffByYear.0.to', 'daysOff.order'],
    ]);
    expect(messages([{ from: '2030-08-20', to: '2030-09-06', source: 'abc' }])).toEqual([
      ['daysOffByYear.0.to', 'daysOff.length'],
    ]);
    expect(messages([{ from: '2031-08-31', to: '2031-09-03', source: 'abc' }])).toEqual([]);
    expect(messages([{ from: '2030-09-03', to: '2030-09-05', source: 'abc' }])).toEqual([
      ['daysOffByYear.0.from', 'daysOff.outside'],
    ]);
  });

  it('tells an editor, in both languages, that a period must include the holiday', () => {
    const yaml = [
      'tet-thu:',
      '  kind: holiday',
      '  title: { vi: Tết thử, en: Test New Year, zh: 测试新年 }',
      '  calendar: lunar',
      '  recurring: "01-01"',
      '  source: Luật thử nghiệm',
      '  daysOff: 5',
      '  daysOffByYear:',
      "    - { from: '2025-02-08', to: '2025-02-14', source: Thông báo thử nghiệm }",
      '',
    ].join('\n');
    const problems = checkContent(tree({ 'calendar-dates.yaml': yaml }), { now: NOW }).filter((p) =>
      p.field.startsWith('tet-thu.daysOffByYear'),
    );
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file: 'src/content/calendar-dates.yaml', field: 'tet-thu.daysOffByYear.0.from' });
    expect(p!.found).toContain('2025-02-08 – 2025-02-14');
    expect(p!.vi).toContain('phải bao gồm chính ngày lễ của năm đó (2025-01-29)');
    expect(p!.en).toContain('must include the holiday itself that year (2025-01-29)');
    expect(p!.example).toContain("from: '2026-02-14'");
  });
});
