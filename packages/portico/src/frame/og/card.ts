/**
 * The open-graph card (1200×630) as a layout description: a tree of plain element objects
 * ({ type, props: { style, children } }) that satori lays out. Pure: no fonts, no I/O; the
 * province, section, title and colours all come in with the card.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type OgLocale = 'vi' | 'en' | 'zh';

export interface OgColours {
  /** The brand colour: the mark and the hills at the bottom. */
  primary: string;
  /** Text on the surface; the primary colour when not given. */
  primaryDark?: string;
  /** The top bar and the eyebrow. */
  accent: string;
  /** The card's background. */
  surface: string;
}

export interface OgCard {
  /** The language of the card's text (line breaking; the `lang` of the layout). */
  locale: OgLocale;
  /** The province's name in the card's language, beside the mark. */
  province: string;
  /** The section the page belongs to, above the title ("Đầu tư", "Invest", "投资"). */
  eyebrow?: string;
  title: string;
  /** A line under the title. */
  tagline?: string;
  /** The site's host, shown in the bottom band ("example.org"). */
  site?: string;
  colours: OgColours;
  /**
   * The province's own mark as SVG markup (drawn at 64×64). A mark with <text> draws none of
   * it: the rasteriser loads no fonts. Without it a plain mark is drawn in the card's colours.
   */
  markSvg?: string;
}

/** An element in satori's tree. */
export interface OgNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: OgNode | string | (OgNode | string)[];
    [key: string]: unknown;
  };
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The colours of a card, checked: they go into SVG markup, so only hex colours are taken. */
export function checkColours(colours: OgColours): Required<OgColours> {
  for (const [name, value] of Object.entries(colours)) {
    if (value !== undefined && !HEX.test(value))
      throw new Error(`og card: colour ${name} "${value}" is not #rgb or #rrggbb`);
  }
  return { ...colours, primaryDark: colours.primaryDark ?? colours.primary };
}

/** Every character the card draws in each weight, for subsetting and the coverage check. */
export function cardText(card: OgCard): { bold: string; regular: string } {
  return {
    bold: [card.province, card.eyebrow ?? '', card.title].join(''),
    regular: [card.tagline ?? '', card.site ?? ''].join(''),
  };
}

/** Title sizes from largest to smallest, with the lines each may take. */
const TITLE_STEPS = [
  { size: 80, lines: 1 },
  { size: 72, lines: 2 },
  { size: 64, lines: 2 },
  { size: 58, lines: 3 },
  { size: 50, lines: 3 },
  { size: 44, lines: 3 },
] as const;

/** The width the title may use, in px. */
export const TITLE_WIDTH = 1040;

/**
 * The title's font size: the largest step whose lines hold the title, from its width in em
 * (the sum of the glyphs' advances in the bold font, divided by units per em). Lines are
 * taken as 85 % full, since they break at spaces (or between CJK characters). A title too
 * long for the smallest step is cut after three lines with an ellipsis.
 */
export function titleSize(titleEm: number): { size: number; lines: number } {
  for (const step of TITLE_STEPS) {
    if (titleEm * step.size <= TITLE_WIDTH * (step.lines === 1 ? 1 : step.lines * 0.85)) return step;
  }
  return TITLE_STEPS[TITLE_STEPS.length - 1]!;
}

const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;

/** The plain mark: a rounded square in the primary colour with two peaks and a sun. */
export function defaultMarkSvg(c: Required<OgColours>): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${c.primary}"/><circle cx="44" cy="20" r="7" fill="${c.accent}"/><path d="M6 52 L24 24 L33 37 L40 28 L58 52 Z" fill="${c.surface}"/></svg>`;
}

/**
 * Hills and a band along the bottom in the primary colour, drawn as ellipses (satori draws
 * them as paths in the card itself; an SVG picture here cost the rasteriser twice the time).
 */
function hills(c: Required<OgColours>): OgNode[] {
  const far = mix(c.primary, c.surface, 0.3);
  const ellipse = (left: number, top: number, width: number, height: number, colour: string): OgNode => ({
    type: 'div',
    props: { style: { position: 'absolute', left, top, width, height, borderRadius: '50%', backgroundColor: colour } },
  });
  return [
    ellipse(-160, 518, 560, 300, far),
    ellipse(250, 496, 620, 340, far),
    ellipse(760, 512, 640, 320, far),
    ellipse(-240, 552, 1680, 420, c.primary),
  ];
}

/** `share` of colour `a` over colour `b` (both hex), as opaque hex: overlapping shapes keep one colour. */
export function mix(a: string, b: string, share: number): string {
  const rgb = (hex: string) => {
    const h = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  };
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x
    .map((v, i) =>
      Math.round(v * share + y[i]! * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const LANG: Record<OgLocale, string> = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' };

/**
 * The card's tree. `titleEm` is the title's width in em in the bold font (see titleSize);
 * `fontFamily` the name the fonts are given to satori under.
 */
export function ogCardTree(card: OgCard, titleEm: number, fontFamily: string): OgNode {
  const c = checkColours(card.colours);
  const { size, lines } = titleSize(titleEm);
  const mark = card.markSvg ?? defaultMarkSvg(c);
  const content: OgNode[] = [
    {
      type: 'div',
      props: {
        style: { display: 'flex', alignItems: 'center' },
        children: [
          { type: 'img', props: { src: svgUri(mark), width: 64, height: 64, style: { width: 64, height: 64 } } },
          {
            type: 'div',
            props: {
              style: { marginLeft: 22, fontSize: 32, fontWeight: 700, color: c.primaryDark },
              children: card.province,
            },
          },
        ],
      },
    },
  ];
  if (card.eyebrow) {
    content.push({
      type: 'div',
      props: { style: { marginTop: 44, fontSize: 30, fontWeight: 700, color: c.accent }, children: card.eyebrow },
    });
  }
  content.push({
    type: 'div',
    props: {
      style: {
        display: 'block',
        marginTop: card.eyebrow ? 10 : 44,
        width: TITLE_WIDTH,
        fontSize: size,
        fontWeight: 700,
        lineHeight: 1.18,
        color: c.primaryDark,
        lineClamp: lines === 1 ? 2 : 3,
      },
      children: card.title,
    },
  });
  if (card.tagline) {
    content.push({
      type: 'div',
      props: {
        style: {
          marginTop: 18,
          width: TITLE_WIDTH,
          fontSize: 30,
          fontWeight: 400,
          color: c.primaryDark,
          opacity: 0.85,
          lineClamp: 1,
        },
        children: card.tagline,
      },
    });
  }
  const children: OgNode[] = [
    {
      type: 'div',
      props: {
        style: { position: 'absolute', top: 0, left: 0, width: CARD_WIDTH, height: 14, backgroundColor: c.accent },
      },
    },
    ...hills(c),
    {
      type: 'div',
      props: { style: { display: 'flex', flexDirection: 'column', padding: '62px 80px 0 80px' }, children: content },
    },
  ];
  if (card.site) {
    children.push({
      type: 'div',
      props: {
        style: { position: 'absolute', right: 80, bottom: 16, fontSize: 24, fontWeight: 400, color: c.surface },
        children: card.site,
      },
    });
  }
  return {
    type: 'div',
    props: {
      lang: LANG[card.locale],
      style: {
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        backgroundColor: c.surface,
        fontFamily,
      },
      children,
    },
  };
}
