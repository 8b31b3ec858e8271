// The press section in dist/: feeds parse and carry what Atom requires, each kit's ZIP matches the
// size and SHA-256 its page prints and holds what its manifest lists, and an embargoed or draft
// item appears nowhere — not in a page, a list, a feed, the sitemap, the search index or a ZIP.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import yaml from 'js-yaml';
import { extractText, getDocumentProxy } from 'unpdf';
import { DIST, builtPages, fileForUrl, readDist, walk } from '../../packages/portico/test/site/dist.ts';
import province from '../../province.config.ts';
import { LOCALES } from '../../packages/portico/src/i18n/locales.ts';
import { FEED_KINDS, feedPath, listPath } from '../../packages/portico/src/sections/press/logic.ts';
import { isPublic, parseLocalDateTime } from '../../packages/portico/src/lib/publication.ts';

const pages = builtPages();
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const local = (url: string) => (url.startsWith(province.site) ? url.slice(province.site.length) || '/' : url);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('feeds', () => {
  const feeds = LOCALES.flatMap(({ code, htmlLang }) =>
    FEED_KINDS.map((kind) => ({ code, htmlLang, kind, path: feedPath(code, kind) })),
  );

  it.each(feeds.map((f) => [f.path, f] as const))('%s is a valid Atom feed', (path, f) => {
    const xml = readDist(path.slice(1)).toString('utf8');
    const doc = parser.parse(xml);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(f.htmlLang);
    const self = `${province.site}${path}`;
    expect(feed.id).toBe(self);
    expect(String(feed.title).length).toBeGreaterThan(3);
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.author?.name).toBeTruthy();
    const links = list(feed.link);
    expect(links).toContainEqual({ '@rel': 'self', '@href': self });
    const alternate = links.find((l: { '@rel': string }) => l['@rel'] === 'alternate');
    expect(alternate?.['@href']).toBe(
      `${province.site}${listPath(f.code, f.kind === 'news' ? 'all' : 'press-release')}`,
    );

    const entries = list(feed.entry);
    expect(entries.length).toBeGreaterThan(0);
    const ids = entries.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    let newest = 0;
    for (const e of entries) {
      expect(e.id.startsWith(`${province.site}/`), e.id).toBe(true);
      expect(String(e.title['#text']).length).toBeGreaterThan(3);
      expect(Number.isNaN(Date.parse(e.updated)), e.id).toBe(false);
      expect(Number.isNaN(Date.parse(e.published)), e.id).toBe(false);
      const href = list(e.link)[0]['@href'];
      expect(href.startsWith(province.site), href).toBe(true);
      expect(fileForUrl(local(href)), href).toBeDefined();
      newest = Math.max(newest, Date.parse(e.updated));
    }
    expect(Date.parse(feed.updated)).toBe(newest);
    if (f.kind === 'releases') {
      for (const e of entries)
        expect(list(e.category).map((c: { '@term': string }) => c['@term'])).toContain('press-release');
    }
  });

  it('are linked from the newsroom pages of their language', () => {
    for (const { code } of LOCALES) {
      const page = pages.find((p) => p.url === listPath(code, 'all'));
      expect(page, listPath(code, 'all')).toBeDefined();
      const head = page!.html.slice(0, page!.html.indexOf('</head>'));
      for (const kind of FEED_KINDS) {
        expect(head).toContain(`<link rel="alternate" type="application/atom+xml"`);
        expect(head).toContain(`href="${province.site}${feedPath(code, kind)}"`);
      }
    }
  });
});

describe('press kits', () => {
  const kitPages = pages.filter((p) => p.html.includes('data-sha256'));

  it('exist in every language', () => {
    expect(kitPages.length).toBeGreaterThanOrEqual(2 * LOCALES.length);
  });

  it.each(kitPages.map((p) => [p.url, p] as const))('%s: the ZIP matches the page and its manifest', (_url, page) => {
    const zipHref = /<a class="button" href="([^"]+\.zip)"[^>]* download/.exec(page.html)?.[1];
    expect(zipHref).toBeDefined();
    const zip = new Uint8Array(readDist(zipHref!.slice(1)));
    const printed = /<code data-sha256[^>]*>([0-9a-f]{64})<\/code>/.exec(page.html)?.[1];
    expect(sha256(zip)).toBe(printed);

    const files = unzipSync(zip);
    const names = Object.keys(files);
    const folder = names[0]!.split('/')[0]!;
    expect(names.every((n) => n.startsWith(`${folder}/`))).toBe(true);
    const manifest = JSON.parse(new TextDecoder().decode(files[`${folder}/manifest.json`]));
    const listed = manifest.files.map((f: { path: string }) => `${folder}/${f.path}`);
    expect([...listed, `${folder}/manifest.json`].sort()).toEqual([...names].sort());
    for (const f of manifest.files) {
      const content = files[`${folder}/${f.path}`]!;
      expect(content.byteLength, f.path).toBe(f.bytes);
      expect(sha256(content), f.path).toBe(f.sha256);
      if (f.role.startsWith('image')) {
        for (const field of ['caption', 'credit', 'licence', 'allowedUse'])
          expect(f[field], `${f.path} ${field}`).toBeTruthy();
      }
    }
    expect(names.some((n) => n.endsWith('CREDITS.txt'))).toBe(true);
    expect(names.some((n) => n.endsWith('FACT-SHEET.md'))).toBe(true);

    // The page lists every file with its size in bytes.
    const sizes = new Map(
      [...page.html.matchAll(/<code[^>]*>([^<]+)<\/code><\/th>\s*<td[^>]*>[^<]*<\/td>\s*<td data-bytes="(\d+)"/g)].map(
        (m) => [m[1]!, Number(m[2])],
      ),
    );
    for (const name of names) {
      const path = name.slice(folder.length + 1);
      expect(sizes.get(path), path).toBe(files[name]!.byteLength);
    }
  });
});

describe('press kit files (issue 18)', () => {
  const kitPages = pages.filter((p) => p.html.includes('data-sha256'));
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .trim();

  it.each(kitPages.map((p) => [p.url, p] as const))(
    '%s: the fact sheet is a PDF in the kit’s language, in the ZIP and on its own',
    async (_url, page) => {
      const pdfHref = /<a class="button button--secondary" href="([^"]+\.pdf)"[^>]* data-fact-sheet-pdf/.exec(
        page.html,
      )?.[1];
      expect(pdfHref).toBeDefined();
      const pdf = new Uint8Array(readDist(pdfHref!.slice(1)));
      const zipHref = /<a class="button" href="([^"]+\.zip)"/.exec(page.html)![1]!;
      const files = unzipSync(new Uint8Array(readDist(zipHref.slice(1))));
      const inZip = Object.entries(files).find(([name]) => name.endsWith('/FACT-SHEET.pdf'))?.[1];
      expect(inZip).toBeDefined();
      expect(sha256(inZip!)).toBe(sha256(pdf));
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      const { text: pages } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
      const title = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]!);
      expect(pages.replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
    },
  );

  it.each(kitPages.map((p) => [p.url, p] as const))(
    '%s: web pictures are never larger than the originals, and every picture names its author and rights holder in the kit’s language',
    (_url, page) => {
      const zipHref = /<a class="button" href="([^"]+\.zip)"/.exec(page.html)![1]!;
      const files = unzipSync(new Uint8Array(readDist(zipHref.slice(1))));
      const manifestName = Object.keys(files).find((n) => n.endsWith('/manifest.json'))!;
      const manifest = JSON.parse(new TextDecoder().decode(files[manifestName]));
      const lang = /<html lang="([^"]+)"/.exec(page.html)![1]!;
      const originals = new Map<string, number>(
        manifest.files
          .filter((f: { role: string }) => f.role === 'image-original')
          .map((f: { media: string; bytes: number }) => [f.media, f.bytes]),
      );
      expect(originals.size).toBeGreaterThan(0);
      for (const f of manifest.files) {
        if (f.role === 'image-web') expect(f.bytes, f.path).toBeLessThan(originals.get(f.media)!);
        if (!f.role.startsWith('image')) continue;
        expect(f.credit, f.path).toBeTruthy();
        expect(f.rightsHolder, f.path).toBeTruthy();
        // A credit line in the kit's language: Chinese kits credit in Chinese characters.
        if (lang === 'zh-CN') expect(`${f.credit} ${f.rightsHolder}`, f.path).toMatch(/\p{Script=Han}/u);
        expect(`${f.credit}`, f.path).not.toMatch(/Portico project illustration/);
      }
    },
  );
});

describe('releases', () => {
  const releases = pages.filter((p) => /\/(thong-cao|releases|xinwengao)\/[^/]+\/$/.test(p.url));

  it('exist in every language and show dateline, boilerplate and contacts', () => {
    expect(releases.length).toBeGreaterThanOrEqual(2 * LOCALES.length);
    for (const page of releases) {
      expect(page.html, page.url).toMatch(/class="press-item__dateline[^"]*"[^>]*><strong[^>]*>[^<]+ —<\/strong>/);
      expect(page.html, page.url).toContain('press-item__about');
      expect(page.html, page.url).toContain('contact-card');
    }
  });

  it('show the sample notice and the corrections of a changed release', () => {
    expect(releases.every((p) => p.html.includes('press-item__sample'))).toBe(true);
    expect(releases.some((p) => p.html.includes('press-item__corrections'))).toBe(true);
  });
});

/** Front matter of every news entry, with the text an unpublished one must never leak. */
function unpublishedNews(now: Date): { file: string; needles: string[] }[] {
  const root = join(import.meta.dirname, '../../src/content/news');
  const out: { file: string; needles: string[] }[] = [];
  for (const locale of readdirSync(root)) {
    for (const name of readdirSync(join(root, locale))) {
      const text = readFileSync(join(root, locale, name), 'utf8');
      const data = yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
        title: string;
        slug?: string;
        draft?: boolean;
        publishAt?: string | Date;
      };
      const raw = data.publishAt;
      const publishAt =
        raw instanceof Date
          ? new Date(raw.getTime() - 7 * 3600_000)
          : raw
            ? (parseLocalDateTime(String(raw)) ?? undefined)
            : undefined;
      if (isPublic({ draft: data.draft, publishAt }, now)) continue;
      const entry = name.replace(/\.mdx?$/, '');
      out.push({
        file: `${locale}/${name}`,
        needles: [data.title, data.slug ?? entry, entry].filter((n): n is string => Boolean(n)),
      });
    }
  }
  return out;
}

/** Every file of dist/ as text; ZIPs and gzip files are opened so their contents are searched too. */
function distTexts(): { file: string; text: string }[] {
  const decoder = new TextDecoder();
  return walk().flatMap((file) => {
    const rel = relative(DIST, file).split(sep).join('/');
    const data = readFileSync(file);
    if (rel.endsWith('.zip'))
      return Object.entries(unzipSync(new Uint8Array(data))).map(([name, content]) => ({
        file: `${rel}:${name}`,
        text: decoder.decode(content),
      }));
    if (rel.endsWith('.gz') || (data[0] === 0x1f && data[1] === 0x8b)) {
      try {
        return [{ file: rel, text: decoder.decode(gunzipSync(data)) }];
      } catch {
        return [{ file: rel, text: decoder.decode(data) }];
      }
    }
    return [{ file: rel, text: decoder.decode(data) }];
  });
}

describe('embargo', () => {
  const now = process.env.PORTICO_NOW ? new Date(process.env.PORTICO_NOW) : new Date();
  const held = unpublishedNews(now);

  it('the sample content has a scheduled release to check', () => {
    const root = join(import.meta.dirname, '../../src/content/news');
    const scheduled = readdirSync(root).flatMap((l) =>
      readdirSync(join(root, l)).filter((n) => /^publishAt:/m.test(readFileSync(join(root, l, n), 'utf8'))),
    );
    expect(scheduled.length).toBeGreaterThan(0);
  });

  // Skipped only when the build clock (PORTICO_NOW) is past every embargo.
  it.skipIf(held.length === 0)('no draft or embargoed item appears anywhere in dist/', () => {
    const texts = distTexts();
    const leaks: string[] = [];
    for (const { file, needles } of held) {
      for (const needle of needles) {
        const escaped = needle.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
        for (const t of texts)
          if (t.text.includes(needle) || t.text.includes(escaped)) leaks.push(`${file} "${needle}" in ${t.file}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
