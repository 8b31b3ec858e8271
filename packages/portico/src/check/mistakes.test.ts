/**
 * Issue 16's editor mistakes, each caught by the check with the file, the field, the value found,
 * what to write and an example, in Vietnamese and English: before this, they passed the check and
 * then crashed the build or published something wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContent, inspectContent, inspectSite } from './index.ts';
import { formatReport, type Problem } from '../lib/problems.ts';
import { NOW, prose, tree } from '../../test/helpers/content.ts';

const C = 'src/content/';
const check = (root: string) => checkContent(root, { now: NOW });

/** The one problem on a file and field; every problem is bilingual and says what to write. */
function only(problems: Problem[], file: string, field: string): Problem {
  const hits = problems.filter((p) => p.file === `${C}${file}` && p.field === field);
  expect(hits, `problems were:\n${formatReport(problems)}`).toHaveLength(1);
  const p = hits[0]!;
  expect(p.vi.length).toBeGreaterThan(10);
  expect(p.en.length).toBeGreaterThan(10);
  return p;
}

const DATES = (records: string) => ({ 'calendar-dates.yaml': records });
const date = (id: string, fields: string) =>
  `${id}:\n  kind: provincial\n  title: { vi: Ngày thử, en: A test day, zh: 测试日 }\n  source: Nghị quyết thử nghiệm\n${fields}`;
const RELATIONS = (established: string, extra = '') => ({
  'diplomatic-relations.yaml': `xx:\n  country: { vi: Nước Thử, en: Testland, zh: 测试国 }\n  established: "${established}"\n  confidence: verified\n  source: Bộ Ngoại giao\n${extra}`,
});

describe('dates that do not exist', () => {
  it('calendar month-days: 13-05, lunar 02-31 and solar 02-30 are refused', () => {
    const problems = check(
      tree(
        DATES(
          [
            date('a', '  calendar: lunar\n  recurring: "13-05"\n'),
            date('b', '  calendar: lunar\n  recurring: "02-31"\n'),
            date('c', '  calendar: solar\n  recurring: "02-30"\n'),
          ].join(''),
        ),
      ),
    );
    for (const id of ['a', 'b', 'c']) {
      const p = only(problems, 'calendar-dates.yaml', `${id}.recurring`);
      expect(p.en).toContain('Not a real month-day');
      expect(p.example).toBe('"01-15"');
      expect(p.line).toBeGreaterThan(0);
    }
  });

  it('29 February is allowed, with a note that common years observe it on 28 February', () => {
    const report = inspectContent(tree(DATES(date('leap', '  calendar: solar\n  recurring: "02-29"\n'))), { now: NOW });
    expect(report.problems).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ field: 'leap.recurring', found: '"02-29"' });
    expect(report.warnings[0]!.en).toBe(
      '29 February exists only in leap years: in other years it is observed on 28 February.',
    );
  });

  it('a solar date with its year must exist too (1995-02-30, 1995-13)', () => {
    const problems = check(
      tree(
        DATES(
          date('d', '  calendar: solar\n  date: "1995-02-30"\n') + date('e', '  calendar: solar\n  date: "1995-13"\n'),
        ),
      ),
    );
    expect(only(problems, 'calendar-dates.yaml', 'd.date').en).toContain('Not a real date');
    expect(only(problems, 'calendar-dates.yaml', 'e.date').en).toContain('Not a real date');
  });

  it('a festival on 31 February is refused', () => {
    const root = tree({
      'festivals/vi/hoi-thu.md': prose(
        'title: Hội thử\ndescription: Một lễ hội để kiểm tra ngày.\ndate: { calendar: solar, month: 2, day: 31 }\nlocation: { commune: Xã Thử }',
      ),
    });
    expect(only(check(root), 'festivals/vi/hoi-thu.md', 'date.day').en).toContain('That solar month has no such day');
  });

  it('diplomatic relations: 1995-02-30 and 1995-13-45 are not dates', () => {
    for (const value of ['1995-02-30', '1995-13-45']) {
      const p = only(check(tree(RELATIONS(value))), 'diplomatic-relations.yaml', 'xx.established');
      expect(p).toMatchObject({ found: `"${value}"`, example: '"1995-07-12"' });
      expect(p.vi).toContain('Ngày không có thật');
    }
  });

  it('diplomatic relations: between 1945 and today (2031 and 1900 are refused)', () => {
    const future = only(check(tree(RELATIONS('2031-01-01'))), 'diplomatic-relations.yaml', 'xx.established');
    expect(future.en).toBe(
      'Diplomatic relations are dated from 1945 (when the Democratic Republic of Vietnam was founded) to today (2026-06-01).',
    );
    const past = only(check(tree(RELATIONS('1900'))), 'diplomatic-relations.yaml', 'xx.established');
    expect(past.en).toContain('from 1945');
    const upgrade = check(tree(RELATIONS('1995-07-12', '  history: [{ level: strategic, year: 2030 }]\n')));
    expect(only(upgrade, 'diplomatic-relations.yaml', 'xx.history.0.year').en).toContain('to today');
  });
});

describe('addresses taken by the site’s own pages', () => {
  it('a page whose slug is a list page of its section (/bao-chi/tin-tuc/)', () => {
    const root = tree({
      'pages/vi/tin.md': prose(
        'title: Tin tức của tỉnh\ndescription: Một trang giới thiệu tin tức.\nsection: press\nslug: tin-tuc',
      ),
    });
    const p = only(check(root), 'pages/vi/tin.md', 'slug');
    expect(p.en).toContain(
      'The address /bao-chi/tin-tuc/ is already used by /bao-chi/tin-tuc/ (trang có sẵn / a built-in page)',
    );
  });

  it('an entry whose slug is one of its section’s own segments', () => {
    const root = tree({ 'news/vi/tet-2026.mdx': (t) => t.replace('type: story', 'type: story\nslug: thong-cao') });
    expect(only(check(root), 'news/vi/tet-2026.mdx', 'slug').en).toContain('a built-in page');
  });
});

describe('pictures', () => {
  it('a corrupted or cut-short picture is refused', async () => {
    const good = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const root = tree({ 'media/huu-nghi-gate.jpg': null });
    writeFileSync(join(root, 'src/content/media/huu-nghi-gate.jpg'), good.subarray(0, Math.floor(good.length / 2)));
    const report = await inspectSite(root, { now: NOW });
    const p = only(report.problems, 'media/huu-nghi-gate.jpg', '(file)');
    expect(p.en).toMatch(/^The picture src\/content\/media\/huu-nghi-gate\.jpg cannot be read \(.*premature end/);
    writeFileSync(join(root, 'src/content/media/huu-nghi-gate.jpg'), 'GIF89a not really');
    expect(only((await inspectSite(root, { now: NOW })).problems, 'media/huu-nghi-gate.jpg', '(file)').vi).toContain(
      'Không đọc được ảnh',
    );
  });

  it('an original over the size limit, with the command that shrinks it', async () => {
    const root = tree();
    const size = readFileSync(join(root, 'src/content/media/huu-nghi-gate.jpg')).length;
    const report = await inspectSite(root, { now: NOW, maxPictureMegabytes: size / 2 / 1_000_000 });
    const p = only(report.problems, 'media/huu-nghi-gate.jpg', '(file)');
    expect(p.en).toContain('Shrink it with: npx portico shrink src/content/media/huu-nghi-gate.jpg');
    expect(p.example).toBe('npx portico shrink src/content/media/huu-nghi-gate.jpg');
    expect((await inspectSite(root, { now: NOW })).problems).toEqual([]);
  });

  it('a picture past its expires day, still used: an error naming the pages (a build the next day says so)', () => {
    const root = tree({ 'media/huu-nghi-gate.yaml': (t) => `${t}expires: 2026-05-31\n` });
    const p = only(check(root), 'media/huu-nghi-gate.yaml', 'expires');
    expect(p.found).toBe('"2026-05-31"');
    expect(p.en).toContain('may not be used after 2026-05-31, but it is still used by:');
    expect(p.en).toContain('src/content/news/vi/tet-2026.mdx (cover)');
  });

  it('a picture that expires within 30 days: a warning naming the pages; unused or later: nothing', () => {
    const soon = inspectContent(tree({ 'media/huu-nghi-gate.yaml': (t) => `${t}expires: 2026-06-20\n` }), { now: NOW });
    expect(soon.problems).toEqual([]);
    expect(soon.warnings.map((w) => w.en)).toEqual([
      expect.stringContaining('may not be used after 2026-06-20 (19 days from now)'),
    ]);
    const later = inspectContent(tree({ 'media/huu-nghi-gate.yaml': (t) => `${t}expires: 2026-09-01\n` }), {
      now: NOW,
    });
    expect(later.warnings).toEqual([]);
    const unused = tree({
      'media/huu-nghi-gate.yaml': (t) => `${t}expires: 2026-01-01\n`,
      'news/vi/tet-2026.mdx': (t) => t.replace('cover: huu-nghi-gate\n', ''),
      'news/en/tet-2026.mdx': (t) => t.replace(/cover: huu-nghi-gate\n/, ''),
    });
    expect(check(unused)).toEqual([]);
  });

  it('<Gallery> naming a picture that does not exist, or no picture at all', () => {
    const root = tree({
      'news/vi/tet-2026.mdx': (t) => `${t}\n<Gallery items="huu-nghi-gate, khong-co-anh" />\n\n<Gallery />\n`,
    });
    const problems = check(root).filter((p) => p.file === `${C}news/vi/tet-2026.mdx`);
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['(body) <Gallery items>', '"khong-co-anh"'],
      ['(body) <Gallery items>', undefined],
    ]);
    expect(problems[0]!.en).toContain('There is no picture "khong-co-anh" in src/content/media/');
    expect(problems[1]!.example).toBe('<Gallery items="ten-anh-1, ten-anh-2" />');
  });

  it('external pictures (a tracker) are refused in Markdown, HTML and MDX', () => {
    const root = tree({
      'sectors/vi/logistics.md': (t) =>
        `${t}\n![x](https://tracker.example/p.gif)\n\n<img src="//tracker.example/p.gif" alt="">\n`,
      'news/vi/tet-2026.mdx': (t) => `${t}\n<img src="https://tracker.example/p.gif" alt="" />\n`,
    });
    const problems = check(root);
    const md = problems.filter((p) => p.file === `${C}sectors/vi/logistics.md`);
    expect(md.map((p) => p.en.split(':')[0])).toEqual([
      'Pictures must be files of this site (in src/content/media/)',
      'Pictures must be files of this site (in src/content/media/)',
    ]);
    expect(only(problems, 'news/vi/tet-2026.mdx', '(body)').found).toBe('"https://tracker.example/p.gif"');
  });
});

describe('bodies', () => {
  it('an entry with no body is refused (a draft may be empty)', () => {
    const root = tree({
      'sectors/vi/trong.md':
        '---\ntitle: Lĩnh vực trống\ndescription: Một lĩnh vực chưa có nội dung.\n---\n\n<!-- sau -->\n',
      'sectors/vi/nhap.md': '---\ntitle: Bản nháp\ndescription: Một bản nháp chưa có nội dung.\ndraft: true\n---\n',
    });
    const p = only(check(root), 'sectors/vi/trong.md', '(body)');
    expect(p.en).toBe(
      'The entry has no text: write it below the second "---" line (or set draft: true while you are still writing).',
    );
    expect(check(root).filter((x) => x.file.includes('nhap'))).toEqual([]);
  });

  it('{frontmatter.…} may show a plain value only: reaching into JavaScript objects is refused', () => {
    const body = (expr: string) => (t: string) => `${t}\nGiá trị: ${expr}\n`;
    expect(check(tree({ 'news/vi/tet-2026.mdx': body('{frontmatter.title}') }))).toEqual([]);
    for (const expr of [
      '{frontmatter.constructor.constructor}',
      '{frontmatter.tags}',
      '{frontmatter.date}',
      '{frontmatter.__proto__}',
    ]) {
      const p = only(check(tree({ 'news/vi/tet-2026.mdx': body(expr) })), 'news/vi/tet-2026.mdx', '(body)');
      expect(p.found, expr).toBe(JSON.stringify(expr));
      expect(p.en).toContain('Expressions in braces {…} are not allowed');
    }
  });

  it('entity-encoded javascript: links and data: links are refused', () => {
    const cases = [
      '[a](&#106;avascript:alert(1))',
      '<a href="java&#9;script:alert(1)">a</a>',
      '<a href="javascript&colon;alert(1)">a</a>',
      '<a href="&#x6A;avascript:alert(1)">a</a>',
      '[b](data:text/html;base64,PHNjcmlwdD4=)',
      '<a href="data:text/html,x">b</a>',
    ];
    for (const text of cases) {
      const p = only(
        check(tree({ 'sectors/vi/logistics.md': (t) => `${t}\n${text}\n` })),
        'sectors/vi/logistics.md',
        '(body)',
      );
      expect(p.en, text).toMatch(
        /^(javascript: is not allowed in content|Addresses starting with "data:" are not allowed)/,
      );
    }
    expect(
      check(tree({ 'sectors/vi/logistics.md': (t) => `${t}\n[mail](mailto:a@b.vn) [tel](tel:+842053800001)\n` })),
    ).toEqual([]);
  });

  it('decomposed (NFD) text is read as NFC, and the check says so once', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const root = tree({
      'sectors/vi/logistics.md': (t) => nfd(t),
      'pages/vi/gioi-thieu.md': (t) => nfd(t),
    });
    const report = inspectContent(root, { now: NOW });
    expect(report.problems).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]!.en).toMatch(/^2 file\(s\) write accented letters decomposed \(Unicode NFD/);
    expect(report.warnings[0]!.vi).toContain('src/content/pages/vi/gioi-thieu.md, src/content/sectors/vi/logistics.md');
  });

  it('a value the build reads as a date where text is expected: quote it', () => {
    const p = only(
      check(tree({ 'sectors/vi/logistics.md': (t) => t.replace(/^title: .*$/m, 'title: 2026-01-01') })),
      'sectors/vi/logistics.md',
      'title',
    );
    expect(p).toMatchObject({ found: '"2026-01-01"', example: 'title: "2026-01-01"', line: 2 });
    expect(p.en).toBe('The build reads this value as a date (YAML), not as text: put it in quotes.');
  });
});

describe('one real problem per real mistake', () => {
  it('a duplicated key in contacts.yaml is one problem, not one per reference', () => {
    const root = tree({ 'contacts.yaml': (t) => `${t}press-office:\n  kind: spokesperson\n` });
    const problems = check(root);
    expect(problems, formatReport(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `${C}contacts.yaml` });
    expect(problems[0]!.en).toContain('duplicated mapping key');
  });

  it('a list file that is not a map of names is one problem too', () => {
    const root = tree({ 'contacts.yaml': '- press-office\n' });
    expect(check(root)).toHaveLength(1);
  });
});
