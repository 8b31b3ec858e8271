// Issue 17's corrections of the sample content, each held in every language: what a careful
// reader found wrong (a territorial reading of Nam Quan, an unconfirmed heritage decision, legal
// numbers no source confirms, names stale since 1 July 2025, over-precise or unsourced figures,
// travel advice without its date, mistranslations) must not come back. The figure and glossary
// mistakes of the same list are caught by `portico check` itself (editorial-check.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type ProseFile } from '../../packages/portico/src/check/reading.ts';
import province from '../../province.config.ts';

const REPO = join(import.meta.dirname, '../..');
const files = readContent(REPO)
  .files.filter((f) => f.kind !== 'picture' && f.collection !== 'glossary')
  .map((f) => ({ file: f.file, text: f.kind === 'prose' ? (f as ProseFile).source : (f as { text: string }).text }));

/** Every line of the content (the glossary aside: it lists wrong variants on purpose) that matches. */
const linesMatching = (pattern: RegExp, only?: RegExp) =>
  files
    .filter((f) => !only || only.test(f.file))
    .flatMap((f) =>
      f.text
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${f.file}:${i + 1}: ${line.slice(0, 120)}`] : [])),
    );

const page = (path: string) => files.find((f) => f.file === `src/content/${path}`)!.text;

describe('the corrected sample content', () => {
  it('says neutrally that Nam Quan was the Chinese pass, and leaves the saying out of Chinese', () => {
    expect(page('destinations/vi/cua-khau-huu-nghi.md')).toContain(
      'Cửa ải phía Trung Quốc này trước đây có tên là Trấn Nam Quan',
    );
    expect(page('destinations/en/cua-khau-huu-nghi.md')).toContain('This Chinese pass was formerly called Zhennanguan');
    const zh = page('destinations/zh/cua-khau-huu-nghi.md');
    expect(zh).toContain('友谊关，旧称镇南关');
    expect(zh).not.toMatch(/南关隘|金瓯角/);
    expect(
      linesMatching(/Trong lịch sử, nơi đây có tên là ải Nam Quan|In history the pass was called Nam Quan/),
    ).toEqual([]);
  });

  it('claims no heritage decision, legal number or article that no source confirms', () => {
    expect(linesMatching(/231\/QĐ|231\/QD|143\/2025|90\/2025|Điều 24|Article 24|第24条/)).toEqual([]);
  });

  it('cites Decree 31/2021 as the rule of its time, next to the law that replaced it', () => {
    for (const l of ['vi', 'en', 'zh']) {
      const text = page(`sectors/${l}/che-bien-nong-lam-san.md`);
      expect(text, l).toMatch(/31\/2021/);
      expect(text, l).toMatch(/2025/);
    }
    expect(page('sectors/en/che-bien-nong-lam-san.md')).toContain('was on the list');
  });

  it('no longer names what changed on 1 July 2025 as current', () => {
    expect(linesMatching(/thị trấn Đồng Đăng|Dong Dang town|同登镇/).filter((l) => !/:\d+: +former: /.test(l))).toEqual(
      [],
    );
    expect(linesMatching(/谅山市中心|qua Bắc Giang|经北江|via Bac Giang/)).toEqual([]);
    expect(linesMatching(/commune: .*(Khu vực Hữu Lũng|Huu Lung area|友陇地区)/)).toEqual([]);
    // Then's eleven provinces are those at inscription (2019).
    const then = linesMatching(/11 tỉnh|11 provinces|11个省/).filter((l) => /Then|di sản|heritage|遗产/.test(l));
    expect(then.length).toBeGreaterThan(2);
    expect(then.filter((l) => !/2019|ghi danh|inscri|列入/.test(l))).toEqual([]);
  });

  it('gives no figure more precise than its sources', () => {
    expect(linesMatching(/hàng trăm nghìn lượt|hundreds of thousands|数十万/)).toEqual([]);
    expect(linesMatching(/hơn 600 người|more than 600 people|600多/)).toEqual([]);
    expect(linesMatching(/162 km/).filter((l) => !/167 km/.test(l))).toEqual([]);
    expect(linesMatching(/(Mẫu Sơn|Mau Son|母山).*\b31 ?(km|公里)/)).toEqual([]);
  });

  it('says what is known of the trains and that the timetable was not checked, in every language', () => {
    for (const [l, unchecked] of [
      ['vi', /chưa kiểm tra|chưa được kiểm tra|chưa đối chiếu/],
      ['en', /not (been )?checked/],
      ['zh', /尚未核实/],
    ] as const) {
      const text = page(`pages/${l}/di-lai.md`);
      expect(text, l).toMatch(/2020/);
      expect(text, l).toMatch(/2025/);
      expect(text, l).toMatch(unchecked);
    }
  });

  it('translates what the first translations got wrong', () => {
    expect(linesMatching(/\bAdmiral\b/)).toEqual([]);
    expect(linesMatching(/Quan l[oớ]n Tu[aầ]n Tranh/, /\/en\//)).toEqual([]);
    expect(linesMatching(/\bpool\b/i, /\/en\//)).toEqual([]);
    expect(linesMatching(/山化桥/)).toEqual([]);
    expect(linesMatching(/(?<!热带)季风气候/)).toEqual([]);
    expect(province.tagline.en).not.toBe("Vietnam's northern gateway to China");
    expect(province.tagline.en).toMatch(/destinations/i);
  });
});
