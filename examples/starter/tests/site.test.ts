/**
 * The second site, built by `npm test` (npm run build --workspace examples/starter): a made-up
 * province on the border with Laos and on the sea, started with create-portico. Checks on its
 * dist/ that the engine serves a province that is not Lạng Sơn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langSonFactsIn } from '../../../tests/helpers/lang-son-facts.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const page = (path: string) => readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

describe('the starter site', () => {
  it('was built (npm run build --workspace examples/starter)', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run `npm run build --workspace examples/starter` first').toBe(true);
  });

  it('has no Lạng Sơn fact anywhere in its output: HTML and alt text, feeds, ICS, ZIPs, search index, server configurations', () => {
    expect(langSonFactsIn(DIST)).toEqual([]);
  });

  it('is in three languages, with its own names', () => {
    expect(page('index.html')).toMatch(/<html lang="vi"[\s\S]*<title>[^<]*Khởi Đầu/);
    expect(page('en/index.html')).toMatch(/<html lang="en"[\s\S]*<title>[^<]*Khoi Dau/);
    expect(page('zh/index.html')).toMatch(/<html lang="zh-CN"[\s\S]*<title>[^<]*起头/);
    expect(page('en/index.html')).toContain('Vietnam · A made-up central coastal province');
  });

  it('labels its map with what lies beyond its own borders: Laos and the sea, not China', () => {
    const visit = page('en/visit/index.html');
    expect(visit).toMatch(/<text class="pmap__country"[^>]*>LAOS<\/text>/);
    expect(visit).toMatch(/<text class="pmap__country"[^>]*>SEA<\/text>/);
    expect(visit).not.toMatch(/>CHINA</);
    expect(page('zh/lvyou/index.html')).toMatch(/<text class="pmap__country"[^>]*>老挝<\/text>/);
  });

  it('gets the national dates and diplomatic relations from the engine, and adds its own founding date', () => {
    expect(page('en/calendar/diplomatic-relations/index.html')).toContain('Laos');
    const year = page('en/calendar/2025/index.html');
    expect(year).toContain('Founding of Khoi Dau Province (30th anniversary)');
    expect(year).toContain('National Day');
  });

  it('shows an untranslated entry in Chinese as a fallback page, not indexed', () => {
    const fallback = page('zh/wenhua/am-thuc-ven-bien/index.html');
    expect(fallback).toContain('noindex');
    expect(fallback).toContain('lang="vi"');
  });

  it('publishes its redirect, its press kits and its feeds', () => {
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toContain(
      '/bao-chi/thong-cao-cu/ /bao-chi/thong-cao/thong-cao-ra-mat/ 301',
    );
    for (const zip of ['khoi-dau-tong-quan-vi.zip', 'khoi-dau-at-a-glance-en.zip', 'qitou-gaikuang-zh.zip'])
      expect(existsSync(join(DIST, 'press-kits', zip)), zip).toBe(true);
    expect(existsSync(join(DIST, 'calendar/zh/all.ics'))).toBe(true);
  });

  it('is not a preview: no placeholder and no preview banner', () => {
    expect(page('index.html')).not.toContain('preview-banner');
    expect(page('en/index.html')).not.toContain('[PLACEHOLDER]');
  });
});
