/**
 * Pictures: every picture file decodes (a damaged or cut-short file is an error, not a black
 * rectangle on the site), no original is larger than the site's limit (the message gives the
 * command that shrinks it), and a picture past its `expires` day is not used anywhere (30 days
 * before, a warning names the pages that use it).
 *
 * Decoding is the one slow part of the check, so its results are kept in
 * node_modules/.cache/portico/pictures.json by file, size and modification time.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { valuesAt } from '../collections/schema-walk.ts';
import type { CheckContext, Item } from './context.ts';
import { lineOf, type PictureFile } from './reading.ts';
import { listNames } from './text.ts';
import type { Validator } from './validating.ts';

/** The default limit for an original picture, in megabytes (province.config.ts `pictures.maxMegabytes`). */
export const DEFAULT_MAX_MEGABYTES = 10;
const MB = 1_000_000;
/** How long before a picture's `expires` day the check starts warning. */
export const EXPIRY_WARNING_DAYS = 30;

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Where each media record is used: its name → the files (and fields) that name it. */
export function pictureUses(ctx: CheckContext, validator: Validator): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const add = (id: string, where: string) => {
    const list = uses.get(id) ?? [];
    if (!list.includes(where)) list.push(where);
    uses.set(id, list);
  };
  for (const item of ctx.items) {
    // A draft is never published; a scheduled entry will be, so its pictures count.
    if (!item.raw || (item.data ?? item.raw).draft === true) continue;
    for (const ref of validator.refsOf(item.collection)) {
      if (ref.target !== 'media') continue;
      for (const { path, value } of valuesAt(item.raw, ref.path)) {
        if (typeof value === 'string') add(value, `${item.file} (${[...item.prefix, ...path].join('.')})`);
      }
    }
    for (const m of item.media) add(m.id, `${item.file}${m.line ? `:${m.line}` : ''} (<Gallery>)`);
  }
  return uses;
}

/** Pictures named in a body (<Gallery items>) that have no media record. */
export function checkBodyPictures(ctx: CheckContext, names: Set<string>): void {
  for (const item of ctx.items) {
    for (const m of item.media) {
      if (names.has(m.id)) continue;
      ctx.rule(
        'media.unusable',
        { file: item.file, field: m.field, line: m.line, found: m.id },
        {
          id: m.id,
          example: listNames(names, 3).split(', ')[0],
        },
      );
    }
  }
}

/** Expired pictures still in use (error) and pictures that expire within 30 days (warning). */
export function checkExpiry(ctx: CheckContext, uses: Map<string, string[]>): void {
  for (const item of ctx.items) {
    if (item.collection !== 'media' || !item.data) continue;
    const expires = item.data.expires;
    if (typeof expires !== 'string') continue;
    const used = uses.get(item.name) ?? [];
    if (!used.length) continue; // an expired picture nobody uses is simply left out
    const left = days(ctx.today, expires);
    const where = { file: item.file, field: 'expires', line: expiresLine(item), found: expires };
    const pages = used.join(', ');
    if (left < 0) ctx.rule('picture.expired', where, { expires, pages, example: addDays(ctx.today, 365) });
    else if (left <= EXPIRY_WARNING_DAYS) ctx.warn('picture.expiring', where, { expires, days: left, pages });
  }
}

const expiresLine = (item: Item) => {
  const line = lineOf(item.yamlLines, ['expires']);
  return line === undefined ? undefined : item.yamlStart + line - 1;
};

const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

interface Decoded {
  size: number;
  mtime: number;
  error?: string;
}

/** The cache of decoded pictures, when the site has a node_modules folder to keep it in. */
function cacheFile(root: string): string | undefined {
  return existsSync(join(root, 'node_modules')) ? join(root, 'node_modules/.cache/portico/pictures.json') : undefined;
}

function readCache(file: string | undefined): Record<string, Decoded> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Decoded>;
  } catch {
    return {};
  }
}

/** Whether a picture decodes to its last pixel (a shrink-on-load decode: fast, and it reads every byte). */
async function decodes(abs: string): Promise<string | undefined> {
  try {
    await sharp(abs, { failOn: 'warning', limitInputPixels: 268_402_689 })
      .resize(64, 64, { fit: 'inside' })
      .raw()
      .toBuffer();
    return undefined;
  } catch (error) {
    return String((error as Error)?.message ?? error)
      .split('\n')[0]!
      .replace(/^Input file /, '')
      .slice(0, 120);
  }
}

/** Decode every picture file and hold it to the size limit. */
export async function checkPictureFiles(
  ctx: CheckContext,
  pictures: readonly PictureFile[],
  maxMegabytes = DEFAULT_MAX_MEGABYTES,
): Promise<void> {
  const file = cacheFile(ctx.root);
  const cache = readCache(file);
  const next: Record<string, Decoded> = {};
  for (const picture of pictures) {
    let stat;
    try {
      stat = statSync(picture.abs);
    } catch {
      continue;
    }
    const known = cache[picture.file];
    const decoded =
      known && known.size === stat.size && known.mtime === stat.mtimeMs
        ? known
        : { size: stat.size, mtime: stat.mtimeMs, ...withError(await decodes(picture.abs)) };
    next[picture.file] = decoded;
    const where = { file: picture.file, field: '(file)', found: `${(stat.size / MB).toFixed(1)} MB` };
    if (decoded.error) {
      ctx.rule('picture.unreadable', where, { path: picture.file, reason: decoded.error });
    }
    if (stat.size > maxMegabytes * MB) {
      ctx.rule('picture.tooLarge', where, {
        path: picture.file,
        size: (stat.size / MB).toFixed(1),
        limit: maxMegabytes,
        command: `npx portico shrink ${picture.file}`,
      });
    }
  }
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(next));
    } catch {
      /* a cache is a help, not a requirement */
    }
  }
}

const withError = (error: string | undefined) => (error ? { error } : {});
