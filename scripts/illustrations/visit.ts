/**
 * The Visit and Culture sections' project illustrations, drawn as SVG here and rendered to small
 * palette PNGs in src/content/media/ (each beside its media record). Used where no licensed
 * photograph exists; credited "Portico project illustration", CC BY 4.0.
 *
 *   npx node scripts/illustrations/visit.ts           # all
 *   npx node scripts/illustrations/visit.ts market    # one
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const W = 1600;
const H = 900;
const OUT = resolve(import.meta.dirname, '../../src/content/media');

/** A small deterministic random generator, so every run draws the same picture. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const svg = (body: string, sky = '#dcebef') =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${sky}"/>${body}</svg>`;

/** A limestone tower: steep sides, rounded top. */
function peak(x: number, base: number, w: number, h: number, fill: string): string {
  const l = x - w / 2;
  const r = x + w / 2;
  return `<path fill="${fill}" d="M${l} ${base}C${l + w * 0.05} ${base - h * 0.7} ${x - w * 0.32} ${base - h} ${x} ${base - h}C${x + w * 0.32} ${base - h} ${r - w * 0.05} ${base - h * 0.7} ${r} ${base}Z"/>`;
}

/** A row of towers across the picture. */
function range(seed: number, base: number, minH: number, maxH: number, fill: string, step = 170): string {
  const rnd = random(seed);
  let out = '';
  for (let x = -60; x < W + 120; x += step * (0.7 + rnd() * 0.6)) {
    out += peak(x, base + 4, step * (1 + rnd() * 0.6), minH + rnd() * (maxH - minH), fill);
  }
  return out + `<rect x="0" y="${base}" width="${W}" height="${H - base}" fill="${fill}"/>`;
}

/** Rice terraces / fields: soft bands to the bottom. */
function fields(top: number, colours: string[], seed: number): string {
  const rnd = random(seed);
  let out = '';
  let y = top;
  let i = 0;
  while (y < H) {
    const h = 34 + rnd() * 40 + (y - top) * 0.18;
    const c = colours[i % colours.length]!;
    out += `<path fill="${c}" d="M0 ${y + rnd() * 12}Q${W * 0.3} ${y - 18} ${W * 0.55} ${y + 6}T${W} ${y + rnd() * 10}V${H}H0Z"/>`;
    y += h;
    i++;
  }
  return out;
}

const cloud = (x: number, y: number, s: number, fill = '#f6f8f9') =>
  `<g fill="${fill}"><ellipse cx="${x}" cy="${y}" rx="${120 * s}" ry="${34 * s}"/><ellipse cx="${x - 70 * s}" cy="${y + 8 * s}" rx="${80 * s}" ry="${26 * s}"/><ellipse cx="${x + 80 * s}" cy="${y + 6 * s}" rx="${90 * s}" ry="${24 * s}"/></g>`;

const pine = (x: number, base: number, h: number, fill: string) =>
  `<path fill="${fill}" d="M${x} ${base - h}L${x + h * 0.28} ${base - h * 0.45}H${x + h * 0.12}L${x + h * 0.36} ${base}H${x - h * 0.36}L${x - h * 0.12} ${base - h * 0.45}H${x - h * 0.28}Z"/>`;

/** A Tày/Nùng house on stilts. */
function stiltHouse(x: number, base: number, s: number): string {
  const w = 300 * s;
  const floor = base - 90 * s;
  const eave = floor - 110 * s;
  const ridge = eave - 120 * s;
  let stilts = '';
  for (let i = 0; i <= 5; i++)
    stilts += `<rect x="${x + (i * (w - 16 * s)) / 5}" y="${floor}" width="${14 * s}" height="${base - floor}" fill="#5a3b22"/>`;
  return (
    stilts +
    `<rect x="${x - 10 * s}" y="${floor - 14 * s}" width="${w + 20 * s}" height="${16 * s}" fill="#6b4528"/>` +
    `<rect x="${x}" y="${eave}" width="${w}" height="${floor - eave}" fill="#b98448"/>` +
    `<rect x="${x + 40 * s}" y="${eave + 30 * s}" width="${50 * s}" height="${40 * s}" fill="#4a2f1c"/>` +
    `<rect x="${x + w - 90 * s}" y="${eave + 30 * s}" width="${50 * s}" height="${40 * s}" fill="#4a2f1c"/>` +
    `<path fill="#5b3a29" d="M${x - 50 * s} ${eave + 8 * s}L${x + 40 * s} ${ridge}H${x + w - 40 * s}L${x + w + 50 * s} ${eave + 8 * s}Z"/>` +
    `<path fill="none" stroke="#3f271b" stroke-width="${4 * s}" d="M${x - 20 * s} ${eave - 20 * s}H${x + w + 20 * s}M${x + 10 * s} ${eave - 50 * s}H${x + w - 10 * s}M${x + 30 * s} ${eave - 85 * s}H${x + w - 30 * s}"/>` +
    `<path fill="none" stroke="#5a3b22" stroke-width="${8 * s}" d="M${x + w * 0.45} ${floor}L${x + w * 0.3} ${base}"/>` +
    `<path fill="none" stroke="#5a3b22" stroke-width="${4 * s}" d="M${x + w * 0.43} ${floor + 20 * s}h${-20 * s}M${x + w * 0.4} ${floor + 45 * s}h${-20 * s}M${x + w * 0.36} ${floor + 70 * s}h${-20 * s}"/>`
  );
}

/** A temple hall with a double roof and upturned eaves. */
function templeHall(cx: number, base: number, s: number): string {
  const w = 560 * s;
  const l = cx - w / 2;
  const wallTop = base - 170 * s;
  const roof1 = (y: number, half: number, depth: number) =>
    `<path fill="#5b3a29" d="M${cx - half - 40 * s} ${y - 34 * s}Q${cx - half} ${y} ${cx - half + 40 * s} ${y}H${cx + half - 40 * s}Q${cx + half} ${y} ${cx + half + 40 * s} ${y - 34 * s}L${cx + half - 30 * s} ${y - depth}H${cx - half + 30 * s}Z"/>` +
    `<path fill="none" stroke="#e0b64a" stroke-width="${6 * s}" d="M${cx - half + 30 * s} ${y - depth}H${cx + half - 30 * s}"/>`;
  return (
    `<rect x="${l - 40 * s}" y="${base}" width="${w + 80 * s}" height="${40 * s}" fill="#cfc6b0"/>` +
    `<rect x="${l - 80 * s}" y="${base + 40 * s}" width="${w + 160 * s}" height="${30 * s}" fill="#bdb39a"/>` +
    `<rect x="${l}" y="${wallTop}" width="${w}" height="${base - wallTop}" fill="#eadcb8"/>` +
    [0, 1, 2]
      .map(
        (i) =>
          `<rect x="${l + 60 * s + i * 170 * s}" y="${wallTop + 40 * s}" width="${100 * s}" height="${base - wallTop - 40 * s}" fill="#a8322a"/>`,
      )
      .join('') +
    [0, 1, 2, 3]
      .map(
        (i) =>
          `<rect x="${l + 20 * s + i * 170 * s}" y="${wallTop}" width="${22 * s}" height="${base - wallTop}" fill="#7d2a22"/>`,
      )
      .join('') +
    roof1(wallTop, w / 2 + 30 * s, 70 * s) +
    roof1(wallTop - 90 * s, w / 2 - 70 * s, 60 * s) +
    `<circle cx="${cx}" cy="${wallTop - 165 * s}" r="${14 * s}" fill="#e0b64a"/>` +
    `<path fill="none" stroke="#e0b64a" stroke-width="${7 * s}" stroke-linecap="round" d="M${cx - 140 * s} ${wallTop - 150 * s}q${-20 * s} ${-30 * s} ${-50 * s} ${-10 * s}M${cx + 140 * s} ${wallTop - 150 * s}q${20 * s} ${-30 * s} ${50 * s} ${-10 * s}"/>`
  );
}

const tree = (x: number, base: number, s: number, leaf = '#3f7a5a') =>
  `<rect x="${x - 12 * s}" y="${base - 200 * s}" width="${24 * s}" height="${200 * s}" fill="#6b4a2f"/>` +
  `<g fill="${leaf}"><circle cx="${x}" cy="${base - 250 * s}" r="${90 * s}"/><circle cx="${x - 80 * s}" cy="${base - 200 * s}" r="${70 * s}"/><circle cx="${x + 85 * s}" cy="${base - 205 * s}" r="${72 * s}"/><circle cx="${x + 20 * s}" cy="${base - 330 * s}" r="${60 * s}"/></g>`;

type Drawing = { id: string; draw: () => string };

const DRAWINGS: Drawing[] = [
  {
    id: 'karst-valley',
    draw: () =>
      svg(
        `<circle cx="1230" cy="190" r="80" fill="#f3d98b"/>` +
          cloud(420, 170, 0.9) +
          range(3, 470, 170, 300, '#b5cdbf', 150) +
          range(7, 540, 140, 250, '#7fa98f', 190) +
          range(11, 600, 90, 200, '#4f8765', 260) +
          fields(590, ['#9cc46b', '#c9d96f', '#86b55c', '#b5cf66'], 5) +
          stiltHouse(260, 640, 0.55) +
          `<path fill="none" stroke="#d7e8ee" stroke-width="22" stroke-linecap="round" d="M1600 700C1300 660 1180 760 900 730S500 820 380 900"/>`,
      ),
  },
  {
    id: 'mountain-clouds',
    draw: () => {
      const rnd = random(21);
      let pines = '';
      for (let x = 20; x < W; x += 38 + rnd() * 40) pines += pine(x, 820 + rnd() * 60, 80 + rnd() * 70, '#1f4a34');
      return svg(
        `<path fill="#9fb8c4" d="M0 430L220 330L420 390L640 250L820 330L1010 210L1220 320L1420 260L1600 330V900H0Z"/>` +
          `<path fill="#eef3f5" d="M640 250L700 282L660 290L610 268ZM1010 210L1075 245L1030 255L975 232Z"/>` +
          cloud(300, 430, 1.6) +
          cloud(1150, 400, 1.9) +
          `<path fill="#628f7c" d="M0 600L260 470L500 560L760 450L1000 540L1260 460L1600 560V900H0Z"/>` +
          cloud(760, 590, 2.2, '#f3f6f7') +
          `<path fill="#2f5f46" d="M0 760L300 650L620 720L900 640L1240 730L1600 650V900H0Z"/>` +
          pines,
        '#cfe0ea',
      );
    },
  },
  {
    id: 'cave-mouth',
    draw: () => {
      let drips = '';
      for (let x = 560; x <= 1040; x += 48)
        drips += `<path fill="#6d786f" d="M${x - 14} 300L${x} ${360 + ((x * 7) % 60)}L${x + 14} 300Z"/>`;
      return svg(
        `<path fill="#8d9a8f" d="M0 0H1600V900H0Z"/>` +
          `<path fill="#7b887d" d="M0 120Q400 60 700 140T1600 90V0H0Z"/>` +
          `<g fill="#4f8765"><circle cx="160" cy="150" r="90"/><circle cx="300" cy="110" r="70"/><circle cx="1400" cy="140" r="100"/><circle cx="1520" cy="210" r="80"/><circle cx="90" cy="700" r="120"/><circle cx="1530" cy="720" r="110"/></g>` +
          `<path fill="#2b2f2c" d="M420 900V560Q420 280 800 270Q1180 280 1180 560V900Z"/>` +
          drips +
          `<path fill="#3a3f3b" d="M520 900V640H1080V900Z"/>` +
          `<rect x="640" y="560" width="320" height="160" fill="#eadcb8"/>` +
          `<rect x="690" y="600" width="70" height="120" fill="#a8322a"/><rect x="840" y="600" width="70" height="120" fill="#a8322a"/>` +
          `<path fill="#5b3a29" d="M590 580Q620 560 650 560H950Q980 560 1010 580L960 520H640Z"/>` +
          `<path fill="none" stroke="#e0b64a" stroke-width="6" d="M640 520H960"/>` +
          `<circle cx="800" cy="640" r="26" fill="#f3d98b"/>` +
          [0, 1, 2, 3, 4, 5]
            .map(
              (i) =>
                `<rect x="${700 - i * 28}" y="${720 + i * 30}" width="${200 + i * 56}" height="30" fill="${i % 2 ? '#c9c2ad' : '#d8d1bc'}"/>`,
            )
            .join(''),
        '#8d9a8f',
      );
    },
  },
  {
    id: 'temple',
    draw: () =>
      svg(
        range(31, 520, 120, 240, '#b9cfc2', 210) +
          `<rect x="0" y="640" width="${W}" height="260" fill="#d9cdb0"/>` +
          tree(230, 700, 1.05) +
          tree(1400, 710, 0.9, '#4f8765') +
          templeHall(800, 620, 1) +
          `<rect x="760" y="700" width="80" height="60" fill="#8a6d3b"/><rect x="745" y="690" width="110" height="16" fill="#6f5630"/>` +
          `<path fill="none" stroke="#c9c2ad" stroke-width="4" d="M780 690q-10 -40 8 -70M800 690q-6 -50 10 -90M820 690q8 -40 -6 -70"/>`,
        '#e7efe9',
      ),
  },
  {
    id: 'market',
    draw: () => {
      const stall = (x: number, a: string, b: string, goods: string) => {
        let stripes = '';
        for (let i = 0; i < 8; i++)
          stripes += `<path fill="${i % 2 ? b : a}" d="M${x + i * 55} 300H${x + (i + 1) * 55}L${x + (i + 1) * 55 + 6} 400H${x + i * 55 + 6}Z"/>`;
        let scallops = '';
        for (let i = 0; i < 8; i++)
          scallops += `<path fill="${i % 2 ? b : a}" d="M${x + i * 55 + 6} 400a27.5 24 0 0 0 55 0Z"/>`;
        return (
          `<rect x="${x + 10}" y="330" width="14" height="400" fill="#6b4a2f"/><rect x="${x + 420}" y="330" width="14" height="400" fill="#6b4a2f"/>` +
          stripes +
          scallops +
          `<rect x="${x - 10}" y="600" width="470" height="26" fill="#8a5a33"/><rect x="${x}" y="626" width="450" height="110" fill="#a06a3d"/>` +
          goods
        );
      };
      const basket = (cx: number, fill: string, fruit: string) =>
        `<ellipse cx="${cx}" cy="592" rx="70" ry="22" fill="${fruit}"/><path fill="${fill}" d="M${cx - 75} 590H${cx + 75}L${cx + 58} 606H${cx - 58}Z"/>` +
        [-40, -10, 20, 45]
          .map((d, i) => `<circle cx="${cx + d}" cy="${578 - (i % 2) * 8}" r="16" fill="${fruit}"/>`)
          .join('');
      const duck = (cx: number) =>
        `<path fill="none" stroke="#3f271b" stroke-width="4" d="M${cx} 410V440"/><path fill="#9c4d1e" d="M${cx} 440c34 10 40 70 10 100c-8 8 -22 8 -30 0c-30 -30 -24 -90 20 -100Z"/><path fill="#c9742f" d="M${cx + 4} 460c14 10 16 40 4 56c-10 -14 -12 -40 -4 -56Z"/>`;
      return svg(
        `<rect x="0" y="0" width="${W}" height="740" fill="#f1e6cc"/>` +
          `<g fill="#e5d6b4"><rect x="60" y="80" width="200" height="160"/><rect x="1330" y="80" width="200" height="160"/></g>` +
          `<path fill="none" stroke="#6b4a2f" stroke-width="3" d="M0 150Q800 230 1600 150"/>` +
          [180, 420, 660, 900, 1140, 1380]
            .map(
              (x, i) =>
                `<ellipse cx="${x}" cy="${180 + Math.sin(i) * 12}" rx="26" ry="34" fill="#b3261e"/><rect x="${x - 10}" y="${140 + Math.sin(i) * 12}" width="20" height="10" fill="#e0b64a"/>`,
            )
            .join('') +
          stall(90, '#b3261e', '#f7f4ec', basket(200, '#c89b4f', '#e58a2b') + basket(380, '#c89b4f', '#5b9a4a')) +
          stall(600, '#1f5d3a', '#f7f4ec', duck(700) + duck(780) + duck(860) + basket(800, '#c89b4f', '#d9b45a')) +
          stall(1110, '#b3261e', '#f7f4ec', basket(1220, '#c89b4f', '#7a4a8c') + basket(1400, '#c89b4f', '#e0b64a')) +
          `<rect x="0" y="736" width="${W}" height="164" fill="#d9cdb0"/>`,
        '#f1e6cc',
      );
    },
  },
  {
    id: 'mountain-pass',
    draw: () =>
      svg(
        `<path fill="#a9c3b5" d="M0 420L160 300L300 380L420 260L560 400L640 520H0Z"/>` +
          `<path fill="#a9c3b5" d="M1600 420L1450 290L1330 370L1200 250L1060 380L960 520H1600Z"/>` +
          `<path fill="#6f9c83" d="M0 560L120 380L230 470L340 330L470 470L600 640L0 700Z"/>` +
          `<path fill="#6f9c83" d="M1600 560L1490 370L1380 460L1270 320L1140 460L1000 640L1600 700Z"/>` +
          `<path fill="#8fbd6a" d="M560 520H1040L1600 900H0Z"/>` +
          `<path fill="#a9cc72" d="M640 600H960L1200 760H400Z"/>` +
          `<path fill="none" stroke="#9fc7d6" stroke-width="34" stroke-linecap="round" d="M800 520C760 600 900 640 840 720S620 820 560 900"/>` +
          `<path fill="none" stroke="#cdbb8c" stroke-width="18" d="M760 520C820 620 700 680 860 760S1100 850 1150 900"/>` +
          `<path fill="#3f7a5a" d="M0 900V640L140 520L260 600L380 560L470 700L420 900Z"/><path fill="#3f7a5a" d="M1600 900V640L1460 520L1340 600L1220 560L1130 700L1180 900Z"/>`,
        '#dcebef',
      ),
  },
  {
    id: 'roast-duck',
    draw: () => {
      const rnd = random(51);
      let leaves = '';
      for (let i = 0; i < 22; i++) {
        const a = (i / 22) * Math.PI * 2;
        const x = 800 + Math.cos(a) * (420 + rnd() * 40);
        const y = 470 + Math.sin(a) * (200 + rnd() * 20);
        leaves += `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="38" ry="15" fill="${i % 3 ? '#4f7d3a' : '#6a9a45'}" transform="rotate(${((a * 180) / Math.PI + 90).toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)})"/>`;
      }
      return svg(
        `<path fill="#e9dcc3" d="M0 0H1600V900H0Z"/>` +
          `<g fill="#e0cfae">${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${i * 200}" y="0" width="100" height="900"/>`).join('')}</g>` +
          `<ellipse cx="800" cy="500" rx="520" ry="250" fill="#c9bda4"/>` +
          `<ellipse cx="800" cy="470" rx="500" ry="240" fill="#fbfaf6"/><ellipse cx="800" cy="470" rx="430" ry="195" fill="#efece3"/>` +
          leaves +
          `<path fill="#8d4217" d="M520 470C520 360 700 320 860 340C1000 360 1090 420 1080 490C1070 570 940 600 800 596C640 592 520 560 520 470Z"/>` +
          `<path fill="#b5602a" d="M580 450C600 390 720 370 840 380C940 390 1000 420 1000 450C960 430 860 420 760 425C680 430 610 440 580 450Z"/>` +
          `<path fill="#8d4217" d="M1040 450C1110 430 1160 470 1150 520L1100 520C1100 490 1080 475 1050 480Z"/>` +
          `<path fill="#7a3a15" d="M640 560L600 620L640 630L690 575Z"/>` +
          `<ellipse cx="1260" cy="760" rx="110" ry="40" fill="#fbfaf6"/><ellipse cx="1260" cy="752" rx="85" ry="26" fill="#6b3a1d"/>`,
        '#e9dcc3',
      );
    },
  },
  {
    id: 'indigo-cloth',
    draw: () => {
      const cloth = (x: number, w: number, h: number, c1: string, c2: string) =>
        `<path fill="${c1}" d="M${x} 250H${x + w}V${250 + h}Q${x + w / 2} ${250 + h + 30} ${x} ${250 + h}Z"/>` +
        `<path fill="${c2}" d="M${x + w * 0.3} 250H${x + w * 0.45}V${250 + h + 12}H${x + w * 0.3}Z"/>` +
        `<path fill="none" stroke="#e8eef6" stroke-width="4" stroke-dasharray="10 8" d="M${x + 10} ${250 + h - 40}H${x + w - 10}"/>`;
      return svg(
        range(61, 560, 120, 230, '#b9cfc2', 230) +
          `<rect x="0" y="700" width="${W}" height="200" fill="#cdbb8c"/>` +
          `<rect x="140" y="200" width="16" height="560" fill="#8a6a3b"/><rect x="1440" y="200" width="16" height="560" fill="#8a6a3b"/>` +
          `<rect x="120" y="236" width="1360" height="18" rx="9" fill="#c9a35a"/>` +
          cloth(210, 210, 380, '#1f3a6b', '#2c4f8a') +
          cloth(450, 170, 330, '#2c4f8a', '#3d6aa8') +
          cloth(650, 230, 410, '#17305c', '#1f3a6b') +
          cloth(910, 180, 300, '#3d6aa8', '#2c4f8a') +
          cloth(1120, 230, 360, '#1f3a6b', '#17305c') +
          `<path fill="#7a5a3a" d="M1180 700H1420L1400 860H1200Z"/><ellipse cx="1300" cy="700" rx="120" ry="26" fill="#1c2f57"/>` +
          `<path fill="none" stroke="#5a4028" stroke-width="8" d="M1196 760H1404M1190 810H1410"/>` +
          `<g fill="#4f7d3a"><ellipse cx="140" cy="800" rx="70" ry="26" transform="rotate(-25 140 800)"/><ellipse cx="230" cy="780" rx="64" ry="22" transform="rotate(20 230 780)"/><ellipse cx="190" cy="840" rx="60" ry="20"/></g>`,
        '#e6eef0',
      );
    },
  },
  {
    id: 'festival-procession',
    draw: () => {
      const person = (x: number, c: string) =>
        `<circle cx="${x}" cy="560" r="26" fill="#c98f62"/><path fill="${c}" d="M${x - 34} 590H${x + 34}L${x + 40} 720H${x - 40}Z"/><rect x="${x - 30}" y="720" width="22" height="80" fill="#2b2f2c"/><rect x="${x + 8}" y="720" width="22" height="80" fill="#2b2f2c"/>`;
      const parasol = (x: number, y: number, c: string) =>
        `<rect x="${x - 4}" y="${y}" width="8" height="300" fill="#6b4a2f"/><path fill="${c}" d="M${x - 90} ${y + 30}Q${x} ${y - 70} ${x + 90} ${y + 30}Z"/><path fill="none" stroke="#e0b64a" stroke-width="6" d="M${x - 90} ${y + 30}H${x + 90}"/>`;
      const banner = (x: number, c: string) =>
        `<rect x="${x}" y="220" width="8" height="420" fill="#6b4a2f"/><path fill="${c}" d="M${x + 8} 230H${x + 110}L${x + 80} 290L${x + 110} 350H${x + 8}Z"/>`;
      return svg(
        `<g fill="#e3d3b3"><rect x="40" y="160" width="300" height="420"/><rect x="1260" y="130" width="300" height="450"/></g>` +
          `<g fill="#cbb994"><rect x="80" y="220" width="70" height="90"/><rect x="220" y="220" width="70" height="90"/><rect x="1300" y="200" width="70" height="90"/><rect x="1440" y="200" width="70" height="90"/></g>` +
          `<rect x="0" y="780" width="${W}" height="120" fill="#cdbb8c"/>` +
          banner(230, '#b3261e') +
          banner(1330, '#1f5d3a') +
          parasol(420, 300, '#e0b64a') +
          parasol(1180, 300, '#b3261e') +
          `<rect x="540" y="600" width="520" height="22" rx="11" fill="#6b4a2f"/>` +
          `<rect x="640" y="420" width="320" height="180" fill="#b3261e"/><rect x="690" y="460" width="220" height="110" fill="#e0b64a"/>` +
          `<path fill="#7d2a22" d="M600 430Q640 400 680 400H920Q960 400 1000 430L940 350H660Z"/><circle cx="800" cy="330" r="22" fill="#e0b64a"/>` +
          person(600, '#263f6b') +
          person(700, '#263f6b') +
          person(900, '#263f6b') +
          person(1000, '#263f6b'),
        '#f3ead8',
      );
    },
  },
  {
    id: 'stilt-house',
    draw: () => {
      const bamboo = (x: number) =>
        `<g stroke="#4f8765" stroke-width="10" fill="none"><path d="M${x} 760Q${x - 20} 500 ${x - 80} 330"/><path d="M${x + 20} 760Q${x + 30} 480 ${x + 90} 310"/><path d="M${x + 5} 760Q${x} 520 ${x + 10} 290"/></g>` +
        `<g fill="#6f9c60">${[0, 1, 2, 3, 4, 5].map((i) => `<ellipse cx="${x - 80 + i * 34}" cy="${320 + (i % 3) * 30}" rx="40" ry="12" transform="rotate(${i * 25 - 60} ${x - 80 + i * 34} ${320 + (i % 3) * 30})"/>`).join('')}</g>`;
      return svg(
        range(71, 520, 150, 280, '#b5cdbf', 190) +
          range(73, 600, 80, 170, '#7fa98f', 250) +
          `<rect x="0" y="720" width="${W}" height="180" fill="#9cc46b"/>` +
          bamboo(230) +
          bamboo(1380) +
          stiltHouse(520, 770, 1.7) +
          `<path fill="none" stroke="#8a6a3b" stroke-width="6" d="M0 820H480M1180 820H1600"/>` +
          [40, 120, 200, 280, 360, 440, 1220, 1300, 1380, 1460, 1540]
            .map((x) => `<rect x="${x}" y="790" width="10" height="60" fill="#8a6a3b"/>`)
            .join(''),
        '#dcebef',
      );
    },
  },
  {
    id: 'nem-con',
    draw: () => {
      const ball = (x: number, y: number, c1: string, c2: string, a: number) =>
        `<g transform="rotate(${a} ${x} ${y})"><path fill="none" stroke="${c2}" stroke-width="6" d="M${x} ${y + 24}q-20 60 10 110M${x} ${y + 24}q20 60 -6 120"/><rect x="${x - 26}" y="${y - 26}" width="52" height="52" fill="${c1}" transform="rotate(45 ${x} ${y})"/><rect x="${x - 12}" y="${y - 12}" width="24" height="24" fill="${c2}" transform="rotate(45 ${x} ${y})"/></g>`;
      return svg(
        range(81, 560, 140, 260, '#b5cdbf', 200) +
          fields(600, ['#9cc46b', '#b5cf66', '#86b55c'], 9) +
          `<rect x="792" y="140" width="16" height="620" fill="#8a6a3b"/>` +
          `<circle cx="800" cy="160" r="70" fill="#f7f4ec" stroke="#b3261e" stroke-width="14"/><circle cx="800" cy="160" r="30" fill="#e0b64a"/>` +
          ball(470, 300, '#b3261e', '#e0b64a', -20) +
          ball(1120, 250, '#1f5d3a', '#e58a2b', 25) +
          ball(610, 470, '#263f6b', '#b3261e', 10) +
          ball(1010, 430, '#e0b64a', '#1f5d3a', -35),
        '#dcebef',
      );
    },
  },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const d of DRAWINGS.filter((x) => only.length === 0 || only.includes(x.id))) {
    const source = d.draw();
    const png = await sharp(Buffer.from(source))
      .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 })
      .toBuffer();
    await writeFile(join(OUT, `${d.id}.png`), png);
    console.log(`${d.id}.png ${(png.length / 1024).toFixed(1)} kB`);
  }
}

await main();
