import { describe, expect, it } from 'vitest';
import { checkContent, contentCheckBeside, formatHeldBack, inspectContent } from './index.ts';
import { EditorError } from '../lib/editor-error.ts';
import { formatProblem, formatReport, type Problem } from '../lib/problems.ts';
import { MDX_COMPONENT_NAMES } from '../mdx/names.ts';
import { NOW, VALID, prose, tree } from '../../test/helpers/content.ts';

const ALLOWED = MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

const check = (root: string) => checkContent(root, { now: NOW });

/** The problems of one file, and the one on a field. */
function only(problems: Problem[], file: string, field: string): Problem {
  const hits = problems.filter((p) => p.file === file && p.field === field);
  expect(hits, `problems were:\n${formatReport(problems)}`).toHaveLength(1);
  return hits[0]!;
}

const ZONE = 'zones/vi/huu-nghi.md';
const NEWS = 'news/vi/tet-2026.mdx';
const C = 'src/content/';

describe('the valid fixture', () => {
  it('has no problems', () => {
    const report = inspectContent(VALID, { now: NOW });
    expect(formatReport(report.problems)).toBe('');
    expect(report.counts).toMatchObject({ entries: 6, prose: 11, records: 1, listItems: 3, pictures: 1 });
  });
});

describe('one mistake, one problem naming the file and the field', () => {
  it('a missing required field', () => {
    const root = tree({ 'sectors/vi/logistics.md': (t) => t.replace(/^description:.*\n/m, '') });
    const p = only(check(root), `${C}sectors/vi/logistics.md`, 'description');
    expect(p.en).toBe('This required field is missing.');
    expect(p.example).toMatch(/^description: /);
  });

  it('a wrong type', () => {
    const p = only(
      check(tree({ [ZONE]: (t) => t.replace('lat: 21.9722', 'lat: north') })),
      `${C}${ZONE}`,
      'coordinates.lat',
    );
    expect(p).toMatchObject({ found: '"north"', en: 'Expected a number.', line: 11 });
  });

  it('an unknown enum value, with the closest allowed one as the example', () => {
    const p = only(
      check(tree({ [ZONE]: (t) => t.replace('kind: border-gate', 'kind: border-gat') })),
      `${C}${ZONE}`,
      'kind',
    );
    expect(p.en).toContain(
      'Not one of the allowed values: economic-zone, industrial-park, industrial-cluster, border-gate',
    );
    expect(p.example).toBe('border-gate');
  });

  it('an impossible date (2025-02-31)', () => {
    const p = only(
      check(tree({ [NEWS]: (t) => t.replace('date: 2026-02-10', 'date: 2025-02-31') })),
      `${C}${NEWS}`,
      'date',
    );
    expect(formatProblem(p)).toMatchInlineSnapshot(`
      "✖ src/content/news/vi/tet-2026.mdx:5
        trường / field: date
        giá trị / found: "2025-02-31"
        VI: Ngày không hợp lệ hoặc không có thật. Hãy viết ngày có thật theo dạng YYYY-MM-DD.
        EN: Not a real date. Write an existing date as YYYY-MM-DD.
        ví dụ / example: 2025-02-28"
    `);
  });

  it('a publishAt with a time-zone offset', () => {
    const root = tree({ [NEWS]: (t) => t.replace('type: story', 'type: story\npublishAt: 2026-12-01T09:00+07:00') });
    expect(only(check(root), `${C}${NEWS}`, 'publishAt').en).toBe('Write Vietnam time without a time-zone offset.');
  });

  it('an unknown field, with the likely spelling', () => {
    const p = only(check(tree({ [ZONE]: (t) => t.replace('source:', 'sorce:') })), `${C}${ZONE}`, 'sorce');
    expect(p.en).toContain('Did you mean "source"?');
  });

  it('a reference to a missing entry', () => {
    const p = only(
      check(tree({ [ZONE]: (t) => t.replace('sectors: [logistics]', 'sectors: [logistic]') })),
      `${C}${ZONE}`,
      'sectors.0',
    );
    expect(p.en).toBe('There is no "logistic" in src/content/sectors/. Existing names: logistics.');
    expect(p.example).toBe('logistics');
  });

  it('a reference to a missing media record and contact', () => {
    const problems = check(
      tree({
        [NEWS]: (t) =>
          t
            .replace('cover: huu-nghi-gate', 'cover: no-such-picture')
            .replace('type: story', 'type: press-release\ndateline: Lạng Sơn\ncontacts: [nobody]'),
      }),
    );
    expect(only(problems, `${C}${NEWS}`, 'cover').en).toContain('src/content/media/');
    expect(only(problems, `${C}${NEWS}`, 'contacts.0').en).toContain(
      'src/content/contacts.yaml. Existing names: press-office',
    );
  });

  it('a missing image', () => {
    const p = only(check(tree({ 'media/huu-nghi-gate.jpg': null })), `${C}media/huu-nghi-gate.yaml`, 'file');
    expect(p.en).toContain('The picture src/content/media/huu-nghi-gate.jpg does not exist');
    expect(p.line).toBe(1);
  });

  it('an image path that is not beside the file', () => {
    const root = tree({ 'media/huu-nghi-gate.yaml': (t) => t.replace('./huu-nghi-gate.jpg', 'huu-nghi-gate.jpg') });
    expect(only(check(root), `${C}media/huu-nghi-gate.yaml`, 'file').en).toContain('starting with "./"');
  });

  it('a broken internal link, with the nearest address as the example', () => {
    const root = tree({ 'pages/en/lien-he.md': (t) => `${t}\nSee [about](/en/abuot/).\n` });
    const p = only(check(root), `${C}pages/en/lien-he.md`, '(body)');
    expect(formatProblem(p)).toMatchInlineSnapshot(`
      "✖ src/content/pages/en/lien-he.md:10
        trường / field: (body)
        giá trị / found: "/en/abuot/"
        VI: Liên kết nội bộ "/en/abuot/" không dẫn tới trang nào của trang web.
        EN: The internal link "/en/abuot/" leads to no page of this site.
        ví dụ / example: /en/about/"
    `);
  });

  it('a broken relative link', () => {
    const root = tree({ 'pages/en/gioi-thieu.md': (t) => t.replace('../contact/', '../contacts/') });
    expect(only(check(root), `${C}pages/en/gioi-thieu.md`, '(body)').en).toBe(
      'The internal link "../contacts/" leads to no page of this site.',
    );
  });

  it('a link without its trailing slash', () => {
    const root = tree({ 'pages/en/lien-he.md': (t) => t.replace('(/en/about/#geography)', '(/en/about#geography)') });
    expect(only(check(root), `${C}pages/en/lien-he.md`, '(body)').example).toBe('/en/about/#geography');
  });

  it('a link under a section to an entry that does not exist', () => {
    const root = tree({
      'pages/en/lien-he.md': (t) => t.replace('/en/culture/then-singing/', '/en/culture/then-singin/'),
    });
    expect(only(check(root), `${C}pages/en/lien-he.md`, '(body)').en).toContain('leads to no page');
  });

  it('a broken #anchor, in the same file and on another page', () => {
    const problems = check(
      tree({
        'pages/en/gioi-thieu.md': (t) => t.replace('(#history)', '(#histroy)'),
        'pages/vi/lien-he.md': (t) => t.replace('#địa-lý', '#dia-ly'),
      }),
    );
    const same = only(problems, `${C}pages/en/gioi-thieu.md`, '(body)');
    expect(same.en).toBe(
      'No heading has the anchor "#histroy" in src/content/pages/en/gioi-thieu.md. Existing anchors: #geography, #history.',
    );
    expect(same.example).toBe('#history');
    expect(only(problems, `${C}pages/vi/lien-he.md`, '(body)').en).toContain(
      'in /gioi-thieu/ (src/content/pages/vi/gioi-thieu.md)',
    );
  });

  it('a duplicate slug', () => {
    const root = tree({
      'pages/vi/trung.md': prose(
        'title: Trang trùng\ndescription: Trang này dùng lại địa chỉ của trang giới thiệu.\nslug: gioi-thieu',
      ),
    });
    const p = only(check(root), `${C}pages/vi/trung.md`, 'slug');
    expect(p.en).toBe(
      'The address /gioi-thieu/ is already used by src/content/pages/vi/gioi-thieu.md. Give one of them another "slug".',
    );
  });

  it('a duplicate slug in a section collection', () => {
    const root = tree({
      'culture/en/khac.md': prose(
        'title: Another page\ndescription: A page that takes the same address.\nkind: arts\nslug: then-singing\nsourceLocale: en',
      ),
    });
    expect(check(root).some((p) => p.field === 'slug' && p.en.includes('/en/culture/…/then-singing/'))).toBe(true);
  });

  it('a slug that takes a built-in page', () => {
    const root = tree({ 'pages/en/lien-he.md': (t) => t.replace('slug: contact', 'slug: invest') });
    expect(only(check(root), `${C}pages/en/lien-he.md`, 'slug').en).toContain(
      '/en/invest/ (trang có sẵn / a built-in page)',
    );
  });

  it('a translation without a source', () => {
    const root = tree({
      'sectors/en/tourism.md': prose(
        'title: Tourism services\ndescription: Services for visitors to the border province.',
      ),
    });
    const p = only(check(root), `${C}sectors/en/tourism.md`, 'sourceLocale');
    expect(p.en).toContain('src/content/sectors/vi/tourism.md is missing');
    expect(p.example).toBe('sourceLocale: en');
  });

  it('a locale folder that is not vi/en/zh', () => {
    const root = tree({
      'news/fr/tet-2026.mdx': prose(
        'title: Le Têt 2026\ndescription: Le Nouvel An lunaire à Lang Son.\ntype: story\ndate: 2026-02-10',
      ),
    });
    const p = only(check(root), `${C}news/fr/`, '(folder)');
    expect(p.en).toBe('"fr" is not a language folder. Use only these folders: vi, en, zh.');
  });

  it('files in the wrong place or with the wrong extension', () => {
    const problems = check(
      tree({
        'news/tet.md': 'x',
        'news/vi/old/a.md': 'x',
        'news/vi/photo.jpg': 'x',
        'newz/vi/a.md': 'x',
        'contacts.yml': 'a: 1',
      }),
    );
    expect(only(problems, `${C}news/tet.md`, '(file)').en).toContain('src/content/news/<vi|en|zh>/');
    expect(only(problems, `${C}news/vi/old/`, '(folder)').en).toContain('nested too deep');
    expect(only(problems, `${C}news/vi/photo.jpg`, '(file)').en).toContain('Pictures go in src/content/media/');
    expect(only(problems, `${C}newz/`, '(folder)').example).toBe('src/content/news/');
    expect(only(problems, `${C}contacts.yml`, '(file)').example).toBe('contacts.yaml');
  });

  it('malformed YAML frontmatter, with its line', () => {
    const root = tree({ 'sectors/vi/logistics.md': (t) => t.replace('order: 1', 'order: [1\nkind: x') });
    const p = check(root).find((x) => x.file === `${C}sectors/vi/logistics.md`)!;
    expect(p.en).toMatch(/^YAML syntax error \(/);
    expect(p.line).toBeGreaterThanOrEqual(4);
    expect(p.field).not.toBe('');
  });

  it('a duplicated YAML key', () => {
    const root = tree({ 'sectors/vi/logistics.md': (t) => t.replace('order: 1', 'order: 1\norder: 2') });
    expect(only(check(root), `${C}sectors/vi/logistics.md`, 'order').en).toContain('duplicated mapping key');
  });

  it('a file without frontmatter', () => {
    const root = tree({ 'sectors/vi/logistics.md': 'Chỉ có nội dung.\n' });
    expect(only(check(root), `${C}sectors/vi/logistics.md`, '(frontmatter)').en).toBe(
      'The file must start with its fields between two "---" lines.',
    );
  });

  it('an MDX syntax error, with its line', () => {
    const root = tree({
      [NEWS]: (t) =>
        t.replace(
          '<Note kind="info">Chương trình có thể thay đổi.</Note>',
          '<Note kind="info">Chương trình có thể thay đổi.',
        ),
    });
    const p = only(check(root), `${C}${NEWS}`, '(body)');
    expect(p.en).toMatch(/^Syntax error in the text \(Expected a closing tag for `<Note>`/);
    expect(p.line).toBe(12);
  });

  it('an MDX import', () => {
    const root = tree({
      [NEWS]: (t) =>
        t.replace('import.meta is not', 'import Map from "../../components/Map.astro"\n\nimport.meta is not'),
    });
    const p = only(check(root), `${C}${NEWS}`, '(body)');
    expect(p.en).toBe(
      `"import" and "export" are not allowed in content. The allowed components are available without an import: ${ALLOWED}.`,
    );
    expect(p.line).toBe(10);
  });

  it('an inline <script>, in MDX and in Markdown', () => {
    const problems = check(
      tree({
        [NEWS]: (t) => `${t}\n<script>alert(1)</script>\n`,
        'sectors/vi/logistics.md': (t) =>
          `${t}\n<script src="https://example.com/x.js"></script>\n\n<p onclick="x()">a</p>\n`,
      }),
    );
    expect(only(problems, `${C}${NEWS}`, '(body)').en).toBe(
      "<script> is not allowed in content: the site's security policy blocks embedded code and styles.",
    );
    const md = problems.filter((p) => p.file === `${C}sectors/vi/logistics.md`);
    expect(md.map((p) => p.en.split(' ')[0])).toEqual(['<script>', 'on…=']);
  });

  it('iframes, styles and javascript: links', () => {
    const problems = check(
      tree({
        'sectors/vi/logistics.md': (t) =>
          `${t}\n<iframe src="https://maps.example"></iframe>\n\n[x](javascript:alert(1))\n\n<span style="color:red">a</span>\n`,
      }),
    );
    expect(problems.map((p) => p.en.split(' ')[0]).sort()).toEqual(['<iframe>', 'javascript:', 'style=']);
  });

  it('an unknown component', () => {
    const p = only(check(tree({ [NEWS]: (t) => `${t}\n<Carousel />\n` })), `${C}${NEWS}`, '(body)');
    expect(p).toMatchObject({ found: '"<Carousel>"', line: 22, example: '<Note kind="warning">…</Note>' });
    expect(p.vi).toBe(`Thành phần <Carousel> không được phép. Chỉ dùng: ${ALLOWED}.`);
    expect(p.en).toBe(`The component <Carousel> is not allowed. Use only: ${ALLOWED}.`);
  });

  it('a component in a Markdown (.md) file', () => {
    const p = only(
      check(tree({ 'sectors/vi/logistics.md': (t) => `${t}\n<Note>Lưu ý.</Note>\n` })),
      `${C}sectors/vi/logistics.md`,
      '(body)',
    );
    expect(p).toMatchObject({ found: '"<Note>"', example: 'src/content/sectors/vi/logistics.mdx' });
    expect(p.en).toBe('The component <Note> works only in an .mdx file. Rename this file to .mdx (same name).');
  });

  it('a JavaScript expression', () => {
    const p = only(
      check(tree({ [NEWS]: (t) => `${t}\nHôm nay là {new Date().getFullYear()}.\n` })),
      `${C}${NEWS}`,
      '(body)',
    );
    expect(p.en).toContain('Expressions in braces {…} are not allowed');
  });

  it('a TODO left in, in the frontmatter and in the body', () => {
    const problems = check(
      tree({
        [ZONE]: (t) =>
          t
            .replace('hours', 'hours')
            .replace('source: Quyết định', 'source: TODO Quyết định')
            .replace('mở cửa hằng ngày.', 'mở cửa TODO.'),
      }),
    );
    const front = only(problems, `${C}${ZONE}`, 'source');
    expect(front).toMatchObject({ found: '"TODO Quyết định của Thủ tướng Chính phủ về cửa khẩu quốc tế"', line: 14 });
    expect(front.en).toBe(
      'Still has TODO: write the real text before publishing (or set draft: true while you are still writing).',
    );
    expect(only(problems, `${C}${ZONE}`, '(body)').line).toBe(17);
  });

  it('a TODO in a list file names the item and field', () => {
    const root = tree({ 'contacts.yaml': (t) => t.replace('en: Press office', 'en: TODO') });
    expect(only(check(root), `${C}contacts.yaml`, 'press-office.name.en').line).toBe(5);
  });

  it('an error in a list file names the item and field', () => {
    const root = tree({ 'contacts.yaml': (t) => t.replace("phone: '+84 205 3800 001'", 'phone: 0205 3800 001') });
    const p = only(check(root), `${C}contacts.yaml`, 'press-office.phone');
    expect(p).toMatchObject({ line: 11, example: '+84 205 3812 345' });
  });
});

describe('drafts and scheduled entries', () => {
  it('a draft may keep its TODOs and link to other drafts', () => {
    const root = tree({
      'sectors/vi/draft.md': prose(
        'title: TODO tiêu đề\ndescription: TODO mô tả ngắn gọn\ndraft: true',
        'TODO [x](/dau-tu/linh-vuc/draft/)',
      ),
    });
    expect(check(root)).toEqual([]);
  });

  it('lists scheduled entries as held back; drafts are silent', () => {
    const root = tree({
      'sectors/vi/later.md': prose(
        'title: Sắp công bố\ndescription: Một lĩnh vực sẽ công bố vào tháng Mười Hai.\npublishAt: "2026-12-01 09:00"',
      ),
      'sectors/vi/draft.md': prose('title: Bản nháp\ndescription: Một bản nháp chưa xuất bản.\ndraft: true'),
    });
    const report = inspectContent(root, { now: NOW });
    expect(report.problems).toEqual([]);
    expect(formatHeldBack(report.heldBack)).toEqual([
      '⏸ src/content/sectors/vi/later.md: chưa đăng đến / held back until 2026-12-01 09:00 (giờ Việt Nam / Vietnam time)',
    ]);
    expect(formatHeldBack(inspectContent(root, { now: new Date('2026-12-01T02:00:00Z') }).heldBack)).toEqual([]);
  });

  it('a published entry linking to a scheduled one is refused', () => {
    const root = tree({
      'culture/vi/hat-then.md': (t) => t.replace('kind: arts', 'kind: arts\npublishAt: "2026-12-01 09:00"'),
      'culture/en/hat-then.md': (t) => t.replace('kind: arts', 'kind: arts\npublishAt: "2026-12-01 09:00"'),
    });
    const p = only(check(root), `${C}${NEWS}`, '(body)');
    expect(p.en).toContain(
      'Links to an entry that is not published (src/content/culture/vi/hat-then.md: publishAt 2026-12-01 09:00)',
    );
  });
});

describe('the build step (the check in a worker thread beside Astro)', () => {
  it('throws an EditorError with the same report', async () => {
    const root = tree({ [NEWS]: (t) => t.replace('date: 2026-02-10', 'date: 2025-02-31') });
    const error = await contentCheckBeside(root).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditorError);
    expect((error as Error).message).toBe(formatReport(checkContent(root, { now: new Date() })));
  });

  it('passes on valid content', async () => {
    const lines = await contentCheckBeside(VALID).done;
    expect(lines.at(-1)).toMatch(/^✓ content check: 14 files/);
  });
});
