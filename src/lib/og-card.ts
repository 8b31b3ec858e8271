/** An SVG link-preview card (1200×630); the caller rasterises it. */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface OgCard {
  title: string;
  subtitle?: string;
  tagline?: string;
  colours: { primary: string; primaryDark: string; accent: string; surface: string };
}

export function ogCardSvg({ title, subtitle, tagline, colours }: OgCard): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${colours.surface}"/>
<path d="M0 470 C80 380 120 330 170 340 220 350 230 440 280 440 330 440 350 300 420 290 490 280 500 430 560 430 620 430 640 350 700 340 760 330 780 440 850 440 920 440 950 260 1030 250 1110 240 1130 420 1200 420 V630 H0Z" fill="${colours.primary}" opacity=".35"/>
<path d="M0 540 C200 500 400 580 600 540 800 500 1000 570 1200 530 V630 H0Z" fill="${colours.primary}"/>
<rect x="0" y="0" width="1200" height="14" fill="${colours.accent}"/>
<text x="80" y="170" font-family="DejaVu Sans, sans-serif" font-size="84" font-weight="700" fill="${colours.primaryDark}">${escape(title)}</text>
${subtitle ? `<text x="80" y="240" font-family="DejaVu Sans, WenQuanYi Micro Hei, sans-serif" font-size="40" fill="${colours.primaryDark}">${escape(subtitle)}</text>` : ''}
${tagline ? `<text x="80" y="310" font-family="DejaVu Sans, sans-serif" font-size="32" fill="${colours.primaryDark}" opacity=".8">${escape(tagline)}</text>` : ''}
</svg>`;
}
