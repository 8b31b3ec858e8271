/** An SVG link-preview card (1200×630); the caller rasterises it. */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface OgCard {
  title: string;
  subtitle?: string;
  tagline?: string;
  colours: { primary: string; primaryDark: string; accent: string; surface: string };
  /** Wrap a long title over up to three smaller lines of about this many Latin characters. */
  wrapTitleAt?: number;
}

/** A character's rough width in Latin-character units: CJK and full-width characters count 1.7. */
const unitsOf = (ch: string) => (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1.7 : 1);

/**
 * Split a title into lines of at most `maxUnits` (see unitsOf), at spaces where there are any
 * and between characters in CJK text; the last of `maxLines` lines ends with an ellipsis if cut.
 */
export function wrapTitle(title: string, maxUnits: number, maxLines = 3): string[] {
  // Balance the lines: the narrowest width that needs no more lines than the widest.
  const lines = greedyLines(title, maxUnits);
  let best = lines;
  for (let units = maxUnits - 1; units >= Math.ceil(maxUnits / 2) && lines.length > 1; units--) {
    const attempt = greedyLines(title, units);
    if (attempt.length > lines.length) break;
    best = attempt;
  }
  if (best.length <= maxLines) return best;
  const kept = best.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S{0,3}$/, '')}…`;
  return kept;
}

function greedyLines(title: string, maxUnits: number): string[] {
  const tokens = title.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g) ?? [];
  const width = (s: string) => [...s].reduce((sum, ch) => sum + unitsOf(ch), 0);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (line && width(line + token) > maxUnits) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export function ogCardSvg({ title, subtitle, tagline, colours, wrapTitleAt }: OgCard): string {
  if (wrapTitleAt) return wrappedCardSvg({ title, subtitle, tagline, colours }, wrapTitleAt);
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

/** The card with a wrapped title: up to three 60 px lines, subtitle and tagline below them. */
function wrappedCardSvg({ title, subtitle, tagline, colours }: OgCard, wrapAt: number): string {
  const lines = wrapTitle(title, wrapAt);
  const family = 'DejaVu Sans, WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif';
  const after = 120 + lines.length * 72;
  const tspans = lines.map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : 72}">${escape(line)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${colours.surface}"/>
<path d="M0 470 C80 380 120 330 170 340 220 350 230 440 280 440 330 440 350 300 420 290 490 280 500 430 560 430 620 430 640 350 700 340 760 330 780 440 850 440 920 440 950 260 1030 250 1110 240 1130 420 1200 420 V630 H0Z" fill="${colours.primary}" opacity=".35"/>
<path d="M0 540 C200 500 400 580 600 540 800 500 1000 570 1200 530 V630 H0Z" fill="${colours.primary}"/>
<rect x="0" y="0" width="1200" height="14" fill="${colours.accent}"/>
${subtitle ? `<text x="80" y="96" font-family="${family}" font-size="34" font-weight="700" fill="${colours.accent}">${escape(subtitle)}</text>` : ''}
<text x="80" y="170" font-family="${family}" font-size="60" font-weight="700" fill="${colours.primaryDark}">${tspans}</text>
${tagline ? `<text x="80" y="${after + 20}" font-family="${family}" font-size="30" fill="${colours.primaryDark}" opacity=".85">${escape(tagline)}</text>` : ''}
</svg>`;
}
