// The calendar in the built site: its pages in every language and its iCalendar feeds, parsed
// with ical.js as a calendar application would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, requireDist } from '../../packages/portico/test/site/dist.ts';
import { FEED_NAMES } from '../../packages/portico/src/sections/calendar/feeds.ts';

requireDist();
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url);
const yearPages = pages.filter((p) => /^\/(en\/calendar|zh\/rili|lich)\/\d{4}\/$/.test(p.url));

describe('calendar pages', () => {
  it('have a home, seven year pages and the relations list in each language', () => {
    for (const url of [
      '/lich/',
      '/en/calendar/',
      '/zh/rili/',
      '/lich/quan-he-ngoai-giao/',
      '/en/calendar/diplomatic-relations/by-name/',
    ]) {
      expect(page(url), url).toBeDefined();
    }
    expect(yearPages).toHaveLength(21);
  });

  it('filter each year by kind without JavaScript (pre-built pages, not indexed)', () => {
    const festivals = pages.filter((p) => /^\/en\/calendar\/\d{4}\/festivals\/$/.test(p.url));
    expect(festivals).toHaveLength(7);
    for (const p of festivals) expect(p.html).toContain('<meta name="robots" content="noindex, follow"');
    for (const p of yearPages) expect(p.html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });

  it('open each year with its summary; Events only for what has no page of its own', () => {
    const festivalPages = pages.filter((p) => /^\/(en\/visit\/festivals|zh\/lvyou\/jieqing|du-lich\/le-hoi)\/[^/]+\/$/.test(p.url));
    expect(festivalPages.length).toBeGreaterThan(0);
    const eventsOf = (html: string) =>
      [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
        .map((m) => JSON.parse(m[1]!))
        .flat()
        .filter((o: { '@type'?: string }) => o['@type'] === 'Event') as { name: string; url: string }[];
    // Each festival page describes its festival as a schema.org Event…
    for (const p of festivalPages) expect(eventsOf(p.html), p.url).toHaveLength(1);
    // …so the year pages do not repeat it; holidays and anniversaries are dates, not Events.
    for (const p of yearPages) {
      expect(p.html, p.url).toContain('id="summary-title"');
      const provincial = (p.html.match(/<li class="occ occ--provincial/g) ?? []).length;
      const events = eventsOf(p.html);
      expect(events.length, p.url).toBeLessThanOrEqual(provincial);
      for (const e of events) expect(festivalPages.map((f) => f.url).some((u) => e.url.endsWith(u)), e.url).toBe(false);
    }
  });

  it('show lunar dates with their solar day', () => {
    const year = yearPages.find((p) => p.url.startsWith('/en/'))!;
    expect(year.html).toMatch(/day 1 of lunar month 1/);
    expect(yearPages.find((p) => p.url.startsWith('/zh/'))!.html).toContain('农历正月初一');
  });

  it('link the feeds that exist', () => {
    const home = page('/en/calendar/')!;
    for (const name of FEED_NAMES) expect(home.html).toContain(`href="/calendar/en/${name}.ics"`);
  });
});

describe('iCalendar feeds', () => {
  const feeds = ['vi', 'en', 'zh'].flatMap((locale) => FEED_NAMES.map((name) => `calendar/${locale}/${name}.ics`));

  it.each(feeds)('%s parses and holds all-day events with stable UIDs', (file) => {
    const path = join(DIST, file);
    expect(existsSync(path)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const event of events) {
      expect(event.uid).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}@lang-son$/);
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.compare(event.startDate)).toBe(1);
    }
    if (!file.endsWith('festival.ics')) expect(events.length).toBeGreaterThan(0);
  });

  it('agree across languages on the events (same UIDs)', () => {
    const uids = (locale: string) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(DIST, `calendar/${locale}/all.ics`), 'utf8')))
        .getAllSubcomponents('vevent')
        .map((v) => String(v.getFirstPropertyValue('uid')))
        .sort();
    expect(uids('en')).toEqual(uids('vi'));
    expect(uids('zh')).toEqual(uids('vi'));
  });
});
