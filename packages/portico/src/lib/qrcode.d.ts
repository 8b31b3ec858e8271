/** The part of the `qrcode` package (1.5.x, which ships no types) that src/lib/qr.ts uses. */
declare module 'qrcode' {
  type Level = 'L' | 'M' | 'Q' | 'H';
  interface ToStringOptions {
    type?: 'svg' | 'utf8' | 'terminal';
    margin?: number;
    errorCorrectionLevel?: Level;
    color?: { dark?: string; light?: string };
  }
  interface QRCodeData {
    version: number;
    modules: { size: number; data: Uint8Array; get(row: number, col: number): number };
  }
  function toString(text: string, options?: ToStringOptions): Promise<string>;
  function create(text: string, options?: { errorCorrectionLevel?: Level }): QRCodeData;
  const QRCode: { toString: typeof toString; create: typeof create };
  export default QRCode;
}
