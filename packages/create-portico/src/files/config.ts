/** The site's project files: package.json, configuration, Astro and TypeScript setup. */
import type { Answers } from '../answers.ts';
import { darken } from '../answers.ts';
import type { EngineChoice } from '../engine.ts';

export const P = '[PLACEHOLDER]';

/** The province configuration as an object: checked with the engine's schema, then written as TypeScript. */
export function provinceConfig(a: Answers) {
  return {
    id: a.id,
    name: a.name,
    fullName: a.fullName,
    tagline: {
      vi: `${P} Một câu ngắn giới thiệu ${a.fullName.vi}`,
      en: `${P} One short line about ${a.fullName.en}`,
      zh: `${P} 一句话介绍${a.fullName.zh}`,
    },
    site: `https://${a.domain}`,
    agency: {
      name: a.agency,
      address: {
        vi: `${P} Địa chỉ của cơ quan`,
        en: `${P} The agency's postal address`,
        zh: `${P} 机构地址`,
      },
      phone: a.phone,
      email: a.email,
      website: `https://${a.domain}`,
      contactsVerified: true,
    },
    social: [] as unknown[],
    colours: {
      primary: a.colours.primary,
      primaryDark: darken(a.colours.primary),
      accent: a.colours.accent,
      surface: '#f6f7f5',
    },
    logo: 'src/assets/logo.svg',
    map: { outline: 'src/map/outline.geojson' },
    timeZone: 'Asia/Ho_Chi_Minh',
  };
}

const str = (s: string) => (s.includes("'") ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\')}'`);
const loc = (l: { vi: string; en: string; zh: string }, indent: string) =>
  `{\n${indent}  vi: ${str(l.vi)},\n${indent}  en: ${str(l.en)},\n${indent}  zh: ${str(l.zh)},\n${indent}}`;

export function provinceConfigTs(a: Answers): string {
  const c = provinceConfig(a);
  return `/**
 * Tỉnh mà trang này giới thiệu: tên, cơ quan, màu sắc, logo, bản đồ. Mọi giá trị được kiểm tra khi
 * chạy npm run check và khi dựng trang; giá trị sai sẽ dừng lại và chỉ ra trường nào. Giá trị còn là
 * nội dung mẫu (npm run check liệt kê) phải được thay bằng thông tin thật trước khi xuất bản.
 *
 * The province this site presents: names, agency, colours, logo, map. Every value is checked by
 * npm run check and by the build; a wrong one stops it and names the field. Values still marked as
 * placeholders (npm run check lists them) must be replaced before the site can be published.
 */
import type { ProvinceInput } from 'portico/config';

export default {
  id: ${str(c.id)},
  name: { vi: ${str(c.name.vi)}, en: ${str(c.name.en)}, zh: ${str(c.name.zh)} },
  fullName: { vi: ${str(c.fullName.vi)}, en: ${str(c.fullName.en)}, zh: ${str(c.fullName.zh)} },
  tagline: ${loc(c.tagline, '  ')},
  site: ${str(c.site)},
  agency: {
    name: ${loc(c.agency.name, '    ')},
    address: ${loc(c.agency.address, '    ')},
    phone: ${str(c.agency.phone)},
    email: ${str(c.agency.email)},
    website: ${str(c.agency.website)}, // ${P} the agency's official portal, if it is not this site
    // false while the phone and e-mail above are not confirmed: every page then says so.
    contactsVerified: true,
  },
  // Links in the footer: { network: 'facebook' | 'youtube' | 'zalo' | 'x' | 'weibo' | 'wechat' | 'website', url, label: { vi, en, zh } }.
  social: [],
  colours: {
    primary: ${str(c.colours.primary)},
    primaryDark: ${str(c.colours.primaryDark)},
    accent: ${str(c.colours.accent)},
    surface: ${str(c.colours.surface)},
  },
  logo: ${str(c.logo)},
  // The home page's picture; without it Portico shows neutral artwork:
  // hero: { image: 'src/assets/hero.jpg', alt: { vi: '…', en: '…', zh: '…' } },
  map: { outline: ${str(c.map.outline)} },
  timeZone: ${str(c.timeZone)},
} satisfies ProvinceInput;
`;
}

export function packageJson(a: Answers, engine: EngineChoice): string {
  const pkg = {
    name: `portico-${a.id}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: `The ${a.fullName.en} portal, built with Portico`,
    engines: { node: '>=22.12.0' },
    scripts: {
      dev: 'astro dev',
      build: 'portico build',
      preview: 'astro preview --host 127.0.0.1 --port 4321',
      check: 'portico check',
      new: 'portico new',
      status: 'portico status',
      calendar: 'portico calendar',
      outline: 'portico outline',
      test: 'portico check --allow-placeholders && portico build --allow-placeholders',
    },
    dependencies: { astro: '^7.4.8', portico: engine.dependency },
    // Node 24 comes with npm install, whatever Node the machine has.
    devDependencies: { node: '^24.9.0' },
    allowScripts: { node: true, esbuild: true },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const NPMRC = 'omit-lockfile-registry-resolved=true\nengine-strict=false\n';

export const GITIGNORE = ['node_modules/', 'dist/', '.build/', '.astro/', '*.log', '.DS_Store', ''].join('\n');

export const ASTRO_CONFIG = `// The site: Portico does the work; this file reads like a table of contents.
import { defineConfig } from 'astro/config';
import portico from 'portico';
import province from './province.config.ts';

export default defineConfig({
  integrations: [portico(province)],
});
`;

export const CONTENT_CONFIG = `// The site's collections come from the Portico engine; editors' files live in src/content/.
import { porticoCollections } from 'portico/content';

export const collections = porticoCollections();
`;

export const ENV_D_TS = '/// <reference types="astro/client" />\n';

export const TSCONFIG = `{
  "extends": "astro/tsconfigs/strict",
  "include": [".astro/types.d.ts", "**/*"],
  "exclude": ["dist", ".build", "node_modules"],
  "compilerOptions": {
    "allowImportingTsExtensions": true,
    "verbatimModuleSyntax": true,
    "noEmit": true
  }
}
`;

/** A plain monogram in the primary colour, marked as a placeholder for the province's emblem. */
export function logoSvg(a: Answers): string {
  const letters = (a.name.en.match(/\b[A-Za-z]/g) ?? ['P']).slice(0, 2).join('').toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <!-- ${P} Replace this file with the province's logo (SVG, or a PNG of at least 192 × 192 px named in province.config.ts). -->
  <rect width="64" height="64" rx="12" fill="${a.colours.primary}"/>
  <text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#ffffff">${letters}</text>
</svg>
`;
}

/** Interface strings the site words its own way; only the keys it changes (src/i18n/<lang>.json). */
export function siteStrings(a: Answers): Record<'vi' | 'en' | 'zh', string> {
  const json = (eyebrow: string) => `${JSON.stringify({ home: { eyebrow } }, null, 2)}\n`;
  return {
    vi: json(`${P} Việt Nam · vùng và nét nổi bật của ${a.fullName.vi}`),
    en: json(`${P} Vietnam · the region and character of ${a.fullName.en}`),
    zh: json(`${P} 越南 · ${a.fullName.zh}的地区与特色`),
  };
}
