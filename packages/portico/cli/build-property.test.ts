/**
 * A property of `portico check` and `portico build` together, on copies of the engine's fixture
 * site with random editor mistakes (front matter, bodies, list files, pictures, the configuration):
 *  - check's exit code is non-zero exactly when the build's is (check catches what the build would
 *    fail on, and refuses nothing the build accepts);
 *  - neither prints a stack trace;
 *  - after a failed build dist/ is unchanged, and no build leaves a temporary folder or its lock.
 * Each run builds a site (about 20 s when check passes), so the default is a few runs; set
 * PORTICO_PROPERTY_RUNS for more, and PORTICO_PROPERTY_SEED to replay a failure.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { copyFixtureSite, ENGINE } from '../test/helpers/site-copy.ts';
import { afterAll, describe, expect, it } from 'vitest';

const RUNS = Number(process.env.PORTICO_PROPERTY_RUNS ?? 4);
const SEED = process.env.PORTICO_PROPERTY_SEED ? Number(process.env.PORTICO_PROPERTY_SEED) : undefined;
/** The build's clock, pinned: expiry and embargo dates are judged against it. */
const NOW = '2026-06-01T03:00:00Z';
const OLD_SITE = 'old site';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the fixture site, with a dist/ from an "earlier build" to protect. */
function freshSite(): string {
  const root = copyFixtureSite();
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), OLD_SITE);
  return root;
}

const portico = (root: string, args: string[]) =>
  spawnSync(process.execPath, [join(ENGINE, 'bin/portico.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PORTICO_QUIET: '1', PORTICO_PREVIEW: '', PORTICO_NOW: NOW },
    timeout: 240_000,
  });

/** One editor's mistake (or a harmless edit): a label for the report and the change it makes. */
interface Mistake {
  label: string;
  apply: (root: string) => void;
}

const C = 'src/content';
const edit = (root: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));

/** Set a top-level front-matter key (replacing its first line, or adding it after the opening ---). */
function setKey(text: string, key: string, yamlValue: string): string {
  const line = new RegExp(`^${key}:.*$`, 'm');
  return line.test(text)
    ? text.replace(line, `${key}: ${yamlValue}`)
    : text.replace(/^---\n/, `---\n${key}: ${yamlValue}\n`);
}

const PROSE_FILES = [
  `${C}/news/vi/tin-mau.md`,
  `${C}/news/en/thong-cao-mau.md`,
  `${C}/pages/en/gioi-thieu.md`,
  `${C}/festivals/vi/ngay-hoi-mau.md`,
  `${C}/destinations/zh/doi-mau.md`,
  `${C}/press-kits/vi/bo-tai-lieu-mau.md`,
  `${C}/culture/vi/mon-an-mau.md`,
];
const KEYS = [
  'title',
  'description',
  'slug',
  'date',
  'publishAt',
  'updated',
  'cover',
  'kind',
  'order',
  'draft',
  'sourceLocale',
  'tags',
  'redirectFrom',
  'expires',
  'type',
];

/** Values an editor might type, written as YAML scalars. */
const yamlValue = fc.oneof(
  fc.constantFrom(
    "'2025-02-31'",
    '2025-13-01',
    "'2026-12-01 09:00'",
    "'2026-12-01T09:00+07:00'",
    '2030-01-01',
    "'1995-02-30'",
    'tin-tuc',
    'news',
    'press',
    'releases',
    'du-lich',
    'toan-canh',
    'khong-co',
    'true',
    '0',
    '-1',
    "''",
    '[]',
    '{}',
    '[mẫu, mẫu]',
    'null',
    'TODO',
    'vi',
    'fr',
    'Tie\u0302\u0301ng Vie\u0323\u0302t',
    "'javascript:alert(1)'",
    '"&#106;avascript:alert(1)"',
    "'/bao-chi/tin-tuc/'",
  ),
  fc
    .string({ unit: fc.constantFrom(...'ab đƠ谅 -:#[]{}"\'|>&*!,?'.split('')), maxLength: 16 })
    .map((s) => JSON.stringify(s)),
  fc.integer({ min: -5, max: 3000 }).map(String),
);

const frontMatter: fc.Arbitrary<Mistake> = fc
  .record({ file: fc.constantFrom(...PROSE_FILES), key: fc.constantFrom(...KEYS), value: yamlValue })
  .map(({ file, key, value }) => ({
    label: `${file}: ${key}: ${value}`,
    apply: (root) => edit(root, file, (t) => setKey(t, key, value)),
  }));

/** Lines that break or bend YAML, put at the top of the front matter. */
const brokenYaml: fc.Arbitrary<Mistake> = fc
  .record({
    file: fc.constantFrom(...PROSE_FILES),
    line: fc.constantFrom(
      'title: [unclosed',
      'title: a: b',
      '  indented: wrongly',
      'title: x\ntitle: y',
      '- item',
      'a',
      ': ',
      '"',
    ),
  })
  .map(({ file, line }) => ({
    label: `${file}: ${JSON.stringify(line)}`,
    apply: (root) => edit(root, file, (t) => t.replace(/^---\n/, `---\n${line}\n`)),
  }));

/** Body text, some of it valid; MDX snippets make the news story an .mdx file in every language. */
const BODY_SNIPPETS: { text: string; mdx?: boolean }[] = [
  { text: '<Gallery items="khong-co-anh" />', mdx: true },
  { text: '<Gallery />', mdx: true },
  { text: '<Gallery items="toan-canh" />', mdx: true },
  { text: '{frontmatter.constructor.constructor}', mdx: true },
  { text: '{frontmatter.title}', mdx: true },
  { text: '{1 + 1}', mdx: true },
  { text: '<Unknown />', mdx: true },
  { text: '{', mdx: true },
  { text: '[x](&#106;avascript:alert(1))' },
  { text: '[x](java&#9;script:alert(1))' },
  { text: '[x](javascript&colon;alert(1))' },
  { text: '[x](data:text/html,hi)' },
  { text: '![x](https://tracker.example/p.gif)' },
  { text: '<img src="https://tracker.example/p.gif" alt="">' },
  { text: '[x](/bao-chi/khong-co-trang/)' },
  { text: '[x](/bao-chi/tin-tuc/)' },
  { text: 'Tie\u0302\u0301ng Vie\u0323\u0302t' },
  { text: '<script>alert(1)</script>' },
  { text: '## A heading' },
];
const STORY = ['vi', 'en', 'zh'].map((l) => `${C}/news/${l}/tin-mau.md`);

const body: fc.Arbitrary<Mistake> = fc
  .record({ snippet: fc.constantFrom(...BODY_SNIPPETS), empty: fc.boolean() })
  .map(({ snippet, empty }) => ({
    label: `news/vi/tin-mau body: ${empty ? '(only) ' : ''}${snippet.text}`,
    apply: (root) => {
      const withBody = (t: string) => {
        const end = t.indexOf('\n---\n', 4) + 5;
        return `${t.slice(0, end)}\n${empty ? '' : `${t.slice(end).trim()}\n\n`}${snippet.text}\n`;
      };
      edit(root, STORY[0]!, withBody);
      if (snippet.mdx)
        for (const file of STORY) renameSync(join(root, file), join(root, file.replace(/\.md$/, '.mdx')));
    },
  }));

const emptyBody: fc.Arbitrary<Mistake> = fc.constantFrom(...PROSE_FILES).map((file) => ({
  label: `${file}: no body`,
  apply: (root) => edit(root, file, (t) => t.slice(0, t.indexOf('\n---\n', 4) + 5)),
}));

const pad = (n: number) => String(n).padStart(2, '0');

const calendarDate: fc.Arbitrary<Mistake> = fc
  .record({
    calendar: fc.constantFrom('solar', 'lunar'),
    month: fc.integer({ min: 0, max: 14 }),
    day: fc.integer({ min: 0, max: 33 }),
    year: fc.boolean(),
    n: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ calendar, month, day, year, n }) => {
    const date = `${year ? '1995-' : ''}${pad(month)}-${pad(day)}`;
    return {
      label: `calendar-dates.yaml: ${calendar} ${date}`,
      apply: (root) =>
        edit(
          root,
          `${C}/calendar-dates.yaml`,
          (t) =>
            `${t.trimEnd()}\nngay-them-${n}:\n  kind: provincial\n  title: { vi: 'Ngày thêm', en: 'Added day', zh: '新增日' }\n  calendar: ${calendar}\n  date: '${date}'\n  source: 'Hư cấu'\n`,
        ),
    };
  });

const relation: fc.Arbitrary<Mistake> = fc
  .record({
    year: fc.integer({ min: 1890, max: 2040 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    /** One of the fixture's three relations (Laos, Cambodia, Japan), by its date. */
    was: fc.constantFrom('1962-09-05', '1967-06-24', '1973-09-21'),
  })
  .map(({ year, month, day, was }) => {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    return {
      label: `diplomatic-relations.yaml: established ${was} → ${date}`,
      apply: (root) =>
        edit(root, `${C}/diplomatic-relations.yaml`, (t) =>
          t.replace(`established: '${was}'`, `established: '${date}'`),
        ),
    };
  });

const listFile: fc.Arbitrary<Mistake> = fc.constantFrom<Mistake>(
  {
    label: 'contacts.yaml: a duplicated key',
    apply: (root) =>
      edit(
        root,
        `${C}/contacts.yaml`,
        (t) => `${t.trimEnd()}\n${t.slice(t.indexOf('bao-chi:'), t.indexOf('xuc-tien-dau-tu:'))}`,
      ),
  },
  {
    label: 'contacts.yaml: a list instead of a map',
    apply: (root) => writeFileSync(join(root, `${C}/contacts.yaml`), '- bao-chi\n- xuc-tien-dau-tu\n'),
  },
  { label: 'glossary.yaml: broken YAML', apply: (root) => edit(root, `${C}/glossary.yaml`, (t) => `${t}  : [\n`) },
  {
    label: 'contacts.yaml: an email that is not one',
    apply: (root) => edit(root, `${C}/contacts.yaml`, (t) => t.replace('press@vi-du.example', 'press(at)vi-du')),
  },
);

const PICTURE = `${C}/media/toan-canh.png`;
const picture: fc.Arbitrary<Mistake> = fc.oneof(
  fc.integer({ min: 0, max: 95 }).map((percent) => ({
    label: `toan-canh.png cut to ${percent}%`,
    apply: (root: string) => {
      const bytes = readFileSync(join(root, PICTURE));
      writeFileSync(join(root, PICTURE), bytes.subarray(0, Math.floor((bytes.length * percent) / 100)));
    },
  })),
  fc.integer({ min: -60, max: 60 }).map((days) => {
    const expires = new Date(Date.parse(NOW) + days * 86_400_000).toISOString().slice(0, 10);
    return {
      label: `toan-canh.yaml: expires ${expires}`,
      apply: (root: string) =>
        edit(root, `${C}/media/toan-canh.yaml`, (t) => `${t.trimEnd()}\nexpires: '${expires}'\n`),
    };
  }),
  fc.constant<Mistake>({
    label: 'toan-canh.yaml: file names a missing picture',
    apply: (root) => edit(root, `${C}/media/toan-canh.yaml`, (t) => t.replace('./toan-canh.png', './khong-co.jpg')),
  }),
);

/** A value of province.config.ts replaced: [what it was, what it becomes]. */
const configuration: fc.Arbitrary<Mistake> = fc
  .constantFrom<[string, string]>(
    ["logo: 'src/assets/logo.svg'", "logo: 'src/assets/khong-co.svg'"],
    ["logo: 'src/assets/logo.svg'", "logo: 'src/assets/logo.svg'"],
    ["logo: 'src/assets/logo.svg'", "logo: 'logo.gif'"],
    ["logo: 'src/assets/logo.svg'", "logo: ''"],
    ["logo: 'src/assets/logo.svg'", "logo: '../logo.svg'"],
    ["primary: '#2b5f8a'", "primary: 'green'"],
    ["primary: '#2b5f8a'", "primary: '#2B5F8A'"],
    ["outline: 'src/map/outline.geojson'", "outline: 'src/map/khong-co.geojson'"],
    [
      "map: { outline: 'src/map/outline.geojson' },",
      "map: { outline: 'src/map/outline.geojson' },\n  hero: { image: 'src/assets/khong-co.jpg', alt: { vi: 'Ảnh', en: 'Picture', zh: '图片' } },",
    ],
    [
      "map: { outline: 'src/map/outline.geojson' },",
      "map: { outline: 'src/map/outline.geojson' },\n  pictures: { maxMegabytes: 0.0001 },",
    ],
  )
  .map(([was, becomes]) => ({
    label: `province.config.ts: ${becomes}`,
    apply: (root) => edit(root, 'province.config.ts', (t) => t.replace(was, becomes)),
  }));

const mistake = fc.oneof(
  frontMatter,
  brokenYaml,
  body,
  emptyBody,
  calendarDate,
  relation,
  listFile,
  picture,
  configuration,
);

/** A line of a Node stack trace, or an internal module in one. */
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$|node:internal\//m;

/** Temporary folders and the lock a build may leave in .build/ (its log and caches may stay). */
const leftovers = (root: string) =>
  existsSync(join(root, '.build'))
    ? readdirSync(join(root, '.build')).filter((name) => /^(site-|previous-|lock$)/.test(name))
    : [];

describe('check and build agree on random mistakes', () => {
  it(
    'check fails exactly when the build does; no stack trace; a failed build leaves dist/ and .build/ as they were',
    () => {
      const outcomes: string[] = [];
      fc.assert(
        fc.property(fc.array(mistake, { minLength: 1, maxLength: 2 }), (mistakes) => {
          const root = freshSite();
          try {
            for (const m of mistakes) m.apply(root);
            const labels = mistakes.map((m) => m.label).join(' + ') || '(no mistake)';
            const check = portico(root, ['check']);
            const build = portico(root, ['build']);
            outcomes.push(`${build.status === 0 ? 'built' : 'refused'}: ${labels}`);
            const said = `${labels}\n--- check (${check.status}):\n${check.stdout}${check.stderr}\n--- build (${build.status}):\n${build.stdout}${build.stderr}`;
            expect(check.status, said).not.toBeNull();
            expect(build.status, said).not.toBeNull();
            expect(check.status !== 0, said).toBe(build.status !== 0);
            expect(`${check.stdout}${check.stderr}`, said).not.toMatch(STACK);
            expect(`${build.stdout}${build.stderr}`, said).not.toMatch(STACK);
            expect(leftovers(root), said).toEqual([]);
            const home = readFileSync(join(root, 'dist/index.html'), 'utf8');
            if (build.status !== 0) expect(home, said).toBe(OLD_SITE);
            else expect(home, said).toContain('<html lang="vi"');
          } finally {
            rmSync(root, { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true },
      );
      console.log(outcomes.join('\n'));
    },
    RUNS * 240_000,
  );
});

describe('decomposed (NFD) text', () => {
  it('is published composed (NFC), from Markdown, MDX and YAML, and check says so once', () => {
    const root = freshSite();
    const nfd = (t: string) => t.normalize('NFD');
    edit(root, `${C}/pages/vi/gioi-thieu.md`, nfd);
    edit(root, `${C}/contacts.yaml`, nfd);
    for (const file of STORY) renameSync(join(root, file), join(root, file.replace(/\.md$/, '.mdx')));
    edit(root, `${C}/news/vi/tin-mau.mdx`, (t) => nfd(`${t}\nMột đoạn viết trong MDX: {frontmatter.title}.\n`));
    const check = portico(root, ['check']);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('3 file(s) write accented letters decomposed (Unicode NFD');
    const build = portico(root, ['build']);
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
    const about = page('gioi-thieu');
    expect(about).toContain('<h1');
    expect(about).toContain('Giới thiệu tỉnh Ví Dụ');
    expect(about).toContain('Ranh giới của tỉnh là một hình lục giác.');
    const story = page('bao-chi/tin-tuc/tin-mau');
    expect(story).toContain('Một đoạn viết trong MDX: Tin mẫu.');
    expect(page('bao-chi/lien-he-bao-chi')).toContain('Phòng báo chí mẫu');
    // No combining mark anywhere in the Vietnamese pages.
    for (const html of [about, story]) expect(html.match(/\p{M}/gu)).toBeNull();
  }, 240_000);
});

describe('a picture whose licence ends', () => {
  it('a build the day after its expires date stops with the pages that still use it, and no stack trace', () => {
    const root = freshSite();
    edit(root, `${C}/media/toan-canh.yaml`, (t) => `${t.trimEnd()}\nexpires: '2026-05-31'\n`);
    const build = portico(root, ['build']);
    const said = `${build.stdout}${build.stderr}`;
    expect(build.status, said).toBe(1);
    expect(build.stderr).toContain('src/content/media/toan-canh.yaml');
    expect(build.stderr).toContain('This picture may not be used after 2026-05-31, but it is still used by:');
    for (const page of ['destinations/vi/doi-mau.md', 'press-kits/en/bo-tai-lieu-mau.md'])
      expect(build.stderr).toContain(`${C}/${page}`);
    expect(said).not.toMatch(STACK);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe(OLD_SITE);
    expect(leftovers(root)).toEqual([]);
  }, 120_000);
});

describe('a build run outside a site', () => {
  it('says there is no province.config.ts, in both languages, and writes nothing', () => {
    const root = mkdtempSync(join(ENGINE, 'test', '.tmp-site-'));
    made.push(root);
    const build = portico(root, ['build']);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("EN: There is no province.config.ts at the site's root.");
    expect(build.stderr).toContain('VI: Không có tệp province.config.ts ở thư mục gốc của trang.');
    expect(build.stderr).not.toContain('internal error');
    expect(`${build.stdout}${build.stderr}`).not.toMatch(STACK);
    expect(readdirSync(root)).toEqual([]);
  });
});
