import { describe, expect, it } from 'vitest';
import { nextMidnightIn } from './day.ts';

describe('nextMidnightIn', () => {
  it('is the next midnight in Vietnam (UTC+7), whatever the hour', () => {
    expect(nextMidnightIn(new Date('2026-12-07T23:30:00Z'), 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-12-08T17:00:00.000Z',
    );
    expect(nextMidnightIn(new Date('2026-12-07T16:59:59Z'), 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-12-07T17:00:00.000Z',
    );
    // At midnight exactly, the next one is a day later.
    expect(nextMidnightIn(new Date('2026-12-07T17:00:00Z'), 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-12-08T17:00:00.000Z',
    );
  });

  it('turns the year in UTC', () => {
    expect(nextMidnightIn(new Date('2026-12-31T12:00:00Z'), 'UTC').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('follows a change of offset during the night', () => {
    // Berlin leaves summer time on 2026-10-25: midnight before is 22:00 UTC, midnight after 23:00 UTC.
    expect(nextMidnightIn(new Date('2026-10-24T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-10-24T22:00:00.000Z',
    );
    expect(nextMidnightIn(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });

  it('is the first instant of the next date, in every kind of zone', () => {
    const dateIn = (at: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
    for (const iso of ['2026-03-08T07:59:59Z', '2026-01-01T00:00:00Z', '2026-06-30T23:59:59.999Z']) {
      for (const zone of ['America/Havana', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'UTC']) {
        const now = new Date(iso);
        const next = nextMidnightIn(now, zone);
        expect(next.getTime()).toBeGreaterThan(now.getTime());
        expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
        expect(dateIn(next.getTime(), zone)).not.toBe(dateIn(now.getTime(), zone));
        expect(dateIn(next.getTime() - 1, zone)).toBe(dateIn(now.getTime(), zone));
      }
    }
  });
});
