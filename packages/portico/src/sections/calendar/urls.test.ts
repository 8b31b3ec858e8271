import { describe, expect, it } from 'vitest';
import { webcalUrl } from './urls.ts';

describe('webcalUrl', () => {
  it('writes a feed’s address with the webcal scheme, keeping host, path and query', () => {
    expect(webcalUrl('https://example.org/calendar/en/all.ics')).toBe('webcal://example.org/calendar/en/all.ics');
    expect(webcalUrl('http://localhost:4321/calendar/vi/holiday.ics?v=2')).toBe(
      'webcal://localhost:4321/calendar/vi/holiday.ics?v=2',
    );
  });
  it('refuses a relative address (calendar apps need the host)', () => {
    expect(() => webcalUrl('/calendar/en/all.ics')).toThrow();
  });
});
