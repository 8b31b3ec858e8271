/**
 * Press kits as files: the manifest, the credits text and the ZIP. Pure: the caller reads the
 * pictures and renders the web-size copies, this module only arranges bytes, so the same input
 * always gives the same ZIP, byte for byte (fixed order, fixed times, fixed permissions).
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

export type KitFileRole = 'fact-sheet' | 'fact-sheet-pdf' | 'credits' | 'image-original' | 'image-web';

/** What the kit says about a picture. */
export interface KitMedia {
  /** The media record's name. */
  id: string;
  caption: string;
  /** Who made it, in the kit's language. */
  credit: string;
  /** Who holds the rights, in the kit's language. */
  rightsHolder: string;
  /** Licence code, e.g. cc-by-4.0. */
  licence: string;
  /** The licence's name in the kit's language. */
  licenceName: string;
  allowedUse: 'editorial' | 'commercial';
  /** The allowed use in words, in the kit's language. */
  allowedUseText: string;
  sourceUrl?: string;
}

/** A file the caller puts in the kit (everything but the manifest and the credits, which are made here). */
export interface KitFileInput {
  /** Path inside the kit's folder, with forward slashes: `images/web/border-gate.jpg`. */
  path: string;
  role: Exclude<KitFileRole, 'credits'>;
  bytes: Uint8Array;
  width?: number;
  height?: number;
  media?: KitMedia;
}

export interface ManifestFile {
  path: string;
  role: KitFileRole;
  bytes: number;
  sha256: string;
  width?: number;
  height?: number;
  media?: string;
  caption?: string;
  credit?: string;
  rightsHolder?: string;
  licence?: string;
  allowedUse?: 'editorial' | 'commercial';
  source?: string;
}

export interface PressKitManifest {
  /** The kit's entry name. */
  kit: string;
  locale: string;
  title: string;
  description: string;
  /** The kit's last update (YYYY-MM-DD), if it has one. */
  updated?: string;
  publisher: string;
  /** The kit's page on the site. */
  url: string;
  /** Every file in the ZIP except manifest.json itself, in ZIP order. */
  files: ManifestFile[];
}

/** Labels for CREDITS.txt in the kit's language. */
export interface CreditsLabels {
  title: string;
  intro: string;
  file: string;
  caption: string;
  credit: string;
  rightsHolder: string;
  licence: string;
  allowedUse: string;
  source: string;
}

export interface PressKitInput {
  kit: string;
  locale: string;
  title: string;
  description: string;
  updated?: string;
  publisher: string;
  url: string;
  /** The kit's folder inside the ZIP, e.g. `province-at-a-glance-en`. */
  folder: string;
  files: KitFileInput[];
  creditsLabels: CreditsLabels;
}

export interface BuiltPressKit {
  manifest: PressKitManifest;
  /** Every file in the ZIP, manifest.json last, with its size. */
  listing: { path: string; role: KitFileRole | 'manifest'; bytes: number }[];
  zip: Uint8Array;
  /** Each file's bytes by its path in the kit (manifest.json included), for separate downloads. */
  contents: ReadonlyMap<string, Uint8Array>;
  /** Hex SHA-256 of the ZIP. */
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const encoder = new TextEncoder();

/** The order of files in a kit: fact sheets (Markdown, PDF), credits, then pictures by path. */
const ROLE_ORDER: Record<KitFileRole, number> = {
  'fact-sheet': 0,
  'fact-sheet-pdf': 0,
  credits: 1,
  'image-original': 2,
  'image-web': 3,
};

function checkPath(path: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(path) || path.includes('..')) {
    throw new Error(`press kit: unsafe file path "${path}"`);
  }
}

/** CREDITS.txt: every picture with its caption, credit, licence and allowed use. */
export function creditsText(title: string, files: readonly KitFileInput[], labels: CreditsLabels): string {
  const lines = [`${labels.title} — ${title}`, '', labels.intro, ''];
  for (const f of files) {
    if (!f.media) continue;
    lines.push(`${labels.file}: ${f.path}`);
    lines.push(`  ${labels.caption}: ${f.media.caption}`);
    lines.push(`  ${labels.credit}: ${f.media.credit}`);
    lines.push(`  ${labels.rightsHolder}: ${f.media.rightsHolder}`);
    lines.push(`  ${labels.licence}: ${f.media.licenceName} (${f.media.licence})`);
    lines.push(`  ${labels.allowedUse}: ${f.media.allowedUseText}`);
    if (f.media.sourceUrl) lines.push(`  ${labels.source}: ${f.media.sourceUrl}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The manifest of a kit: each file with its size, hash and, for pictures, caption, credit, licence and allowed use. */
export function buildPressKitManifest(
  input: Omit<PressKitInput, 'folder'> & { credits: Uint8Array },
): PressKitManifest {
  const all: {
    path: string;
    role: KitFileRole;
    bytes: Uint8Array;
    width?: number;
    height?: number;
    media?: KitMedia;
  }[] = [...input.files, { path: 'CREDITS.txt', role: 'credits', bytes: input.credits }];
  const seen = new Set<string>();
  for (const f of all) {
    checkPath(f.path);
    if (f.path === 'manifest.json') throw new Error('press kit: manifest.json is made by the kit itself');
    if (seen.has(f.path)) throw new Error(`press kit: two files named ${f.path}`);
    seen.add(f.path);
  }
  const ordered = all.sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return {
    kit: input.kit,
    locale: input.locale,
    title: input.title,
    description: input.description,
    ...(input.updated ? { updated: input.updated } : {}),
    publisher: input.publisher,
    url: input.url,
    files: ordered.map((f) => ({
      path: f.path,
      role: f.role,
      bytes: f.bytes.byteLength,
      sha256: sha256Hex(f.bytes),
      ...(f.width ? { width: f.width, height: f.height } : {}),
      ...(f.media
        ? {
            media: f.media.id,
            caption: f.media.caption,
            credit: f.media.credit,
            rightsHolder: f.media.rightsHolder,
            licence: f.media.licence,
            allowedUse: f.media.allowedUse,
            ...(f.media.sourceUrl ? { source: f.media.sourceUrl } : {}),
          }
        : {}),
    })),
  };
}

/**
 * The ZIP's timestamp: noon on the kit's date, or on 1 January 1980 (the earliest a ZIP can say).
 * ZIP times have no time zone; the library writes the local clock reading of the Date, so the
 * Date is built from local fields and the bytes are the same in every time zone.
 */
export function zipTime(isoDate?: string): Date {
  const [y, m, d] = (isoDate ?? '1980-01-01').split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

/** Unix permissions rw-r--r-- on a regular file, in the external attributes' high half. */
const FILE_ATTRS = (0o100644 << 16) >>> 0;

/** Write files into a ZIP in the given order, with fixed time and permissions. */
export function writeZip(files: readonly { path: string; bytes: Uint8Array }[], mtime: Date): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) {
    if (f.path in tree) throw new Error(`zip: two files named ${f.path}`);
    // Pictures are already compressed: store them; deflate text.
    const level = /\.(png|jpe?g|webp|gif|avif)$/i.test(f.path) ? 0 : 9;
    tree[f.path] = [f.bytes, { level, mtime, os: 3, attrs: FILE_ATTRS }];
  }
  return zipSync(tree, { mtime });
}

/** The whole kit: manifest, credits and ZIP. */
export function buildPressKit(input: PressKitInput): BuiltPressKit {
  checkPath(input.folder);
  const credits = encoder.encode(creditsText(input.title, input.files, input.creditsLabels));
  const manifest = buildPressKitManifest({ ...input, credits });
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const byPath = new Map<string, Uint8Array>(input.files.map((f) => [f.path, f.bytes]));
  byPath.set('CREDITS.txt', credits);
  const entries = [
    ...manifest.files.map((f) => ({ path: f.path, bytes: byPath.get(f.path)! })),
    { path: 'manifest.json', bytes: manifestBytes },
  ];
  const zip = writeZip(
    entries.map((e) => ({ path: `${input.folder}/${e.path}`, bytes: e.bytes })),
    zipTime(input.updated),
  );
  return {
    manifest,
    listing: [
      ...manifest.files.map((f) => ({ path: f.path, role: f.role, bytes: f.bytes })),
      { path: 'manifest.json', role: 'manifest' as const, bytes: manifestBytes.byteLength },
    ],
    zip,
    contents: new Map(entries.map((e) => [e.path, e.bytes])),
    sha256: sha256Hex(zip),
  };
}
