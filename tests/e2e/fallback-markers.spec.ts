// Every list item that leads to a page shown in another language (a fallback) says so: its title
// carries that language's lang attribute and the item shows a visible language tag, in the
// reader's language. The pages to check are found in dist/: each page linking a fallback page.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? name === 'pagefind' || name === '_astro'
        ? []
        : files(path)
      : name === 'index.html'
        ? [path]
        : [];
  });
const urlOf = (file: string) =>
  `/${relative(DIST, file)
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '')}`;
const pages = files(DIST).map((file) => ({ url: urlOf(file), html: readFileSync(file, 'utf8') }));
// A fallback page: its notice, and the language its content is in (the article's or heading's lang).
const fallbacks = new Map(
  pages
    .filter((p) => p.html.includes('notice--fallback'))
    .map((p) => [p.url, /<(?:article|h1)\s[^>]*lang="([^"]+)"/.exec(p.html)?.[1] ?? ''] as const),
);
const linking = pages.filter(
  (p) => !fallbacks.has(p.url) && [...fallbacks.keys()].some((url) => p.html.includes(`href="${url}"`)),
);

test('the sample has fallback pages linked from lists', () => {
  expect(fallbacks.size).toBeGreaterThan(0);
  expect(linking.length).toBeGreaterThan(0);
});

for (const { url } of linking) {
  test(`${url}: links to pages in another language are marked`, async ({ page }) => {
    await page.goto(url);
    const problems = await page.evaluate(
      (targets) => {
        const out: string[] = [];
        for (const [href, lang] of targets) {
          for (const a of document.querySelectorAll<HTMLAnchorElement>(`main a[href="${href}"]`)) {
            if (a.closest('nav, .notice--fallback, .lang-switcher')) continue;
            const item = a.closest('li, tr, article') ?? a.parentElement!;
            const itemLang = a.closest('[lang]')?.getAttribute('lang');
            if (itemLang !== lang) out.push(`${href}: lang is ${itemLang}, not ${lang}`);
            const tag = item.querySelector('.lang-tag');
            if (!tag) out.push(`${href}: no visible language tag`);
            else if (tag.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang)
              out.push(`${href}: the tag is not in the page's language`);
          }
        }
        return out;
      },
      [...fallbacks],
    );
    expect(problems).toEqual([]);
  });
}
