/**
 * The press section's project illustrations (border gate, tính lute, Kỳ Cùng river, railway),
 * drawn as simple SVG here and rendered to small palette PNGs in src/content/media/ (each beside
 * its media record). Credited "Portico project illustration", CC BY 4.0, any use.
 *
 *   npx node scripts/illustrations/press.ts                 # all
 *   npx node scripts/illustrations/press.ts then-tinh-lute  # one
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const OUT = resolve(import.meta.dirname, '../../src/content/media');
const W = 1600;
const H = 900;
const sky = (a: string, b: string): string =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
/** Karst towers: rounded limestone hills, each [x, height, half-width]. */
const karst = (y: number, color: string, peaks: [x: number, h: number, w: number][]): string =>
  `<path fill="${color}" d="M0 ${H} L0 ${y} ${peaks.map(([x, h, w]) => `L${x - w} ${y} C${x - w} ${y - h}, ${x - w / 3} ${y - h * 1.15}, ${x} ${y - h} C${x + w / 3} ${y - h * 1.15}, ${x + w} ${y - h}, ${x + w} ${y}`).join(' ')} L${W} ${y} L${W} ${H} Z"/>`;
const svgs: Record<string, string> = {
  'huu-nghi-border-gate': `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${sky('#cfe3f0', '#f7f4ec')}
    ${karst(560, '#8fb39b', [
      [180, 200, 120],
      [420, 260, 140],
      [1180, 240, 130],
      [1430, 190, 120],
    ])}
    ${karst(640, '#5f8f70', [
      [80, 120, 100],
      [1520, 140, 110],
    ])}
    <rect x="0" y="640" width="${W}" height="260" fill="#6f9a5d"/>
    <path d="M700 900 L780 600 L820 600 L900 900 Z" fill="#4a4f4c"/>
    <path d="M798 900 L799 600 L801 600 L802 900 Z" fill="#e0b64a"/>
    <rect x="560" y="380" width="480" height="230" fill="#f2efe6" stroke="#143d27" stroke-width="6"/>
    <rect x="720" y="470" width="160" height="140" fill="#4a4f4c"/>
    <path d="M530 390 L800 300 L1070 390 Z" fill="#b3261e"/>
    <rect x="600" y="420" width="80" height="50" fill="#9cc3d8"/><rect x="920" y="420" width="80" height="50" fill="#9cc3d8"/>
    <rect x="780" y="230" width="6" height="80" fill="#143d27"/><path d="M786 232 L846 250 L786 268 Z" fill="#b3261e"/>
  </svg>`,
  'then-tinh-lute': `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${sky('#f3e3c3', '#f7f4ec')}
    <circle cx="560" cy="560" r="210" fill="#8a5a2b" stroke="#5b3a1a" stroke-width="10"/>
    <circle cx="560" cy="560" r="165" fill="#e9d3a6"/>
    <rect x="700" y="535" width="760" height="50" rx="18" fill="#6b4423" transform="rotate(-18 700 560)"/>
    <g transform="rotate(-18 700 560)"><rect x="1400" y="515" width="90" height="90" rx="14" fill="#5b3a1a"/>
      <circle cx="1430" cy="505" r="14" fill="#e0b64a"/><circle cx="1470" cy="505" r="14" fill="#e0b64a"/><circle cx="1450" cy="615" r="14" fill="#e0b64a"/>
      <line x1="420" y1="548" x2="1420" y2="548" stroke="#f7f4ec" stroke-width="3"/><line x1="420" y1="560" x2="1420" y2="560" stroke="#f7f4ec" stroke-width="3"/><line x1="420" y1="572" x2="1420" y2="572" stroke="#f7f4ec" stroke-width="3"/></g>
    <rect x="520" y="600" width="80" height="24" rx="6" fill="#5b3a1a"/>
    <path d="M120 820 C 400 760, 1200 760, 1480 820 L1480 900 L120 900 Z" fill="#1f5d3a" opacity="0.85"/>
    <path d="M300 180 q 40 -60 80 0 t 80 0 t 80 0" fill="none" stroke="#b3261e" stroke-width="10" stroke-linecap="round"/>
    <path d="M1040 170 q 40 -60 80 0 t 80 0" fill="none" stroke="#1f5d3a" stroke-width="10" stroke-linecap="round"/>
  </svg>`,
  'ky-cung-river': `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${sky('#d7ebf2', '#fbf6e8')}
    <circle cx="1280" cy="170" r="70" fill="#f3d27a"/>
    ${karst(520, '#9fbfa7', [
      [150, 230, 110],
      [360, 300, 120],
      [620, 210, 110],
      [1000, 280, 130],
      [1300, 220, 120],
      [1520, 260, 110],
    ])}
    ${karst(600, '#6d9a7b', [
      [260, 150, 120],
      [820, 170, 120],
      [1180, 140, 110],
    ])}
    <rect x="0" y="600" width="${W}" height="300" fill="#7fa86a"/>
    <path d="M0 720 C 300 650, 600 800, 900 720 C 1150 655, 1350 760, 1600 700 L1600 800 C 1350 860, 1150 760, 900 820 C 600 900, 300 760, 0 830 Z" fill="#4f8fb3"/>
    <path d="M100 760 C 300 720, 500 800, 700 770" fill="none" stroke="#d7ebf2" stroke-width="6" stroke-linecap="round"/>
    <path d="M1000 760 C 1150 730, 1300 790, 1450 750" fill="none" stroke="#d7ebf2" stroke-width="6" stroke-linecap="round"/>
  </svg>`,
  'dong-dang-railway': `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${sky('#dbe8ee', '#f7f4ec')}
    ${karst(560, '#a3c2ab', [
      [240, 220, 120],
      [560, 180, 110],
      [1100, 250, 130],
      [1420, 200, 120],
    ])}
    <rect x="0" y="560" width="${W}" height="340" fill="#7fa86a"/>
    <rect x="0" y="720" width="${W}" height="40" fill="#8c7b6b"/>
    ${Array.from({ length: 33 }, (_, i) => `<rect x="${i * 50}" y="716" width="18" height="48" fill="#5b4a3a"/>`).join('')}
    <rect x="0" y="722" width="${W}" height="6" fill="#3b3b3b"/><rect x="0" y="748" width="${W}" height="6" fill="#3b3b3b"/><rect x="0" y="736" width="${W}" height="4" fill="#3b3b3b"/>
    <rect x="260" y="560" width="360" height="150" rx="14" fill="#1f5d3a"/>
    <rect x="640" y="570" width="340" height="140" rx="10" fill="#2a7f62"/>
    <rect x="1000" y="570" width="340" height="140" rx="10" fill="#2a7f62"/>
    <rect x="230" y="600" width="60" height="90" rx="10" fill="#143d27"/>
    ${[300, 380, 460, 540, 680, 760, 840, 920, 1040, 1120, 1200, 1280].map((x) => `<rect x="${x}" y="590" width="56" height="44" rx="6" fill="#cfe3f0"/>`).join('')}
    <rect x="260" y="655" width="1080" height="10" fill="#e0b64a"/>
    ${[320, 560, 700, 920, 1060, 1280].map((x) => `<circle cx="${x}" cy="714" r="20" fill="#2b2b2b"/>`).join('')}
  </svg>`,
};

const only = process.argv.slice(2);
for (const [id, svg] of Object.entries(svgs)) {
  if (only.length && !only.includes(id)) continue;
  const png = await sharp(Buffer.from(svg))
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10, dither: 0 })
    .toBuffer();
  await writeFile(join(OUT, `${id}.png`), png);
  console.log(`${id}.png ${png.length} bytes`);
}
