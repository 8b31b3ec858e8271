// A release about a dated event gives the event's solar dates, not only the lunar days of the text.
import { describe, expect, it } from 'vitest';
import { builtPages, requireDist } from '../../packages/portico/test/site/dist.ts';

requireDist();
const pages = builtPages();
// The items whose front matter names a festival (the Ky Cung – Ta Phu media information and story).
const aboutFestival = pages.filter((p) => p.html.includes('class="press-item__when"'));

describe('press items about a festival', () => {
  it('exist in every language, releases among them', () => {
    for (const prefix of ['/bao-chi/', '/en/press/', '/zh/xinwen/'])
      expect(aboutFestival.filter((p) => p.url.startsWith(prefix)).length, prefix).toBe(2);
  });

  it.each(aboutFestival.map((p) => [p.url, p] as const))(
    '%s shows the next solar dates in its header and links the festival',
    (_, page) => {
      const head = /<header class="page-head"[\s\S]*?<\/header>/.exec(page.html)?.[0] ?? '';
      const when = /<p class="press-item__when"[\s\S]*?<\/p>/.exec(head)?.[0] ?? '';
      expect(when).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
      const link = /href="([^"]+)"/.exec(when)?.[1];
      expect(link).toBeDefined();
      expect(pages.find((p) => p.url === link)?.html).toContain('class="fest__when"');
    },
  );
});
