/**
 * QR codes as inline SVG, made at build time: an adapter over the `qrcode` package so pages can
 * offer a code to scan (WeChat, Zalo or a phone camera) without any script or remote service.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** What a screen reader announces, e.g. "QR code for this page". */
  label: string;
  /** Quiet zone around the code, in modules (4 is what the standard asks for). */
  margin?: number;
  /** Error correction: L, M (default), Q or H. */
  level?: 'L' | 'M' | 'Q' | 'H';
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An `<svg>` element drawing the QR code of `text`: black modules on white, scalable (no width or
 * height; size it with CSS), with `role="img"` and the label for assistive technology.
 */
export async function qrSvg(text: string, options: QrOptions): Promise<string> {
  if (!text) throw new RangeError('A QR code needs some text');
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: options.margin ?? 4,
    errorCorrectionLevel: options.level ?? 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(options.label)}" class="qr" `);
}

/** The number of modules per side of the code for `text` (without the quiet zone). */
export function qrSize(text: string, level: QrOptions['level'] = 'M'): number {
  return QRCode.create(text, { errorCorrectionLevel: level }).modules.size;
}
