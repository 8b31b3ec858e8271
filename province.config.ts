/**
 * The province this site presents. To run Portico for another province, edit this file
 * and the content under src/content/ — nothing else.
 * Every value is checked when the site is built; a wrong one stops the build and names the field.
 */
import type { ProvinceInput } from 'portico/config';

export default {
  id: 'lang-son',
  name: { vi: 'Lạng Sơn', en: 'Lang Son', zh: '谅山' },
  fullName: { vi: 'tỉnh Lạng Sơn', en: 'Lang Son Province', zh: '谅山省' },
  tagline: {
    vi: 'Cửa ngõ biên giới phía Bắc, điểm đến của xứ Lạng',
    en: 'The northern border gateway, and the destinations of Lang Son',
    zh: '北部边境门户，谅山旅游目的地',
  },
  site: 'https://langson.portico.example',
  agency: {
    name: {
      vi: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      en: "Lang Son Provincial People's Committee",
      zh: '谅山省人民委员会',
    },
    address: {
      vi: 'Số 2 đường Hùng Vương, tỉnh Lạng Sơn, Việt Nam',
      en: '2 Hung Vuong Street, Lang Son Province, Vietnam',
      zh: '越南谅山省雄王路2号',
    },
    phone: '+84 205 3812 000',
    email: 'contact@langson.portico.example',
    website: 'https://langson.gov.vn',
    // The phone and e-mail above are placeholders until the agency confirms them.
    contactsVerified: false,
  },
  social: [
    {
      network: 'website',
      url: 'https://langson.gov.vn',
      label: {
        vi: 'Cổng thông tin điện tử tỉnh',
        en: 'Provincial e-portal',
        zh: '省电子信息门户',
      },
    },
  ],
  colours: {
    primary: '#1f5d3a',
    primaryDark: '#143d27',
    accent: '#b3261e',
    surface: '#f7f4ec',
  },
  logo: 'src/assets/brand/logo.svg',
  hero: { image: 'src/assets/brand/hero.svg' },
  map: { outline: 'src/map/outline.geojson' },
  timeZone: 'Asia/Ho_Chi_Minh',
  // The form editor at /admin/ in the built site too (docs/editing.md). No git host yet: it edits
  // the site's folder on the editor's computer (npm run dev, then http://localhost:4321/admin/).
  editor: { enabled: true },
} satisfies ProvinceInput;
