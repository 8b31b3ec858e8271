// The accessibility sweep: every URL in the sitemap (and the 404 pages), WCAG 2.2 AA, 0 violations;
// no request leaves the site's origin; and the Content-Security-Policy reports no violation.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './pages.ts';

const paths = [...sitemapPaths(), '/404.html', '/en/404/', '/zh/404/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Split the sweep into chunks of about 15 pages so the two workers share it and each test
// stays well inside its time limit however large the site grows.
const CHUNKS = Math.max(1, Math.ceil(paths.length / 15));
test.describe.configure({ timeout: 240_000 });
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const mine = paths.filter((_, i) => i % CHUNKS === chunk);
  if (!mine.length) continue;
  test(`axe sweep, part ${chunk + 1} of ${CHUNKS} (${mine.length} pages)`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:')) foreign.push(`${page.url()} → ${u}`);
    });
    // The Content-Security-Policy must hold: Chromium reports each violation on the console.
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text()))
        cspViolations.push(`${page.url()}: ${m.text()}`);
    });
    const failures: string[] = [];
    for (const path of mine) {
      await page.goto(path, { waitUntil: 'load' });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of results.violations) {
        failures.push(
          `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
}
