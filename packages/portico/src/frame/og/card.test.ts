import { describe, expect, it } from 'vitest';
import { cardText, checkColours, mix, ogCardTree, titleSize, TITLE_WIDTH, type OgCard, type OgNode } from './card.ts';

const colours = { primary: '#2a6f4e', accent: '#c0392b', surface: '#fbf8f1' };
const card: OgCard = {
  locale: 'vi',
  province: 'Tỉnh Sông Xanh',
  eyebrow: 'Đầu tư',
  title: 'Khu công nghiệp phía bắc',
  tagline: 'Cửa ngõ giao thương',
  site: 'example.org',
  colours,
};

/** Every string and every style colour in a tree. */
function walk(node: OgNode | string, out: { text: string[]; colours: string[] }) {
  if (typeof node === 'string') return void out.text.push(node);
  for (const v of Object.values(node.props.style ?? {}))
    if (typeof v === 'string' && v.startsWith('#')) out.colours.push(v);
  const kids = node.props.children;
  for (const k of Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]) walk(k, out);
  return out;
}

describe('og card layout', () => {
  it('takes the largest title size whose lines hold the title', () => {
    // A short title fits one line at 80 px; a long one steps down; a very long one is clamped at 44 px.
    expect(titleSize(TITLE_WIDTH / 80 - 0.1)).toEqual({ size: 80, lines: 1 });
    expect(titleSize(TITLE_WIDTH / 80 + 0.1)).toEqual({ size: 72, lines: 2 });
    expect(titleSize(30).size).toBe(58);
    expect(titleSize(500)).toEqual({ size: 44, lines: 3 });
    const sizes = [5, 10, 15, 20, 25, 30, 40, 60].map((em) => titleSize(em).size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('draws the texts and colours it is given, nothing province-specific of its own', () => {
    const seen = walk(ogCardTree(card, 10, 'F'), { text: [], colours: [] })!;
    expect(seen.text).toEqual([
      'Tỉnh Sông Xanh',
      'Đầu tư',
      'Khu công nghiệp phía bắc',
      'Cửa ngõ giao thương',
      'example.org',
    ]);
    expect(new Set(seen.colours)).toEqual(
      new Set([colours.primary, colours.accent, colours.surface, mix(colours.primary, colours.surface, 0.3)]),
    );
  });

  it('leaves out the eyebrow, tagline and site when not given', () => {
    const seen = walk(ogCardTree({ locale: 'zh', province: '青河省', title: '投资', colours }, 2, 'F'), {
      text: [],
      colours: [],
    })!;
    expect(seen.text).toEqual(['青河省', '投资']);
  });

  it('accepts only hex colours, since they go into SVG markup', () => {
    expect(() => checkColours({ ...colours, accent: 'red' })).toThrow(/accent/);
    expect(() => checkColours({ ...colours, primary: '#fff"/><script>' })).toThrow(/primary/);
    expect(checkColours(colours).primaryDark).toBe(colours.primary);
  });

  it('mixes colours into opaque hex', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#f00', '#00f', 1)).toBe('#ff0000');
  });

  it('lists the characters drawn in each weight', () => {
    expect(cardText(card)).toEqual({
      bold: 'Tỉnh Sông XanhĐầu tưKhu công nghiệp phía bắc',
      regular: 'Cửa ngõ giao thươngexample.org',
    });
  });
});
