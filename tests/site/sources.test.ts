// Sources on the built sample site (issue 17): the pages of entries that cite laws and
// resolutions end with a numbered "Sources" block in the reader's language, as plain HTML (no
// script); the untranslated story's Chinese page titles its Vietnamese sources in Chinese.
import { describe, expect, it } from 'vitest';
import { builtPages, requireDist } from '../../packages/portico/test/site/dist.ts';

requireDist();
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)?.html ?? '';
const block = (html: string) => /<section[^>]*class="sources"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('the Sources block', () => {
  it('ends each language of the agro-forestry sector with its laws, dated in that language', () => {
    for (const [url, heading, date] of [
      ['/dau-tu/linh-vuc/che-bien-nong-lam-san/', 'Nguồn', 'ban hành 14 tháng 6'],
      ['/en/invest/sectors/agro-forestry-processing/', 'Sources', 'issued 14 June 2025'],
      ['/zh/touzi/hangye/nonglin-chanpin-jiagong/', '资料来源', '2025年6月14日发布'],
    ] as const) {
      const sources = block(page(url));
      expect(sources, url).toContain(`>${heading}</h2>`);
      expect(sources, url).toMatch(/<li id="source-1"[^>]*>[^<]*67\/2025\/QH15/);
      expect(sources, url).toMatch(/<li id="source-2"[^>]*>[^<]*31\/2021\/N/);
      expect(sources, url).toContain(date);
      expect(sources, url).not.toContain('<script');
    }
  });

  it('heads the untranslated story’s Vietnamese sources in Chinese on its Chinese page', () => {
    const zh = pages.find(
      (p) => p.url.startsWith('/zh/') && p.html.includes('notice--fallback') && p.html.includes('202/2025/QH15'),
    );
    expect(zh, 'the Chinese page of the 2025 reorganisation story').toBeDefined();
    const sources = block(zh!.html);
    expect(sources).toMatch(/<h2 id="sources-title"[^>]*>资料来源<\/h2>/);
    expect(sources).toContain('Nghị quyết số 202/2025/QH15');
    expect(sources).toContain('2025年6月12日发布');
  });

  it('is absent from pages whose entry lists no source', () => {
    expect(page('/du-lich/')).not.toContain('class="sources"');
    expect(pages.filter((p) => p.html.includes('class="sources"')).length).toBeGreaterThanOrEqual(20);
  });
});
