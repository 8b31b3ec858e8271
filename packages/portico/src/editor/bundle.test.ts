import { describe, expect, it } from 'vitest';
import { localFonts } from './bundle.ts';

describe('the editor bundle’s fonts', () => {
  const assets = [
    'source-sans-3-latin-wght-normal-Abc123.woff2',
    'noto-mono-latin-400-normal-Xy.woff2',
    'heic_dec.wasm',
  ];

  it('points the CMS’s CDN fonts at the same files from its package', () => {
    const css =
      "src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2) format('woff2-variations'); src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)";
    const out = localFonts(css, assets);
    expect(out.code).not.toContain('jsdelivr');
    expect(out.code).toContain('url(assets/source-sans-3-latin-wght-normal-Abc123.woff2)');
    expect(out.code).toContain('url(assets/noto-mono-latin-400-normal-Xy.woff2)');
    expect(out.fonts).toEqual({
      'source-sans-3-latin-wght-normal': 'source-sans-3-latin-wght-normal-Abc123.woff2',
      'noto-mono-latin-400-normal': 'noto-mono-latin-400-normal-Xy.woff2',
    });
  });

  it('stops when the package has no local copy of a font the CMS wants', () => {
    expect(() =>
      localFonts('url(https://cdn.jsdelivr.net/fontsource/fonts/inter@5.0.0/latin-400-normal.woff2)', assets),
    ).toThrow(/inter-latin-400-normal/);
  });
});
