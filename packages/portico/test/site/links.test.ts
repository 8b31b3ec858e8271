// Internal links and #anchors on every page resolve to something dist/ serves.
import { describe, expect, it } from 'vitest';
import { builtPages, fileForUrl, province } from './dist.ts';

const pages = builtPages();
const ids = new Map(pages.map((p) => [p.url, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

function targets(html: string): string[] {
  return [...html.matchAll(/<(?:a|link|img|script|source)\s[^>]*?(?:href|src|srcset)="([^"]+)"/g)]
    .flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!))
    .filter(Boolean);
}

describe('internal links', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s: every internal link and anchor resolves', (url, page) => {
    const broken: string[] = [];
    for (const raw of new Set(targets(page.html))) {
      let target = raw.replace(/&amp;/g, '&');
      if (target.startsWith(province.site)) target = target.slice(province.site.length) || '/';
      if (/^(https?:|mailto:|tel:|data:)/.test(target)) continue;
      const resolved = new URL(target, `http://x${url}`);
      const path = resolved.pathname;
      const file = fileForUrl(path);
      if (!file) {
        broken.push(`${raw} (no file)`);
        continue;
      }
      const hash = decodeURIComponent(resolved.hash.slice(1));
      if (hash) {
        const pageIds = ids.get(path.endsWith('/') ? path : `${path}`);
        if (pageIds && !pageIds.has(hash)) broken.push(`${raw} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('rendered Markdown', () => {
  it('leaves no literal ** or __ emphasis markers in page text (a sign of a Markdown mistake)', () => {
    const offenders = pages.flatMap((p) => {
      const text = p.html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
      return [...text.matchAll(/.{0,20}\*\*.{0,20}/g)].map((m) => `${p.url}: …${m[0].trim()}…`);
    });
    expect(offenders).toEqual([]);
  });
});
