import { describe, expect, it } from 'vitest';
import { shareLinks, shareUrl } from './share.ts';
import { qrSize, qrSvg } from './qr.ts';

const url = 'https://langson.portico.example/en/visit/destinations/mau-son/';

describe('share links', () => {
  it('encode the URL and title for each network', () => {
    expect(shareUrl('facebook', url, 'Mẫu Sơn')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    );
    expect(shareUrl('x', url, 'Mẫu Sơn & more')).toBe(
      `https://x.com/intent/post?url=${encodeURIComponent(url)}&text=M%E1%BA%ABu%20S%C6%A1n%20%26%20more`,
    );
    expect(shareUrl('weibo', url, '母山')).toBe(
      `https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}&title=%E6%AF%8D%E5%B1%B1`,
    );
  });

  it('put Weibo first for Chinese readers, Facebook otherwise', () => {
    expect(shareLinks(url, 't', 'zh')[0]!.network).toBe('weibo');
    expect(shareLinks(url, 't', 'vi')[0]!.network).toBe('facebook');
    expect(
      shareLinks(url, 't', 'en')
        .map((l) => l.network)
        .sort(),
    ).toEqual(['facebook', 'weibo', 'x']);
  });

  it('refuse relative URLs (a share page cannot resolve them)', () => {
    expect(() => shareLinks('/en/visit/', 't', 'en')).toThrow(RangeError);
  });
});

describe('QR codes', () => {
  it('are an accessible SVG sized by its viewBox', async () => {
    const svg = await qrSvg(url, { label: 'QR code: "this page" <here>' });
    expect(
      svg.startsWith(
        '<svg role="img" aria-label="QR code: &quot;this page&quot; &lt;here&gt;" class="qr" xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const size = qrSize(url) + 2 * 4;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).not.toMatch(/\swidth=|\sstyle=/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draw one dark module per set bit of the matrix', async () => {
    const svg = await qrSvg('https://example.org/', { label: 'QR', margin: 0 });
    const d = /stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
    const drawn = [...d.matchAll(/h(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    const QRCode = (await import('qrcode')).default;
    const data = QRCode.create('https://example.org/', { errorCorrectionLevel: 'M' }).modules.data;
    expect(drawn).toBe(data.reduce((n: number, bit: number) => n + bit, 0));
  });

  it('are deterministic', async () => {
    expect(await qrSvg(url, { label: 'a' })).toBe(await qrSvg(url, { label: 'a' }));
  });
});
