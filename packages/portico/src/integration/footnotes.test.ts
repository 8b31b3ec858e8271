import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { footnoteLanguage } from './footnotes.ts';

const body = 'Capital 100 billion[^1], area 50 ha[^a].\n\nAgain[^1].\n\n[^1]: Decision 1.\n[^a]: Survey.\n';
const render = (path: string, strings = {}) =>
  markdownToHtml(body, { hastPlugins: [footnoteLanguage(strings)], fileURL: pathToFileURL(path) }).html;

describe('footnoteLanguage', () => {
  it('titles the notes and labels each way back in the language of the file', () => {
    const vi = render('/site/src/content/zones/vi/a.md');
    expect(vi).toContain('<h2 id="footnote-label" class="footnotes__title">Chú thích</h2>');
    expect(vi).not.toContain('Footnotes');
    expect(vi).not.toContain('Back to reference');
    expect(vi).toMatch(/href="#user-content-fnref-1-2"[^>]*aria-label="[^"]*1-2"/);
    expect(render('/site/src/content/zones/zh/a.md')).toContain('>注释</h2>');
    const en = render('/site/src/content/zones/en/a.md');
    expect(en).toContain('>Notes</h2>');
    expect(en).toMatch(/aria-label="Back to reference 2"/);
  });

  it('takes the site’s own wording over the engine’s', () => {
    expect(render('/site/src/content/zones/vi/a.md', { vi: { sources: { notes: 'Ghi chú nguồn' } } })).toContain(
      '>Ghi chú nguồn</h2>',
    );
  });

  it('leaves files outside the prose collections as the processor wrote them', () => {
    expect(render('/site/src/pages/a.md')).toContain('>Footnotes</h2>');
  });
});
