// Festival pages put the practical fact first: this year's and next year's solar days sit at the
// top of the page, above the picture and the text, in every language.
import { describe, expect, it } from 'vitest';
import { builtPages, requireDist } from '../../packages/portico/test/site/dist.ts';

requireDist();
const festivalPages = builtPages().filter((p) =>
  /^\/(du-lich\/le-hoi|en\/visit\/festivals|zh\/lvyou\/jieqing)\/[^/]+\/$/.test(p.url),
);

describe('festival pages', () => {
  it('exist in every language', () => {
    for (const prefix of ['/du-lich/', '/en/', '/zh/'])
      expect(festivalPages.filter((p) => p.url.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(3);
  });

  it.each(festivalPages.map((p) => [p.url, p] as const))(
    '%s shows this year’s and next year’s solar days first',
    (_, page) => {
      const main = page.html.slice(page.html.indexOf('<main'));
      const when = /<dl class="fest__when"[^>]*>([\s\S]*?)<\/dl>/.exec(main);
      expect(when).not.toBeNull();
      // Above the cover picture and the article's text.
      const at = main.indexOf(when![0]);
      for (const later of ['<picture', '<img', 'class="prose']) {
        const i = main.indexOf(later);
        if (i >= 0) expect(at, later).toBeLessThan(i);
      }
      const years = [...when![1]!.matchAll(/<dt[^>]*>(\d{4})<\/dt>/g)].map((m) => Number(m[1]));
      expect(years).toHaveLength(2);
      expect(years[1]).toBe(years[0]! + 1);
      // Each year's days are dates of that year.
      const blocks = when![1]!.split(/<dt[^>]*>/).slice(1);
      blocks.forEach((block, i) => {
        const days = [...block.matchAll(/<time datetime="(\d{4})-\d{2}-\d{2}"/g)].map((m) => Number(m[1]));
        expect(days.length).toBeGreaterThan(0);
        for (const y of days) expect(y).toBe(years[i]);
      });
    },
  );
});
