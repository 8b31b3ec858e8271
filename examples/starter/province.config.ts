/**
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
  id: 'khoi-dau',
  name: { vi: 'Khởi Đầu', en: 'Khoi Dau', zh: '起头' },
  fullName: { vi: 'tỉnh Khởi Đầu', en: 'Khoi Dau Province', zh: '起头省' },
  tagline: {
    vi: 'Tỉnh ví dụ của Portico, từ đồi biên giới tới biển',
    en: "Portico's example province, from the border hills to the sea",
    zh: 'Portico示例省份，从边境丘陵到大海',
  },
  site: 'https://khoi-dau.portico.example',
  agency: {
    name: {
      vi: 'Ủy ban nhân dân tỉnh Khởi Đầu',
      en: "Khoi Dau Provincial People's Committee",
      zh: '起头省人民委员会',
    },
    address: {
      vi: 'Số 1 đường Trung Tâm, phường Trung Tâm, tỉnh Khởi Đầu (hư cấu)',
      en: '1 Trung Tam Street, Trung Tam Ward, Khoi Dau Province (made up)',
      zh: '起头省中心坊中心路1号（虚构）',
    },
    phone: '+84 200 3900 000',
    email: 'lienhe@khoi-dau.portico.example',
    website: 'https://khoi-dau.portico.example',
    // false while the phone and e-mail above are not confirmed: every page then says so.
    // The example province's contacts are made up, so its pages say they are illustrative.
    contactsVerified: false,
  },
  // Links in the footer: { network: 'facebook' | 'youtube' | 'zalo' | 'x' | 'weibo' | 'wechat' | 'website', url, label: { vi, en, zh } }.
  social: [],
  colours: {
    primary: '#0b5563',
    primaryDark: '#073740',
    accent: '#a4343a',
    surface: '#f6f7f5',
  },
  logo: 'src/assets/logo.svg',
  // The home page's picture; without it Portico shows neutral artwork:
  // hero: { image: 'src/assets/hero.jpg', alt: { vi: '…', en: '…', zh: '…' } },
  map: { outline: 'src/map/outline.geojson' },
  timeZone: 'Asia/Ho_Chi_Minh',
} satisfies ProvinceInput;
