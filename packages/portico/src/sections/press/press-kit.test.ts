import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import {
  buildPressKit,
  buildPressKitManifest,
  creditsText,
  sha256Hex,
  writeZip,
  zipTime,
  type PressKitInput,
} from './press-kit.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const media = {
  id: 'gate',
  caption: 'The gate',
  credit: 'Jane Doe, drawn for the test',
  rightsHolder: 'Example Agency',
  licence: 'cc-by-4.0',
  licenceName: 'Creative Commons Attribution 4.0',
  allowedUse: 'commercial' as const,
  allowedUseText: 'Any use',
};
const input = (): PressKitInput => ({
  kit: 'glance',
  locale: 'en',
  title: 'At a glance',
  description: 'Facts',
  updated: '2026-11-12',
  publisher: 'Agency',
  url: 'https://example.test/en/press/press-kits/glance/',
  folder: 'glance-en',
  files: [
    { path: 'images/web/gate.jpg', role: 'image-web', bytes: bytes('jpeg bytes'), width: 1280, height: 720, media },
    { path: 'FACT-SHEET.md', role: 'fact-sheet', bytes: bytes('# At a glance\n') },
    {
      path: 'images/original/gate.png',
      role: 'image-original',
      bytes: bytes('png bytes'),
      width: 1600,
      height: 900,
      media,
    },
  ],
  creditsLabels: {
    title: 'Credits',
    intro: 'Pictures',
    file: 'File',
    caption: 'Caption',
    credit: 'Made by',
    rightsHolder: 'Rights holder',
    licence: 'Licence',
    allowedUse: 'Allowed use',
    source: 'Source',
  },
});

/** The DOS date and time of each entry in the central directory. */
function centralTimes(zip: Uint8Array): { name: string; time: number; date: number; attrs: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)),
      time: view.getUint16(i + 12, true),
      date: view.getUint16(i + 14, true),
      attrs: view.getUint32(i + 38, true),
    });
  }
  return out;
}

describe('press kit', () => {
  it('is byte-identical when built twice from the same input', () => {
    const a = buildPressKit(input());
    const b = buildPressKit(input());
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toBe(sha256Hex(a.zip));
  });

  it('does not depend on the time zone of the machine that builds it', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = buildPressKit(input()).zip;
      const utcNoon = zipTime('2026-11-12').getTime();
      process.env.TZ = 'Pacific/Kiritimati';
      const far = buildPressKit(input()).zip;
      // The zone really changed: the same local noon is another instant.
      expect(zipTime('2026-11-12').getTime()).not.toBe(utcNoon);
      process.env.TZ = 'America/Los_Angeles';
      const west = buildPressKit(input()).zip;
      expect(Buffer.from(utc).equals(Buffer.from(far))).toBe(true);
      expect(Buffer.from(utc).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('holds exactly the files its manifest lists, plus the manifest, in a fixed order', () => {
    const kit = buildPressKit(input());
    const files = unzipSync(kit.zip);
    const names = Object.keys(files);
    expect(names).toEqual([
      'glance-en/FACT-SHEET.md',
      'glance-en/CREDITS.txt',
      'glance-en/images/original/gate.png',
      'glance-en/images/web/gate.jpg',
      'glance-en/manifest.json',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(files['glance-en/manifest.json']));
    expect(manifest).toEqual(kit.manifest);
    for (const f of manifest.files) {
      const content = files[`glance-en/${f.path}`]!;
      expect(content.byteLength, f.path).toBe(f.bytes);
      expect(sha256Hex(content), f.path).toBe(f.sha256);
    }
    expect(kit.listing.map((f) => f.path)).toEqual(names.map((n) => n.slice('glance-en/'.length)));
  });

  it('describes every picture with caption, author, rights holder, licence and allowed use', () => {
    const kit = buildPressKit(input());
    const pictures = kit.manifest.files.filter((f) => f.role.startsWith('image'));
    expect(pictures).toHaveLength(2);
    for (const p of pictures) {
      expect(p).toMatchObject({
        media: 'gate',
        caption: 'The gate',
        credit: 'Jane Doe, drawn for the test',
        rightsHolder: 'Example Agency',
        licence: 'cc-by-4.0',
        allowedUse: 'commercial',
      });
    }
    const credits = new TextDecoder().decode(unzipSync(kit.zip)['glance-en/CREDITS.txt']);
    expect(credits).toContain('Caption: The gate');
    expect(credits).toContain('Made by: Jane Doe, drawn for the test');
    expect(credits).toContain('Rights holder: Example Agency');
    expect(credits).toContain('Licence: Creative Commons Attribution 4.0 (cc-by-4.0)');
    expect(credits).toContain('Allowed use: Any use');
  });

  it('stamps every entry with the kit date at noon and rw-r--r-- permissions', () => {
    const entries = centralTimes(buildPressKit(input()).zip);
    expect(entries).toHaveLength(5);
    const dosDate = ((2026 - 1980) << 9) | (11 << 5) | 12;
    const dosTime = 12 << 11;
    for (const e of entries) {
      expect(e.date, e.name).toBe(dosDate);
      expect(e.time, e.name).toBe(dosTime);
      expect(e.attrs >>> 16, e.name).toBe(0o100644);
    }
    expect(zipTime().getFullYear()).toBe(1980);
  });

  it('refuses unsafe or duplicate paths and a hand-made manifest', () => {
    const bad = (path: string) => ({ ...input(), files: [{ path, role: 'fact-sheet' as const, bytes: bytes('x') }] });
    expect(() => buildPressKit(bad('../evil.txt'))).toThrow(/unsafe/);
    expect(() => buildPressKit(bad('/abs.txt'))).toThrow(/unsafe/);
    expect(() => buildPressKit(bad('manifest.json'))).toThrow(/manifest/);
    const twice = {
      ...input(),
      files: [...input().files, { path: 'FACT-SHEET.md', role: 'fact-sheet' as const, bytes: bytes('y') }],
    };
    expect(() => buildPressKit(twice)).toThrow(/two files/);
    expect(() =>
      writeZip(
        [
          { path: 'a', bytes: bytes('1') },
          { path: 'a', bytes: bytes('2') },
        ],
        zipTime(),
      ),
    ).toThrow();
  });

  it('leaves pictures uncompressed and lists credits only for pictures', () => {
    const text = creditsText('Kit', input().files, input().creditsLabels);
    expect(text.match(/^File: /gm)).toHaveLength(2);
    const manifest = buildPressKitManifest({ ...input(), credits: bytes(text) });
    expect(manifest.files.map((f) => f.role)).toEqual(['fact-sheet', 'credits', 'image-original', 'image-web']);
  });
});
