/**
 * What the create command asks for, how each answer is checked, and the defaults it derives
 * (full names, agency names, the darker shade of the primary colour). Pure: no prompts, no files.
 * Every message is in Vietnamese, then English.
 */

export interface Localized {
  vi: string;
  en: string;
  zh: string;
}

export interface Answers {
  /** The folder to create. */
  folder: string;
  /** Machine name, e.g. `vi-du`. */
  id: string;
  name: Localized;
  fullName: Localized;
  agency: Localized;
  /** The site's domain, e.g. `dulich.vi-du.gov.vn`. */
  domain: string;
  email: string;
  phone: string;
  colours: { primary: string; accent: string };
  /** A boundary GeoJSON file to simplify into the map outline; none: a placeholder outline. */
  outline?: string;
}

/** One question: its flag, its prompt in both languages, how to check it, and its default. */
export interface Question {
  key: string;
  flag: string;
  vi: string;
  en: string;
  /** An example shown in the prompt. */
  example: string;
  required: boolean;
}

export const QUESTIONS: Question[] = [
  {
    key: 'name.vi',
    flag: 'name-vi',
    vi: 'Tên tỉnh, tiếng Việt',
    en: "Province's name, Vietnamese",
    example: 'Ví Dụ',
    required: true,
  },
  {
    key: 'name.en',
    flag: 'name-en',
    vi: 'Tên tỉnh, tiếng Anh',
    en: "Province's name, English",
    example: 'Vi Du',
    required: true,
  },
  {
    key: 'name.zh',
    flag: 'name-zh',
    vi: 'Tên tỉnh, tiếng Trung',
    en: "Province's name, Chinese",
    example: '示例',
    required: true,
  },
  {
    key: 'id',
    flag: 'id',
    vi: 'Tên máy (chữ thường, không dấu, gạch ngang)',
    en: 'Machine name (lower case, hyphens)',
    example: 'vi-du',
    required: false,
  },
  {
    key: 'fullName.vi',
    flag: 'full-vi',
    vi: 'Tên đầy đủ, tiếng Việt',
    en: 'Full name, Vietnamese',
    example: 'tỉnh Ví Dụ',
    required: false,
  },
  {
    key: 'fullName.en',
    flag: 'full-en',
    vi: 'Tên đầy đủ, tiếng Anh',
    en: 'Full name, English',
    example: 'Vi Du Province',
    required: false,
  },
  {
    key: 'fullName.zh',
    flag: 'full-zh',
    vi: 'Tên đầy đủ, tiếng Trung',
    en: 'Full name, Chinese',
    example: '示例省',
    required: false,
  },
  {
    key: 'agency.vi',
    flag: 'agency-vi',
    vi: 'Cơ quan quản lý trang, tiếng Việt',
    en: 'Publishing agency, Vietnamese',
    example: 'Ủy ban nhân dân tỉnh Ví Dụ',
    required: false,
  },
  {
    key: 'agency.en',
    flag: 'agency-en',
    vi: 'Cơ quan quản lý trang, tiếng Anh',
    en: 'Publishing agency, English',
    example: "Vi Du Provincial People's Committee",
    required: false,
  },
  {
    key: 'agency.zh',
    flag: 'agency-zh',
    vi: 'Cơ quan quản lý trang, tiếng Trung',
    en: 'Publishing agency, Chinese',
    example: '示例省人民委员会',
    required: false,
  },
  {
    key: 'domain',
    flag: 'domain',
    vi: 'Tên miền của trang',
    en: "The site's domain",
    example: 'dulich.vi-du.gov.vn',
    required: true,
  },
  {
    key: 'email',
    flag: 'email',
    vi: 'Thư điện tử liên hệ',
    en: 'Contact e-mail',
    example: 'contact@vi-du.gov.vn',
    required: true,
  },
  {
    key: 'phone',
    flag: 'phone',
    vi: 'Điện thoại liên hệ (dạng quốc tế)',
    en: 'Contact phone (international form)',
    example: '+84 200 3800 000',
    required: true,
  },
  {
    key: 'colours.primary',
    flag: 'primary',
    vi: 'Màu chính (#RRGGBB, chữ trắng phải đọc rõ trên nền này)',
    en: 'Primary colour (#RRGGBB, white text must read on it)',
    example: '#1f4e79',
    required: false,
  },
  {
    key: 'colours.accent',
    flag: 'accent',
    vi: 'Màu nhấn (#RRGGBB)',
    en: 'Accent colour (#RRGGBB)',
    example: '#b3261e',
    required: false,
  },
  {
    key: 'outline',
    flag: 'outline',
    vi: 'Tệp ranh giới GeoJSON (để trống: dùng hình mẫu)',
    en: 'Boundary GeoJSON file (empty: a placeholder shape)',
    example: 'ranh-gioi.geojson',
    required: false,
  },
];

/** A message in both languages, for a wrong answer. */
export interface Invalid {
  vi: string;
  en: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX = /^#[0-9a-fA-F]{6}$/;

/** A Latin machine name from any name: "Ví Dụ" → "vi-du". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The relative luminance of a #RRGGBB colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of white text on a colour. */
export const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

/** A darker shade (for hover and the footer): each channel scaled by `factor`. */
export function darken(hex: string, factor = 0.65): string {
  const channel = (i: number) =>
    Math.round(parseInt(hex.slice(i, i + 2), 16) * factor)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** Why an answer is refused, or undefined when it is fine. */
export function validate(key: string, value: string): Invalid | undefined {
  const v = value.trim();
  switch (key) {
    case 'id':
      return SLUG.test(v)
        ? undefined
        : {
            vi: 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ: vi-du.',
            en: 'Use lower-case letters, digits and hyphens only, e.g. vi-du.',
          };
    case 'domain':
      return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i.test(v)
        ? undefined
        : {
            vi: 'Ghi tên miền, không có https:// hay dấu /, ví dụ: dulich.vi-du.gov.vn.',
            en: 'Write the domain alone, without https:// or slashes, e.g. dulich.vi-du.gov.vn.',
          };
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)
        ? undefined
        : { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Not a valid e-mail address.' };
    case 'phone':
      return /^\+[0-9 ]{8,20}$/.test(v)
        ? undefined
        : {
            vi: 'Viết số điện thoại dạng quốc tế, bắt đầu bằng +84, ví dụ: +84 200 3800 000.',
            en: 'Write the phone number in international form, starting with +84, e.g. +84 200 3800 000.',
          };
    case 'colours.primary':
    case 'colours.accent': {
      if (!HEX.test(v))
        return { vi: 'Viết màu dạng #RRGGBB, ví dụ: #1f4e79.', en: 'Write the colour as #RRGGBB, e.g. #1f4e79.' };
      const ratio = contrastWithWhite(v);
      return ratio >= 4.5
        ? undefined
        : {
            vi: `Chữ trắng trên màu ${v} chỉ có độ tương phản ${ratio.toFixed(1)}:1; cần ít nhất 4.5:1. Chọn màu đậm hơn.`,
            en: `White text on ${v} has a contrast of only ${ratio.toFixed(1)}:1; at least 4.5:1 is needed. Choose a darker colour.`,
          };
    }
    default:
      if (key.startsWith('name.') || key.startsWith('fullName.') || key.startsWith('agency.'))
        return v.length >= 1 && v.length <= 120
          ? undefined
          : { vi: 'Cần một tên (tối đa 120 ký tự).', en: 'A name is needed (at most 120 characters).' };
      return undefined;
  }
}

/** The default of a question that has one, from the answers given so far. */
export function defaultFor(key: string, given: Record<string, string>): string | undefined {
  const name = { vi: given['name.vi'] ?? '', en: given['name.en'] ?? '', zh: given['name.zh'] ?? '' };
  switch (key) {
    case 'id':
      return slugify(name.en || name.vi) || undefined;
    case 'fullName.vi':
      return name.vi && `tỉnh ${name.vi}`;
    case 'fullName.en':
      return name.en && `${name.en} Province`;
    case 'fullName.zh':
      return name.zh && `${name.zh}省`;
    case 'agency.vi':
      return name.vi && `Ủy ban nhân dân tỉnh ${name.vi}`;
    case 'agency.en':
      return name.en && `${name.en} Provincial People's Committee`;
    case 'agency.zh':
      return name.zh && `${name.zh}省人民委员会`;
    case 'colours.primary':
      return '#1f4e79';
    case 'colours.accent':
      return '#b3261e';
    default:
      return undefined;
  }
}

/** The answers from a flat map of question keys, once every required one is there. */
export function toAnswers(folder: string, given: Record<string, string>): Answers {
  const get = (key: string) => (given[key] ?? defaultFor(key, given) ?? '').trim();
  const localized = (prefix: string): Localized => ({
    vi: get(`${prefix}.vi`),
    en: get(`${prefix}.en`),
    zh: get(`${prefix}.zh`),
  });
  const outline = get('outline');
  return {
    folder,
    id: get('id'),
    name: localized('name'),
    fullName: localized('fullName'),
    agency: localized('agency'),
    domain: get('domain').toLowerCase(),
    email: get('email'),
    phone: get('phone'),
    colours: { primary: get('colours.primary').toLowerCase(), accent: get('colours.accent').toLowerCase() },
    ...(outline ? { outline } : {}),
  };
}
