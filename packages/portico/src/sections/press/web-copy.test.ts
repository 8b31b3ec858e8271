import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { webCopyOf, WEB_WIDTH } from './web-copy.ts';

/** A flat two-colour picture (like an illustration) and a noisy one (like a photo). */
async function flat(width: number, height: number): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#2a6f4e"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#e0b64a"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer());
}
async function noisy(width: number, height: number): Promise<Uint8Array> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < raw.length; i++) raw[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  return new Uint8Array(
    await sharp(raw, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer(),
  );
}

describe('web copies of press pictures', () => {
  it('are at most 1280 px wide and smaller than the original, or not made', async () => {
    for (const original of [await flat(1600, 900), await noisy(1600, 200), await flat(800, 450)]) {
      const web = await webCopyOf(original, 'png');
      if (!web) continue;
      expect(web.width).toBeLessThanOrEqual(WEB_WIDTH);
      expect(web.bytes.byteLength).toBeLessThan(original.byteLength);
    }
  });

  it('keep an illustration as PNG and a photo as JPEG, deterministically', async () => {
    const drawing = await flat(1600, 900);
    const a = (await webCopyOf(drawing, 'png'))!;
    expect(a.ext).toBe('png');
    expect(Buffer.compare(a.bytes, (await webCopyOf(drawing, 'png'))!.bytes)).toBe(0);
    const photo = await noisy(1600, 200);
    const b = (await webCopyOf(photo, 'png'))!;
    expect([b.ext, b.width, b.height]).toEqual(['jpg', 1280, 160]);
  });

  it('are not made when the original is already the lightest file', async () => {
    const small = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#2a6f4e' } })
      .png({ palette: true })
      .toBuffer();
    expect(await webCopyOf(new Uint8Array(small), 'png')).toBeUndefined();
  });
});
