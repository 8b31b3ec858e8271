// Practical pages readers act on (visas, crossing the border) say when their facts were last
// checked, at the top, and show the way back to their section.
import { describe, expect, it } from 'vitest';
import { builtPages, requireDist } from '../../packages/portico/test/site/dist.ts';

requireDist();
const pages = builtPages();
const PRACTICAL = {
  vi: { visa: '/du-lich/nhap-canh-thi-thuc/', border: '/du-lich/qua-cua-khau/', section: '/du-lich/' },
  en: { visa: '/en/visit/entry-and-visas/', border: '/en/visit/crossing-the-border/', section: '/en/visit/' },
  zh: { visa: '/zh/lvyou/rujing-qianzheng/', border: '/zh/lvyou/guojing-kouan/', section: '/zh/lvyou/' },
} as const;

describe.each(Object.entries(PRACTICAL))('practical pages in %s', (_, urls) => {
  it.each([urls.visa, urls.border])(
    '%s shows its last-checked date in its header and a breadcrumb to its section',
    (url) => {
      const page = pages.find((p) => p.url === url);
      expect(page, url).toBeDefined();
      const head = /<header class="page-head"[\s\S]*?<\/header>/.exec(page!.html)?.[0] ?? '';
      expect(head).toMatch(/<p class="checked"[^>]*><time datetime="\d{4}-\d{2}-\d{2}"/);
      const crumbs = /<nav class="crumbs"[\s\S]*?<\/nav>/.exec(head)?.[0] ?? '';
      expect(crumbs).toContain(`href="${urls.section}"`);
      expect(crumbs).toMatch(new RegExp(`href="${url}"[^>]*aria-current="page"`));
    },
  );
});
