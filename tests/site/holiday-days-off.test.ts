// Public holidays' days off in the built site (issue 18): Tết 2026's announced 14–22 February in
// every language, and the statutory days for 2027, whose days the Government has not announced.
// The year pages are published from the build year − 1 to + 5 (PORTICO_NOW pins the build's day):
// a build from 2028 on no longer has the 2026 page, and says so instead of failing on it.
import { describe, expect, it } from 'vitest';
import { builtPages, requireDist } from '../../packages/portico/test/site/dist.ts';

requireDist();
const pages = builtPages();

/** The days-off line of Tết's entry on a year page. */
function tetDaysOff(url: string, title: string): string | undefined {
  const html = pages.find((p) => p.url === url)?.html;
  if (html === undefined) return undefined;
  const item = [...html.matchAll(/<li class="occ occ--holiday[\s\S]*?<\/li>/g)]
    .map((m) => m[0])
    .find((li) => li.includes(title));
  const line = /<p class="occ__daysoff"[^>]*>([^<]*)<\/p>/.exec(item ?? '');
  return line?.[1]?.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

const TET = [
  { year: '/lich/', title: 'Tết Nguyên Đán' },
  { year: '/en/calendar/', title: 'Lunar New Year (Tết)' },
  { year: '/zh/rili/', title: '春节（越南农历新年）' },
];
const published = (year: number) => pages.some((p) => p.url === `/en/calendar/${year}/`);

describe('Tết’s days off', () => {
  it.runIf(published(2026))('2026: the announced 14–22 February, 9 days, in each language', () => {
    const [vi, en, zh] = TET.map(({ year, title }) => tetDaysOff(`${year}2026/`, title));
    expect(vi).toBe('Nghỉ lễ: 14 – 22 tháng 2, 2026 (9 ngày)');
    expect(en).toBe('Days off: 14–22 February 2026 (9 days)');
    expect(zh).toBe('放假：2026年2月14日至22日（共9天）');
  });

  it.runIf(published(2027))('2027: five days by law, the exact days left to the Government', () => {
    const [vi, en, zh] = TET.map(({ year, title }) => tetDaysOff(`${year}2027/`, title));
    expect(vi).toBe('Nghỉ 5 ngày theo Bộ luật Lao động; Chính phủ công bố ngày nghỉ cụ thể hằng năm');
    expect(en).toBe('5 days off under the Labour Code; the Government announces the exact days each year');
    expect(zh).toBe('依照越南《劳动法》放假5天，具体放假日期由政府每年公布');
  });
});
