/**
 * The engine's fixture site (a made-up province bordering Laos) as built by the engine: what a
 * province gets from its configuration and content alone. Runs in the `engine-site` project,
 * after test/build-fixture-site.ts built it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
    const line = read('_redirects').split('\n').find((l) => l.startsWith('/dau-tu/co-hoi/nha-may-cu/ '))!;
    expect(fileForUrl(line.split(/\s+/)[1]!)).toBeTruthy();
  });

  it('gives an untranslated entry a fallback page in the missing language, noindex, with the content marked in its own language', () => {
    const html = read('zh/wenhua/mon-an-mau/index.html');
    expect(html).toContain('noindex');
    expect(html).toMatch(/<[^>]+ lang="vi"/);
  });

  it('draws its own map: its border labelled with what lies beyond, no other province’s outline', () => {
    const visit = read('du-lich/index.html');
    expect(visit).toContain('LÀO');
    expect(read('en/visit/index.html')).toContain('LAOS');
  });

  it('carries no fact of the sample province anywhere in its output', () => {
    const names = /Lạng Sơn|Lang Son|谅山|Hữu Nghị|Huu Nghi|友谊关|Đồng Đăng|Dong Dang|同登|Kỳ Lừa|Mẫu Sơn|Mau Son|Kỳ Cùng|langson|lang-son|TRUNG QUỐC/;
    const offences = files(DIST)
      .filter((f) => /\.(html|xml|ics|txt|json|conf|Caddyfile|_headers|_redirects|svg)$|_headers$|_redirects$|Caddyfile$/.test(f))
      .filter((f) => names.test(readFileSync(f, 'utf8')));
    expect(offences).toEqual([]);
  });
});
