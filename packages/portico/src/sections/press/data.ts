/**
 * The press section's data: news items, press kits, media contacts, the media library and the
 * release boilerplate, as plain objects. Everything public comes through publishedEntries /
 * localizedEntries (drafts and embargoed items never get here); nothing else in the press
 * section reads a prose collection.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import yaml from 'js-yaml';
import config from 'virtual:portico/config';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { absoluteUrl } from '../../frame/routing.ts';
import { formatDate } from '../../lib/format.ts';
import {
  LICENCE_KEY,
  itemPath,
  mediaUsable,
  kitPath,
  publishedAt,
  sortNewest,
  updatedAt,
  type NewsType,
} from './logic.ts';
import { buildPressKit, type BuiltPressKit, type KitFileInput, type KitMedia } from './press-kit.ts';
import { sectionsFromMarkdown, type FactSheet } from './fact-sheet.ts';
import { helperProcess } from '../../lib/helper-process.ts';
import { cacheDirOf } from '../../lib/cache-dir.ts';
import { drawnFile, drawnKey, openDrawnCache, pipelineKey, type DrawnCache } from '../../build/drawn-cache.ts';
import { FONT_PACKAGE } from '../../frame/og/font-files.ts';
import { webCopyOf, type WebCopy } from './web-copy.ts';
import { localizedEntries, readCollection, type LocalizedEntry } from '../../frame/content.ts';
import { remember, shared } from '../../lib/incremental/track.ts';
import { buildNowForDay } from '../../frame/clock.ts';
import { province } from '../../frame/province.ts';
import { ContentProblemError, renderedAt, unusablePicture } from '../../lib/editor-error.ts';
import { problemFromRule } from '../../lib/problems.ts';

export type NewsEntry = LocalizedEntry<'news'>;
export type KitEntry = LocalizedEntry<'press-kits'>;
export type Contact = CollectionEntry<'contacts'>['data'] & { id: string };
/** A picture's record; `file` is the image Astro resolved (the schema's image() helper is typed loosely). */
export type MediaRecord = Omit<CollectionEntry<'media'>['data'], 'file'> & { id: string; file: ImageMetadata };

/** A news item as one language lists it. */
export interface PressItem {
  name: string;
  type: NewsType;
  locale: Locale;
  path: string;
  title: string;
  description: string;
  /** The date shown (YYYY-MM-DD). */
  date: string;
  published: Date;
  updated: Date;
  /** true when the language has no translation and shows the original. */
  fallback: boolean;
  contentLocale: Locale;
  sample: boolean;
  entry: NewsEntry;
}

/** The type an item has in a language (the entry that language shows). */
export const typeOf = (entry: NewsEntry, locale: Locale): NewsType => entry.variants[locale].entry.data.type;

export const newsEntries = (): Promise<NewsEntry[]> => localizedEntries('news');
export const kitEntries = (): Promise<KitEntry[]> => localizedEntries('press-kits');

export function toPressItem(entry: NewsEntry, locale: Locale): PressItem {
  const variant = entry.variants[locale];
  const data = variant.entry.data;
  const dated = { date: data.date, publishAt: data.publishAt, updated: data.updated, corrections: data.corrections };
  return {
    name: entry.name,
    type: data.type,
    locale,
    path: itemPath(locale, data.type, entry.segments[locale]),
    title: data.title,
    description: data.description,
    date: data.date,
    published: publishedAt(dated),
    updated: updatedAt(dated),
    fallback: variant.fallback,
    contentLocale: variant.contentLocale,
    sample: data.sample,
    entry,
  };
}

/** Every public item in a language, newest first. */
export async function pressItems(locale: Locale): Promise<PressItem[]> {
  return sortNewest((await newsEntries()).map((entry) => toPressItem(entry, locale)));
}

/** The press kit of a given name, if public. */
export async function kitByName(name: string): Promise<KitEntry | undefined> {
  return (await kitEntries()).find((k) => k.name === name);
}

export const allContacts = remember(
  'press:contacts',
  async (): Promise<Map<string, Contact>> =>
    new Map((await readCollection('contacts')).map((e) => [e.id, { ...e.data, id: e.id }])),
);

/** Contacts by id, in the given order; an unknown id is a content mistake and stops the build. */
export async function contactsByIds(ids: readonly string[], where: string): Promise<Contact[]> {
  const all = await allContacts();
  return ids.map((id) => {
    const contact = all.get(id);
    if (!contact) {
      const known = [...all.keys()];
      const params = { value: id, where: 'src/content/contacts.yaml', known: known.join(', '), first: known[0] ?? '' };
      throw new ContentProblemError([
        problemFromRule(
          'ref.missing',
          { file: renderedAt(where, existsSync), field: `contacts.${ids.indexOf(id)}`, found: id },
          params,
        ),
      ]);
    }
    return contact;
  });
}

/** The media contacts page: the spokesperson first, then the press office. */
export async function mediaContacts(): Promise<Contact[]> {
  const order = ['spokesperson', 'press-office'] as const;
  const all = [...(await allContacts()).values()];
  return order.flatMap((kind) => all.filter((c) => c.kind === kind));
}

/** Today's date in the province's time zone, as YYYY-MM-DD, at build time. */
export const buildToday = remember('press:today', (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: province.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(buildNowForDay(province.timeZone)),
);

const loadMedia = remember(
  'press:media',
  async (): Promise<{ records: MediaRecord[]; byId: Map<string, MediaRecord>; paths: Map<string, string> }> => {
    const entries = await readCollection('media');
    const today = buildToday();
    const records: MediaRecord[] = [];
    const paths = new Map<string, string>();
    for (const e of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
      if (!mediaUsable(e.data, today)) continue;
      records.push({ ...e.data, id: e.id, file: e.data.file as ImageMetadata });
      if (e.filePath) paths.set(e.id, e.filePath);
    }
    return { records, byId: new Map(records.map((r) => [r.id, r])), paths };
  },
);

/** Every picture that may be used today, by id. Expired pictures are left out everywhere. */
export async function mediaLibrary(): Promise<MediaRecord[]> {
  return (await loadMedia()).records;
}

export async function mediaById(id: string): Promise<MediaRecord | undefined> {
  return (await loadMedia()).byId.get(id);
}

/** The original picture file on disk: the record's `file`, beside its YAML. */
async function originalPath(id: string, file: unknown): Promise<string> {
  const fsPath = (file as { fsPath?: unknown }).fsPath;
  if (typeof fsPath === 'string' && fsPath) return fsPath;
  const record = (await loadMedia()).paths.get(id);
  if (!record) throw new Error(`media ${id}: no file path`);
  const recordPath = isAbsolute(record) ? record : resolve(process.cwd(), record);
  const raw = yaml.load(await readFile(recordPath, 'utf8')) as { file?: string };
  if (!raw?.file) throw new Error(`media ${id}: no file`);
  return resolve(dirname(recordPath), raw.file);
}

/** The size in bytes of a picture's original file, for the download link. */
export async function originalSize(media: MediaRecord): Promise<number> {
  return (await stat(await originalPath(media.id, media.file))).size;
}

/** The release boilerplate ("About the province") each language shows. */
export async function boilerplate(locale: Locale) {
  const pages = await localizedEntries('pages');
  const page = pages.find(
    (p) => p.variants.vi.entry.data.role === 'boilerplate' || p.variants[locale].entry.data.role === 'boilerplate',
  );
  return page?.variants[locale];
}

function factSheet(kit: KitEntry, locale: Locale, contacts: Contact[]): string {
  const t = useTranslations(locale);
  const variant = kit.variants[locale];
  const data = variant.entry.data;
  const lines = [`# ${data.title}`, '', data.description, ''];
  if (data.updated) lines.push(t('page.updated', { date: formatDate(data.updated, locale) }), '');
  lines.push((variant.entry.body ?? '').trim(), '', `## ${t('press.contacts.title')}`, '');
  for (const c of contacts) {
    lines.push(`- ${c.name[locale]} — ${c.role[locale]}`);
    lines.push(`  ${t('press.contacts.phone')}: ${c.phone} · ${t('press.contacts.email')}: ${c.email}`);
    if (!c.verified) lines.push(`  (${t('press.contacts.placeholder')})`);
  }
  lines.push(
    '',
    '---',
    `${province.agency.name[locale]} · ${absoluteUrl(province.site, kitPath(locale, kit.segments[locale]))}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Draws the PDFs (fact-sheet-process.ts): its fonts and HarfBuzz stay out of the build's process. */
const pdfDrawer = helperProcess('src/sections/press/fact-sheet-process.ts');

let pdfPipeline: string | undefined;

/**
 * What a fact sheet's bytes depend on besides the sheet: the drawing code (read once) and the
 * versions of pdfkit, the font tools and the font package.
 */
const sheetPipeline = () =>
  (pdfPipeline ??= pipelineKey(
    ['src/sections/press/fact-sheet-pdf.ts', 'src/frame/og/fonts.ts', 'src/frame/og/font-files.ts'],
    ['pdfkit', 'fontkit', 'subset-font', FONT_PACKAGE],
    import.meta.url,
  ));

const pdfDir = () => cacheDirOf(config.root, 'fact-sheets');
let pdfCache: Promise<DrawnCache> | undefined;

/**
 * The fact sheet's PDF, from the folder of fact sheets kept between builds
 * (node_modules/.cache/portico/fact-sheets/) when a build already drew the same sheet with the
 * same code and fonts, else drawn by the drawing process and kept.
 */
async function factSheetPdfOf(sheet: FactSheet): Promise<Uint8Array> {
  pdfCache ??= openDrawnCache(pdfDir(), 'pdf', new Date());
  return (await pdfCache).get(drawnKey(sheetPipeline(), sheet), () =>
    pdfDrawer.call<Uint8Array>('factSheetPdf', sheet),
  );
}

/** A kit's pictures in a language: each record with what the kit's files and credits say of it. */
async function kitPictures(kit: KitEntry, locale: Locale): Promise<{ media: MediaRecord; info: KitMedia }[]> {
  const t = useTranslations(locale);
  const where = `press-kits/${kit.variants[locale].entry.id}`;
  const pictures: { media: MediaRecord; info: KitMedia }[] = [];
  for (const [i, id] of kit.variants[locale].entry.data.assets.entries()) {
    const media = await mediaById(id);
    if (!media) throw unusablePicture(renderedAt(where, existsSync), `assets.${i}`, id);
    pictures.push({
      media,
      info: {
        id,
        caption: media.caption[locale],
        credit: media.credit[locale],
        rightsHolder: media.rightsHolder[locale],
        licence: media.licence,
        licenceName: t(`press.licence.${LICENCE_KEY[media.licence]}`),
        allowedUse: media.allowedUse,
        allowedUseText: t(`press.use.${media.allowedUse}`),
        ...(media.sourceUrl ? { sourceUrl: media.sourceUrl } : {}),
      },
    });
  }
  return pictures;
}

/** What a kit in a language names: its media contacts and its pictures. */
interface KitParts {
  contacts: Contact[];
  pictures: { media: MediaRecord; info: KitMedia }[];
}

async function kitParts(kit: KitEntry, locale: Locale): Promise<KitParts> {
  const variant = kit.variants[locale];
  return {
    contacts: await contactsByIds(variant.entry.data.contacts, `press-kits/${variant.entry.id}`),
    pictures: await kitPictures(kit, locale),
  };
}

/** The fact sheet of a kit in a language, as the PDF draws it. */
function factSheetOf(kit: KitEntry, locale: Locale, { contacts, pictures }: KitParts): FactSheet {
  const t = useTranslations(locale);
  const variant = kit.variants[locale];
  const data = variant.entry.data;
  const creditLines = pictures.map(
    ({ info }) =>
      `${info.id}: ${info.caption} — ${t('press.media.credit')}: ${info.credit} · © ${info.rightsHolder} · ${info.licenceName}`,
  );
  return {
    locale,
    publisher: province.agency.name[locale],
    title: data.title,
    description: data.description,
    ...(data.updated ? { dateline: t('page.updated', { date: formatDate(data.updated, locale) }) } : {}),
    // The date the ZIP's entries carry: the PDF's bytes change only with the kit.
    date: data.updated ?? '1980-01-01',
    sections: sectionsFromMarkdown(variant.entry.body ?? ''),
    contacts: {
      heading: t('press.contacts.title'),
      entries: contacts.map((c) => ({
        name: `${c.name[locale]} — ${c.role[locale]}`,
        lines: [
          `${t('press.contacts.phone')}: ${c.phone}`,
          `${t('press.contacts.email')}: ${c.email}`,
          ...(c.verified ? [] : [t('press.contacts.placeholder')]),
        ],
      })),
    },
    credits: { heading: t('press.credits.title'), lines: creditLines },
    url: absoluteUrl(province.site, kitPath(locale, kit.segments[locale])),
    colours: province.colours,
  };
}

/**
 * Starts drawing every fact sheet the folder of kept fact sheets does not have, in the drawing
 * process, while the build renders its pages (called when the build lists the PDFs' paths): the
 * kits' pages and files then wait for nothing. A build whose kits did not change draws nothing.
 * A sheet that cannot be drawn is left to its kit's page, which reports what is wrong.
 */
export function predrawFactSheets(): void {
  void (async () => {
    for (const { kit, locale } of await allKitZips()) {
      const sheet = factSheetOf(kit, locale, await kitParts(kit, locale));
      if (!existsSync(drawnFile(pdfDir(), drawnKey(sheetPipeline(), sheet), 'pdf')))
        factSheetPdfOf(sheet).catch(() => {});
    }
  })().catch(() => {});
}

/** Web copies of the kits' pictures by their original's bytes: made once, whichever languages' kits show them. */
const webCopies = new Map<string, Promise<WebCopy | undefined>>();

const kitMemo = new Map<string, { value: Promise<BuiltPressKit>; reads: Set<string> }>();

/**
 * A kit's files and ZIP in one language, built once per build and shared by the kit's page (which
 * shows the ZIP's size and SHA-256) and the ZIP endpoint (which serves the same bytes).
 */
export function pressKitFiles(kit: KitEntry, locale: Locale): Promise<BuiltPressKit> {
  return shared(kitMemo, `${kit.name}:${locale}`, () => makeKit(kit, locale));
}

async function makeKit(kit: KitEntry, locale: Locale): Promise<BuiltPressKit> {
  const t = useTranslations(locale);
  const data = kit.variants[locale].entry.data;
  const parts = await kitParts(kit, locale);
  const encoder = new TextEncoder();
  const files: KitFileInput[] = [
    { path: 'FACT-SHEET.md', role: 'fact-sheet', bytes: encoder.encode(factSheet(kit, locale, parts.contacts)) },
  ];
  for (const { media, info } of parts.pictures) {
    const original = new Uint8Array(await readFile(await originalPath(info.id, media.file)));
    const ext = media.file.format === 'jpeg' ? 'jpg' : media.file.format;
    files.push({
      path: `images/original/${info.id}.${ext}`,
      role: 'image-original',
      bytes: original,
      width: media.file.width,
      height: media.file.height,
      media: info,
    });
    const same = `${ext}:${createHash('sha256').update(original).digest('hex')}`;
    let copying = webCopies.get(same);
    if (!copying) webCopies.set(same, (copying = webCopyOf(original, ext)));
    const web = await copying;
    if (web)
      files.push({
        path: `images/web/${info.id}.${web.ext}`,
        role: 'image-web',
        bytes: web.bytes,
        width: web.width,
        height: web.height,
        media: info,
      });
  }
  files.push({
    path: 'FACT-SHEET.pdf',
    role: 'fact-sheet-pdf',
    bytes: await factSheetPdfOf(factSheetOf(kit, locale, parts)),
  });
  return buildPressKit({
    kit: kit.name,
    locale,
    title: data.title,
    description: data.description,
    ...(data.updated ? { updated: data.updated } : {}),
    publisher: province.agency.name[locale],
    url: absoluteUrl(province.site, kitPath(locale, kit.segments[locale])),
    folder: `${kit.segments[locale]}-${locale}`,
    files,
    creditsLabels: {
      title: t('press.credits.title'),
      intro: t('press.credits.intro'),
      file: t('press.credits.file'),
      caption: t('press.media.caption'),
      credit: t('press.media.credit'),
      rightsHolder: t('press.media.rightsHolder'),
      licence: t('press.media.licence'),
      allowedUse: t('press.media.allowedUse'),
      source: t('press.media.source'),
    },
  });
}

/** Every kit in every language, for the ZIP endpoint. */
export async function allKitZips(): Promise<{ kit: KitEntry; locale: Locale }[]> {
  const kits = await kitEntries();
  return kits.flatMap((kit) => LOCALES.map(({ code }) => ({ kit, locale: code })));
}
