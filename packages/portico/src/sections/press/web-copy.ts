/**
 * The web-size copy of a press picture: at most 1280 px wide, no metadata, in whichever of JPEG
 * or palette PNG is smaller, and never larger than the original (a photo suits JPEG, a flat
 * illustration PNG). When neither is smaller than the original there is no web copy: the
 * original is already the lightest file a journalist can take. Deterministic for a given sharp:
 * fixed encoder settings, no timestamps.
 */
import sharp from 'sharp';

export const WEB_WIDTH = 1280;

export interface WebCopy {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** The file extension: jpg or png. */
  ext: string;
}

export async function webCopyOf(original: Uint8Array, originalExt: string): Promise<WebCopy | undefined> {
  const resized = () => sharp(original).rotate().resize({ width: WEB_WIDTH, withoutEnlargement: true });
  const jpeg = await resized()
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, chromaSubsampling: '4:2:0', mozjpeg: false, progressive: false })
    .toBuffer({ resolveWithObject: true });
  // A JPEG original is a photo: a palette PNG of it would be larger and slow to make.
  const png = /^jpe?g$/i.test(originalExt)
    ? undefined
    : await resized().png({ palette: true, compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
  const best = png && png.data.byteLength < jpeg.data.byteLength ? { out: png, ext: 'png' } : { out: jpeg, ext: 'jpg' };
  if (best.out.data.byteLength >= original.byteLength) return undefined;
  return {
    bytes: new Uint8Array(best.out.data),
    width: best.out.info.width,
    height: best.out.info.height,
    ext: best.ext,
  };
}
