/**
 * The engine's fixture site (a made-up province bordering Laos) as built by the engine: what a
 * province gets from its configuration and content alone. Runs in the `engine-site` project,
 * after test/build-fixture-site.ts built it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, fileForUrl } from './site/dist.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

describe('the fixture site', () => {
  it('exists in three languages with the province’s own names', () => {
    expect(read('index.html')).toContain('<html lang="vi"');
    expect(read('en/index.html')).toContain('<html lang="en"');
    expect(read('zh/index.html')).toContain('<html lang="zh-CN"');
    expect(read('zh/index.html')).toContain('示例');
  });

  it('redirects an Invest entry’s own redirectFrom in every server configuration', () => {
    for (const file of ['_redirects', '_server.nginx.conf', '_server.Caddyfile']) {
      expect(read(file), file).toContain('/dau-tu/co-hoi/nha-may-cu/');
      expect(read(file), file).toContain('/en/invest/opportunities/old-factory/');
    }
    const line = read('_redirects')
      .split('\n')
      .find((l) => l.startsWith('/dau-tu/co-hoi/nha-may-cu/ '))!;
    expect(fileForUrl(line.split(/\s+/)[1]!)).toBeTruthy();
  });

  it('gives an untranslated entry a fallback page in the missing language, noindex, with the content marked in its own language', () => {
    const html = read('zh/wenhua/mon-an-mau/index.html');
    expect(html).toContain('noindex');
    expect(html).toMatch(/<[^>]+ lang="vi"/);
  });

  it('lists an entry’s sources at the end of its page, in the reader’s language, without JavaScript', () => {
    const vi = read('dau-tu/linh-vuc/nong-nghiep-mau/index.html');
    const block = /<section[^>]*class="sources[^"]*"[\s\S]*?<\/section>/.exec(vi)?.[0] ?? '';
    expect(block).toContain('>Nguồn</h2>');
    expect(block).toMatch(
      /<li id="source-1"[^>]*>\s*<a href="https:\/\/example.org\/bao-cao-mau" rel="noopener noreferrer"[^>]*>Báo cáo hư cấu về nông nghiệp mẫu<\/a>/,
    );
    expect(block).toContain(', ban hành tháng 3 năm 2025');
    expect(block).toContain('(truy cập ngày 2 tháng 11, 2026)');
    expect(block).toMatch(/<li id="source-2"[^>]*>\s*Niên giám mẫu\s*<span[^>]*>, ban hành 2024<\/span>/);
    expect(block).not.toContain('<script');
    const en = read('en/invest/sectors/sample-farming/index.html');
    expect(en).toContain('>Sources</h2>');
    expect(en).toContain(', issued March 2025');
    expect(en).toContain(' (accessed 2 November 2026)');
    expect(read('zh/touzi/hangye/shifan-nongye/index.html')).toContain('>资料来源</h2>');
  });

  it('titles an entry’s footnotes in its language, each note with its way back', () => {
    const vi = read('dau-tu/linh-vuc/nong-nghiep-mau/index.html');
    expect(vi).toMatch(/<sup><a href="#user-content-fn-1"[^>]*>1<\/a><\/sup>/);
    expect(vi).toContain('>Chú thích</h2>');
    expect(vi).toMatch(/<li id="user-content-fn-1">[\s\S]*Số liệu hư cấu[\s\S]*aria-label="Quay lại chỗ dẫn 1"/);
    expect(read('en/invest/sectors/sample-farming/index.html')).toContain('>Notes</h2>');
    expect(read('zh/touzi/hangye/shifan-nongye/index.html')).toContain('>注释</h2>');
    for (const page of ['dau-tu/linh-vuc/nong-nghiep-mau/index.html', 'en/invest/sectors/sample-farming/index.html'])
      expect(read(page)).not.toContain('Footnotes');
  });

  it('shows an untranslated entry’s sources with their own titles under a heading in the reader’s language', () => {
    const html = read('zh/wenhua/mon-an-mau/index.html');
    expect(html).toMatch(/<h2 id="sources-title"[^>]*>资料来源<\/h2>/);
    expect(html).toContain('Sổ tay ẩm thực mẫu');
    expect(html).toContain('2023年7月15日发布');
  });

  it('draws its own map: its border labelled with what lies beyond, no other province’s outline', () => {
    const visit = read('du-lich/index.html');
    expect(visit).toContain('LÀO');
    expect(read('en/visit/index.html')).toContain('LAOS');
  });

  it('renders the site’s own footer in place of the engine’s, which it wraps, on every page', () => {
    for (const [page, locale] of [
      ['index.html', 'vi'],
      ['en/visit/index.html', 'en'],
      ['zh/index.html', 'zh'],
    ] as const) {
      const html = read(page);
      expect(html, page).toContain(
        `<p class="fixture-footer-note" data-locale="${locale}">Fixture footer override</p>`,
      );
      expect(html, page).toContain('class="site-footer"');
    }
  });

  it('publishes no form editor: /admin/ is off unless the site enables it', () => {
    expect(fileForUrl('/admin/')).toBeUndefined();
    expect(readFileSync(join(DIST, '_server.nginx.conf'), 'utf8')).not.toContain('/admin/');
  });

  it('carries no fact of the sample province anywhere in its output', () => {
    const names =
      /Lạng Sơn|Lang Son|谅山|Hữu Nghị|Huu Nghi|友谊关|Đồng Đăng|Dong Dang|同登|Kỳ Lừa|Mẫu Sơn|Mau Son|Kỳ Cùng|langson|lang-son|TRUNG QUỐC/;
    const offences = files(DIST)
      .filter((f) =>
        /\.(html|xml|ics|txt|json|conf|Caddyfile|_headers|_redirects|svg)$|_headers$|_redirects$|Caddyfile$/.test(f),
      )
      .filter((f) => names.test(readFileSync(f, 'utf8')));
    expect(offences).toEqual([]);
  });
});

/**
 * The fixture holds back, at any build date: a press release whose Vietnamese source is embargoed
 * (publishAt 2099) with its English and Chinese translations, a press kit and a festival likewise,
 * and an English article whose Vietnamese source is a draft. Every one carries the word HOANCONGBO.
 */
describe('an embargoed or draft source holds back its translations everywhere', () => {
  const HELD = [
    'HOANCONGBO',
    'Thông cáo chờ giờ đăng',
    'Embargoed sample release',
    '禁发示范新闻稿',
    'Bộ tài liệu chờ giờ đăng',
    'Embargoed sample press kit',
    'Hội chờ giờ công bố',
    'Unannounced sample festival',
    'Bài nháp mẫu',
    'Sample draft',
  ];
  const SLUGS =
    /thong-cao-cho-gio|embargoed-release|jinfa-xinwengao|bo-tai-lieu-cho-gio|embargoed-kit|hoi-cho-gio|unannounced-festival|ban-nhap-mau|sample-draft/;
  const all = files(DIST);
  const text = (re: RegExp) =>
    all.filter((f) => re.test(f)).map((f) => ({ f: relative(DIST, f), body: readFileSync(f, 'utf8') }));
  const leaks = (found: { f: string; body: string }[]) =>
    found.flatMap(({ f, body }) =>
      [...HELD.filter((h) => body.includes(h)), ...(SLUGS.exec(body) ?? [])].map((h) => `${f}: ${h}`),
    );

  it('no page, fallback page or picture card in any language', () => {
    expect(all.map((f) => relative(DIST, f)).filter((f) => SLUGS.test(f))).toEqual([]);
    expect(leaks(text(/\.html$/))).toEqual([]);
  });

  it('not in the feeds, and not in the sitemap', () => {
    const feeds = text(/[\\/]feeds[\\/].*\.xml$/);
    expect(feeds.length).toBeGreaterThan(0);
    // The published release is in the releases feed: the check can fail.
    expect(feeds.find((x) => x.f.endsWith('en/releases.xml'))?.body).toContain('Sample press release');
    expect(leaks(feeds)).toEqual([]);
    expect(leaks(text(/sitemap.*\.xml$/))).toEqual([]);
  });

  it('not in the calendar (ICS)', () => {
    const ics = text(/\.ics$/);
    expect(ics.some((x) => x.body.includes('Sample fair'))).toBe(true);
    expect(leaks(ics)).toEqual([]);
  });

  it('not in the search index', () => {
    const fragments = all
      .filter((f) => /[\\/]pagefind[\\/]fragment[\\/]/.test(f))
      .map((f) => ({ f: relative(DIST, f), body: gunzipSync(readFileSync(f)).toString('utf8') }));
    expect(fragments.some((x) => x.body.includes('Sample press release'))).toBe(true);
    expect(leaks(fragments)).toEqual([]);
  });

  it('no press kit, and the lists and kit pages name none of them', () => {
    expect(
      all
        .filter((f) => f.endsWith('.zip'))
        .map((f) => relative(DIST, f))
        .sort(),
    ).toEqual([
      'press-kits/bo-tai-lieu-mau-vi.zip',
      'press-kits/sample-kit-en.zip',
      'press-kits/shifan-ziliaobao-zh.zip',
    ]);
    expect(leaks(text(/\.(json|txt|md)$|_redirects$|_headers$|\.conf$|Caddyfile$/))).toEqual([]);
  });
});
