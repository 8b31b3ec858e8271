/**
 * The benchmark's synthetic corpus, written into the real content model (src/content/…): prose
 * entries in vi/en/zh (about 15% without their en or zh translation), media records with their
 * pictures, and the references between them (covers, galleries, sectors, zones, contacts), with
 * internal Markdown links between entries. Pure and deterministic: the same options give the
 * same files. Pictures are returned as SVG text; the caller rasterises them.
 */
import yaml from 'js-yaml';
import { createRandom, type Random } from './random.ts';
import {
  CRAFTS,
  DISHES,
  ETHNIC,
  FESTIVAL_NAMES,
  GATES,
  HEADINGS,
  LANDMARKS,
  LANGS,
  PLACES,
  PRODUCTS,
  SECTORS,
  SONGS,
  TOPICS,
  ZONES,
  COUNTRIES,
  capitalise,
  joinSentences,
  paragraph,
  sentence,
  type Lang,
  type Topic,
  type Tri,
} from './text.ts';

/** The prose collections the generator can fill. */
export const GENERATED_COLLECTIONS = [
  'pages',
  'news',
  'press-kits',
  'destinations',
  'festivals',
  'culture',
  'sectors',
  'zones',
  'opportunities',
  'incentives',
] as const;
export type GenCollection = (typeof GENERATED_COLLECTIONS)[number];

/** What a link needs to know about its target to build its URL. */
export interface LinkTarget {
  collection: GenCollection;
  name: string;
  /** The URL segment in each language (the translation's slug, else the source's, else the name). */
  segments: Record<Lang, string>;
  /** pages: the section it belongs to. */
  section?: string;
  /** news: story or press-release. */
  type?: 'story' | 'press-release';
}

export interface CorpusOptions {
  /** Entries per language (every entry has a page in every language; some show a fallback). */
  size: number;
  seed: number;
  /** Which collections to fill (those whose pages the site builds); `pages` is always filled. */
  collections: readonly GenCollection[];
  /** Contact ids (from contacts.yaml) by kind. */
  contacts: readonly { id: string; kind: string }[];
  /** The URL of an entry in a language, or undefined when the site has no page for it (no link then). */
  urlOf: (target: LinkTarget, lang: Lang) => string | undefined;
  /** Whether a point lies inside the province (destinations must). */
  inProvince: (p: { lat: number; lon: number }) => boolean;
  /** The province's bounding box, where points are drawn. */
  bounds: { minLat: number; maxLat: number; minLon: number; maxLon: number };
  /** Share of entries missing their en or zh file (default 0.15). */
  untranslated?: number;
  /** Share of entries written as MDX with a component (default 0.05). */
  mdx?: number;
  /** Collections whose entries may be MDX (default MDX_COLLECTIONS). */
  mdxCollections?: readonly GenCollection[];
}

/**
 * Collections written partly in MDX. The invest collections are left out: their views render
 * <Content /> without the MDX components, so an MDX entry using <Note> fails the build there.
 */
export const MDX_COLLECTIONS: readonly GenCollection[] = [
  'pages',
  'news',
  'press-kits',
  'destinations',
  'festivals',
  'culture',
];

export interface CorpusFile {
  /** Relative to src/content/. */
  path: string;
  text: string;
}

export interface CorpusImage {
  /** Relative to src/content/. */
  path: string;
  svg: string;
}

export interface PlannedEntry extends LinkTarget {
  /** Languages with a file (vi always). */
  langs: Lang[];
  ext: '.md' | '.mdx';
  title: Tri;
}

export interface Corpus {
  files: CorpusFile[];
  images: CorpusImage[];
  entries: PlannedEntry[];
  counts: {
    entries: number;
    files: number;
    byCollection: Record<string, number>;
    untranslated: number;
    mdx: number;
    links: number;
    media: number;
  };
}

/** Relative weights of the collections that grow with the corpus. */
const WEIGHTS: Partial<Record<GenCollection, number>> = {
  news: 40,
  destinations: 14,
  culture: 14,
  festivals: 4,
  pages: 8,
  opportunities: 10,
  incentives: 4,
};

/** Pages with a role the site looks for (footer links, search page, press and invest views). */
const ROLE_PAGES: readonly {
  role: string;
  section: string;
  segments: Record<Lang, string>;
  title: Tri;
  topic: Topic;
}[] = [
  {
    role: 'about',
    section: 'none',
    segments: { vi: 'gioi-thieu', en: 'about', zh: 'guanyu' },
    title: { vi: 'Giới thiệu tỉnh', en: 'About the province', zh: '本省概况' },
    topic: 'visit',
  },
  {
    role: 'contact',
    section: 'none',
    segments: { vi: 'lien-he', en: 'contact', zh: 'lianxi' },
    title: { vi: 'Liên hệ', en: 'Contact', zh: '联系我们' },
    topic: 'news',
  },
  {
    role: 'accessibility',
    section: 'none',
    segments: { vi: 'kha-nang-tiep-can', en: 'accessibility', zh: 'wuzhangai' },
    title: { vi: 'Tuyên bố về khả năng tiếp cận', en: 'Accessibility statement', zh: '无障碍声明' },
    topic: 'news',
  },
  {
    role: 'sitemap',
    section: 'none',
    segments: { vi: 'so-do-trang', en: 'sitemap', zh: 'wangzhan-ditu' },
    title: { vi: 'Sơ đồ trang', en: 'Site map', zh: '网站地图' },
    topic: 'news',
  },
  {
    role: 'practical',
    section: 'visit',
    segments: { vi: 'thong-tin-thiet-thuc', en: 'practical-information', zh: 'shiyong-xinxi' },
    title: { vi: 'Thông tin thiết thực cho du khách', en: 'Practical information for visitors', zh: '游客实用信息' },
    topic: 'visit',
  },
  {
    role: 'procedure',
    section: 'invest',
    segments: { vi: 'thu-tuc-dau-tu', en: 'investment-procedures', zh: 'touzi-shouxu' },
    title: { vi: 'Thủ tục đầu tư', en: 'Investment procedures', zh: '投资手续' },
    topic: 'invest',
  },
  {
    role: 'investor-services',
    section: 'invest',
    segments: { vi: 'ho-tro-nha-dau-tu', en: 'investor-services', zh: 'touzizhe-fuwu' },
    title: { vi: 'Hỗ trợ nhà đầu tư', en: 'Services for investors', zh: '投资者服务' },
    topic: 'invest',
  },
  {
    role: 'reporting',
    section: 'press',
    segments: { vi: 'huong-dan-tac-nghiep', en: 'reporting-guide', zh: 'caifang-zhinan' },
    title: { vi: 'Hướng dẫn tác nghiệp báo chí', en: 'Guide for reporters', zh: '记者采访指南' },
    topic: 'news',
  },
  {
    role: 'boilerplate',
    section: 'press',
    segments: { vi: 'gioi-thieu-ngan', en: 'boilerplate', zh: 'jianjie' },
    title: { vi: 'Về tỉnh', en: 'About the province', zh: '关于本省' },
    topic: 'invest',
  },
];

const TOPIC_OF: Record<GenCollection, Topic> = {
  pages: 'visit',
  news: 'news',
  'press-kits': 'invest',
  destinations: 'visit',
  festivals: 'culture',
  culture: 'culture',
  sectors: 'invest',
  zones: 'invest',
  opportunities: 'invest',
  incentives: 'invest',
};

/** Turn a title into a URL segment (as src/lib/routing.ts slugify does), cut at a word boundary. */
export function slugOf(text: string, max = 60): string {
  const full = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 10 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
const triMap = (t: Tri, f: (s: string, lang: Lang) => string): Tri => ({
  vi: f(t.vi, 'vi'),
  en: f(t.en, 'en'),
  zh: f(t.zh, 'zh'),
});

/** How many entries of each collection a corpus of `size` entries per language has. */
export function collectionCounts(size: number, collections: readonly GenCollection[]): Record<GenCollection, number> {
  const on = new Set<GenCollection>([...collections, 'pages']);
  const counts = Object.fromEntries(GENERATED_COLLECTIONS.map((c) => [c, 0])) as Record<GenCollection, number>;
  counts.pages = ROLE_PAGES.length;
  if (on.has('sectors')) counts.sectors = Math.min(SECTORS.length, Math.max(3, Math.round(size / 100)));
  if (on.has('zones')) counts.zones = Math.min(ZONES.length + GATES.length - 1, Math.max(3, Math.round(size / 100)));
  if (on.has('press-kits')) counts['press-kits'] = Math.min(5, Math.max(1, Math.round(size / 300)));
  const fixed = Object.values(counts).reduce((a, b) => a + b, 0);
  const growing = (Object.keys(WEIGHTS) as GenCollection[]).filter((c) => on.has(c));
  const total = growing.reduce((s, c) => s + WEIGHTS[c]!, 0);
  let left = Math.max(0, size - fixed);
  growing.forEach((c, i) => {
    const n = i === growing.length - 1 ? left : Math.min(left, Math.round(((size - fixed) * WEIGHTS[c]!) / total));
    counts[c] += n;
    left -= n;
  });
  return counts;
}

interface Draft extends PlannedEntry {
  topic: Topic;
  role?: string;
  /** Frontmatter fields that are the same in every language. */
  shared: Record<string, unknown>;
  /** Frontmatter fields per language. */
  own: Record<Lang, Record<string, unknown>>;
}

export function generateCorpus(options: CorpusOptions): Corpus {
  const root = createRandom(options.seed ^ Math.imul(options.size, 2654435761));
  const untranslated = options.untranslated ?? 0.15;
  const mdxShare = options.mdx ?? 0.05;
  const mdxAllowed = new Set(options.mdxCollections ?? MDX_COLLECTIONS);
  const counts = collectionCounts(options.size, options.collections);
  const files: CorpusFile[] = [];
  const images: CorpusImage[] = [];

  // ---- media: a pool of pictures shared by covers and galleries (about one per 20 entries)
  const mediaCount = Math.max(12, Math.round(options.size / 20));
  const media: string[] = [];
  {
    const r = root.fork('media');
    for (let i = 1; i <= mediaCount; i++) {
      const place = r.pick(PLACES);
      const id = `anh-${slugOf(place.vi)}-${i}`;
      media.push(id);
      images.push({ path: `media/${id}.jpg`, svg: landscapeSvg(r.fork(id)) });
      const record = {
        file: `./${id}.jpg`,
        kind: 'illustration',
        caption: {
          vi: `Phong cảnh ${place.vi}, minh họa`,
          en: `Landscape near ${place.en}, illustration`,
          zh: `${place.zh}风光（示意图）`,
        },
        alt: {
          vi: `Đồi núi và thung lũng ở ${place.vi}`,
          en: `Hills and valleys near ${place.en}`,
          zh: `${place.zh}的山丘和河谷`,
        },
        credit: {
          vi: 'Bộ đo Portico (ảnh tổng hợp)',
          en: 'Portico benchmark (synthetic picture)',
          zh: 'Portico基准测试（合成图片）',
        },
        rightsHolder: { vi: 'Dự án Portico', en: 'The Portico project', zh: 'Portico项目' },
        licence: 'cc0-1.0',
        allowedUse: 'commercial',
      };
      files.push({ path: `media/${id}.yaml`, text: yaml.dump(record, { lineWidth: -1 }) });
    }
  }

  const contactOf = (kinds: string[]): string => {
    const found = options.contacts.find((c) => kinds.includes(c.kind)) ?? options.contacts[0];
    if (!found) throw new Error('the corpus needs at least one contact');
    return found.id;
  };
  const pressContacts = [contactOf(['press-office']), contactOf(['spokesperson', 'press-office'])].filter(
    (v, i, a) => a.indexOf(v) === i,
  );
  const investContact = contactOf(['investment']);

  // ---- plan every entry: name, languages, titles, fields
  const drafts: Draft[] = [];
  let serial = 0;
  const plan = (
    collection: GenCollection,
    r: Random,
    title: Tri,
    shared: Record<string, unknown>,
    own?: Partial<Record<Lang, Record<string, unknown>>>,
    fixed?: { role: string; segments: Record<Lang, string>; section: string },
  ) => {
    serial++;
    const name = fixed ? fixed.segments.vi : `${slugOf(title.vi)}-${serial}`;
    const enSlug = fixed ? fixed.segments.en : `${slugOf(title.en)}-${serial}`;
    let langs: Lang[] = ['vi', 'en', 'zh'];
    if (!fixed && r.chance(untranslated)) langs = r.pick<Lang[]>([['vi', 'en'], ['vi', 'en'], ['vi', 'zh'], ['vi']]);
    const segments: Record<Lang, string> = {
      vi: name,
      en: langs.includes('en') ? enSlug : name,
      zh: fixed && langs.includes('zh') ? fixed.segments.zh : name,
    };
    const ownFields: Record<Lang, Record<string, unknown>> = {
      vi: {},
      en: { slug: enSlug },
      zh: fixed ? { slug: fixed.segments.zh } : {},
    };
    for (const lang of LANGS) Object.assign(ownFields[lang], own?.[lang] ?? {});
    const draft: Draft = {
      collection,
      name,
      segments,
      langs,
      ext: !fixed && mdxAllowed.has(collection) && r.chance(mdxShare) ? '.mdx' : '.md',
      title,
      topic: TOPIC_OF[collection],
      shared,
      own: ownFields,
      ...(fixed ? { role: fixed.role, section: fixed.section } : {}),
    };
    if (typeof shared.section === 'string') draft.section = shared.section;
    if (shared.type === 'story' || shared.type === 'press-release') draft.type = shared.type;
    drafts.push(draft);
    return draft;
  };
  const maybeCover = (r: Random, p = 0.6) => (r.chance(p) ? { cover: r.pick(media) } : {});
  const maybeUpdated = (r: Random, after: number) =>
    r.chance(0.3) ? { updated: isoDay(r.int(after, 2026), r.int(1, 10), r.int(1, 28)) } : {};
  const commune = (p: Tri): Tri => ({ vi: `xã ${p.vi}`, en: `${p.en} commune`, zh: `${p.zh}乡` });
  const point = (r: Random) => {
    for (;;) {
      const lat =
        Math.round((options.bounds.minLat + r.next() * (options.bounds.maxLat - options.bounds.minLat)) * 1000) / 1000;
      const lon =
        Math.round((options.bounds.minLon + r.next() * (options.bounds.maxLon - options.bounds.minLon)) * 1000) / 1000;
      if (options.inProvince({ lat, lon })) return { lat, lon };
    }
  };
  const locationOf = (p: Tri) => {
    const c = commune(p);
    return {
      vi: { location: { commune: c.vi } },
      en: { location: { commune: c.en } },
      zh: { location: { commune: c.zh } },
    };
  };
  const perLang = (t: Tri, key: string) => ({ vi: { [key]: t.vi }, en: { [key]: t.en }, zh: { [key]: t.zh } });
  const mergeLang = (...parts: Partial<Record<Lang, Record<string, unknown>>>[]) => {
    const out: Record<Lang, Record<string, unknown>> = { vi: {}, en: {}, zh: {} };
    for (const p of parts) for (const lang of LANGS) Object.assign(out[lang], p[lang] ?? {});
    return out;
  };

  // Role pages first (fully translated), then the rest.
  for (const page of ROLE_PAGES) {
    plan(
      'pages',
      root.fork(`role:${page.role}`),
      page.title,
      { section: page.section, role: page.role },
      undefined,
      page,
    );
  }
  const sectorNames: string[] = [];
  const zoneNames: string[] = [];
  const destinationNames: string[] = [];

  {
    const r = root.fork('sectors');
    SECTORS.slice(0, counts.sectors).forEach((s, i) => {
      const title = { vi: `Lĩnh vực ${s.vi}`, en: capitalise(s.en), zh: `${s.zh}领域` };
      sectorNames.push(plan('sectors', r, title, { order: i + 1, ...maybeCover(r) }).name);
    });
  }
  {
    const r = root.fork('zones');
    const specs = [
      ...ZONES.map((z) => ({ z, gate: false })),
      ...GATES.filter((g) => !g.vi.startsWith('ga ')).map((z) => ({ z, gate: true })),
    ];
    specs.slice(0, counts.zones).forEach(({ z, gate }) => {
      const place = r.pick(PLACES);
      const title = gate
        ? { vi: `Cửa khẩu ${z.vi}`, en: `${z.en} border gate`, zh: `${z.zh}口岸` }
        : { vi: z.vi, en: capitalise(z.en.replace(/^the /, '')), zh: z.zh };
      const kind = gate
        ? 'border-gate'
        : z.vi.startsWith('Khu kinh tế')
          ? 'economic-zone'
          : z.vi.startsWith('Cụm')
            ? 'industrial-cluster'
            : 'industrial-park';
      const shared: Record<string, unknown> = {
        kind,
        ...(gate
          ? {
              gateLevel: r.pick(['international', 'main', 'secondary']),
              counterpart: `${z.zh}（中国）`,
              crosses: ['people', 'goods', 'vehicles'],
              hours: '7:00–22:00',
            }
          : { areaHa: r.int(50, 4000), sectors: r.sample(sectorNames, 2) }),
        coordinates: point(r),
        source: 'Quyết định của Thủ tướng Chính phủ về quy hoạch tỉnh (minh họa)',
        ...maybeCover(r),
      };
      zoneNames.push(plan('zones', r, title, shared, locationOf(place)).name);
    });
  }
  {
    const r = root.fork('destinations');
    for (let i = 0; i < counts.destinations; i++) {
      const landmark = r.pick(LANDMARKS);
      const x = r.pick(PLACES);
      const base = {
        vi: landmark.vi.replace('{x}', x.vi),
        en: landmark.en.replace('{x}', x.en),
        zh: landmark.zh.replace('{x}', x.zh),
      };
      const place = r.pick(PLACES);
      const title = r.chance(0.5)
        ? base
        : { vi: `${base.vi} – ${place.vi}`, en: `${base.en}, ${place.en}`, zh: `${place.zh}${base.zh}` };
      const m1 = r.int(1, 6);
      const m2 = r.int(m1 + 1, 12);
      const getting = sentence('visit', r);
      const shared: Record<string, unknown> = {
        kind: landmark.kind,
        coordinates: point(r),
        ...(landmark.kind === 'heritage' && r.chance(0.5) ? { ranking: r.pick(['national', 'provincial']) } : {}),
        gallery: r.chance(0.4) ? r.sample(media, r.int(1, 3)) : [],
        ...maybeCover(r, 0.7),
        ...maybeUpdated(r, 2024),
      };
      const own = mergeLang(
        locationOf(place),
        perLang({ vi: x.vi, en: x.en, zh: x.zh }, 'mapLabel'),
        perLang(getting, 'gettingThere'),
        perLang({ vi: `Tháng ${m1} – tháng ${m2}`, en: `Months ${m1} to ${m2}`, zh: `${m1}月至${m2}月` }, 'bestSeason'),
        r.chance(0.5)
          ? perLang({ vi: '7:00–17:00 hằng ngày', en: '7:00–17:00 daily', zh: '每天7:00–17:00' }, 'hours')
          : {},
      );
      destinationNames.push(plan('destinations', r, title, shared, own).name);
    }
  }
  {
    const r = root.fork('festivals');
    for (let i = 0; i < counts.festivals; i++) {
      const f = r.pick(FESTIVAL_NAMES);
      const place = r.pick(PLACES);
      const title = {
        vi: `Lễ hội ${f.vi} ở ${place.vi}`,
        en: `${f.en} festival in ${place.en}`,
        zh: `${place.zh}${f.zh}`,
      };
      const shared: Record<string, unknown> = {
        date: {
          calendar: r.chance(0.8) ? 'lunar' : 'solar',
          month: r.int(1, 12),
          day: r.int(1, 28),
          days: r.int(1, 3),
        },
        ...(r.chance(0.5) ? { coordinates: point(r) } : {}),
        ...(destinationNames.length && r.chance(0.4) ? { destination: r.pick(destinationNames) } : {}),
        ...(r.chance(0.3) ? { since: r.int(1500, 1990) } : {}),
        ...maybeCover(r),
      };
      plan('festivals', r, title, shared, locationOf(place));
    }
  }
  {
    const r = root.fork('culture');
    const kinds = ['community', 'heritage', 'craft', 'cuisine', 'custom', 'arts'] as const;
    for (let i = 0; i < counts.culture; i++) {
      const kind = r.pick(kinds);
      const e = r.pick(ETHNIC);
      const place = r.pick(PLACES);
      let title: Tri;
      if (kind === 'craft') {
        const c = r.pick(CRAFTS);
        title = {
          vi: `Nghề ${c.vi} của người ${e.vi} ở ${place.vi}`,
          en: `${capitalise(c.en)} among the ${e.en} of ${place.en}`,
          zh: `${place.zh}${e.zh}的${c.zh}`,
        };
      } else if (kind === 'cuisine') {
        const d = r.pick(DISHES);
        title = {
          vi: `Món ${d.vi} xứ Lạng`,
          en: `${capitalise(d.en)}, a local speciality`,
          zh: `本地特色美食：${d.zh}`,
        };
      } else if (kind === 'arts') {
        const s = r.pick(SONGS);
        title = {
          vi: `${capitalise(s.vi)} – tiếng hát của người ${e.vi}`,
          en: `${capitalise(s.en)}: songs of the ${e.en}`,
          zh: `${s.zh}：${e.zh}的歌声`,
        };
      } else if (kind === 'community') {
        title = {
          vi: `Người ${e.vi} ở ${place.vi}`,
          en: `The ${e.en} people of ${place.en}`,
          zh: `${place.zh}的${e.zh}`,
        };
      } else if (kind === 'custom') {
        const f = r.pick(FESTIVAL_NAMES);
        title = {
          vi: `Phong tục ngày ${f.vi} của người ${e.vi}`,
          en: `${e.en} customs at ${f.en}`,
          zh: `${e.zh}的${f.zh}习俗`,
        };
      } else {
        const l = r.pick(LANDMARKS.filter((x) => x.kind === 'heritage' || x.kind === 'spiritual'));
        title = {
          vi: `Giá trị di sản của ${l.vi.replace('{x}', place.vi).toLowerCase()}`,
          en: `The heritage of ${l.en.replace('{x}', place.en)}`,
          zh: `${l.zh.replace('{x}', place.zh)}的文化价值`,
        };
      }
      plan('culture', r, title, { kind, order: r.int(1, 200), ...maybeCover(r) });
    }
  }
  {
    const r = root.fork('opportunities');
    const things: readonly Tri[] = [
      { vi: 'trung tâm logistics', en: 'logistics centre', zh: '物流中心' },
      { vi: 'nhà máy chế biến hoa hồi', en: 'star anise processing plant', zh: '八角加工厂' },
      { vi: 'khu nông nghiệp ứng dụng công nghệ cao', en: 'high-tech farming area', zh: '高科技农业园区' },
      { vi: 'khu du lịch sinh thái', en: 'eco-resort', zh: '生态旅游区' },
      { vi: 'trang trại điện gió', en: 'wind farm', zh: '风电场' },
      { vi: 'kho ngoại quan', en: 'bonded warehouse', zh: '保税仓库' },
      { vi: 'nhà máy sản xuất linh kiện điện tử', en: 'electronic components factory', zh: '电子元件厂' },
    ];
    for (let i = 0; i < counts.opportunities; i++) {
      const t = r.pick(things);
      const place = r.pick(PLACES);
      const title = {
        vi: `Dự án ${t.vi} tại ${place.vi}`,
        en: `${capitalise(t.en)} project in ${place.en}`,
        zh: `${place.zh}${t.zh}项目`,
      };
      const shared: Record<string, unknown> = {
        sector: r.pick(sectorNames),
        ...(zoneNames.length && r.chance(0.6) ? { zone: r.pick(zoneNames) } : {}),
        areaHa: r.int(2, 600),
        capital: { vnd: r.int(20, 9000) * 1_000_000_000 },
        form: r.pick(['wholly-owned', 'joint-venture', 'bcc', 'ppp', 'open']),
        status: r.pick(['calling', 'calling', 'preparing', 'awarded']),
        contact: investContact,
        source: 'Danh mục dự án kêu gọi đầu tư của tỉnh (minh họa)',
        illustrative: true,
        ...maybeCover(r, 0.5),
      };
      plan('opportunities', r, title, shared, locationOf(place));
    }
  }
  {
    const r = root.fork('incentives');
    const kinds = ['tax', 'land', 'customs', 'support', 'other'] as const;
    for (let i = 0; i < counts.incentives; i++) {
      const kind = r.pick(kinds);
      const s = r.pick(SECTORS);
      const what: Record<(typeof kinds)[number], Tri> = {
        tax: { vi: 'Ưu đãi thuế thu nhập doanh nghiệp', en: 'Corporate income tax incentive', zh: '企业所得税优惠' },
        land: { vi: 'Miễn, giảm tiền thuê đất', en: 'Land rent exemption and reduction', zh: '土地租金减免' },
        customs: {
          vi: 'Miễn thuế nhập khẩu hàng hóa tạo tài sản cố định',
          en: 'Import duty exemption for fixed assets',
          zh: '固定资产进口关税减免',
        },
        support: { vi: 'Hỗ trợ đào tạo lao động', en: 'Support for workforce training', zh: '劳动力培训支持' },
        other: { vi: 'Hỗ trợ thủ tục hành chính', en: 'Help with administrative procedures', zh: '行政手续协助' },
      };
      const title = {
        vi: `${what[kind].vi} cho lĩnh vực ${s.vi}`,
        en: `${what[kind].en} for ${s.en}`,
        zh: `${s.zh}领域${what[kind].zh}`,
      };
      plan('incentives', r, title, {
        legalBasis: { title: 'Nghị định 31/2021/NĐ-CP', issuer: 'Chính phủ', effective: '2021-03-26' },
        kind,
        sectors: sectorNames.length && r.chance(0.6) ? r.sample(sectorNames, 1) : [],
      });
    }
  }
  {
    const r = root.fork('press-kits');
    for (let i = 0; i < counts['press-kits']; i++) {
      const place = r.pick(PLACES);
      const y = r.int(2023, 2026);
      const title = {
        vi: `Bộ tài liệu báo chí: ${place.vi} ${y}`,
        en: `Press kit: ${place.en} ${y}`,
        zh: `媒体资料包：${place.zh}（${y}年）`,
      };
      plan('press-kits', r, title, { assets: r.sample(media, 2), contacts: pressContacts });
    }
  }
  {
    const r = root.fork('news');
    for (let i = 0; i < counts.news; i++) {
      const release = r.chance(0.12);
      const y = r.int(2019, 2026);
      const date = isoDay(y, r.int(1, y === 2026 ? 10 : 12), r.int(1, 28));
      const sector = r.pick(SECTORS);
      const place = r.pick(PLACES);
      const variants: Tri[] = release
        ? [
            {
              vi: `Tỉnh công bố danh mục dự án kêu gọi đầu tư vào ${sector.vi} năm ${y}`,
              en: `The province announces its ${y} list of projects in ${sector.en} open to investors`,
              zh: `本省公布${y}年${sector.zh}领域招商引资项目清单`,
            },
            {
              vi: `Thông cáo về ${r.pick(FESTIVAL_NAMES).vi} năm ${y} tại ${place.vi}`,
              en: `Statement on the ${y} festival season in ${place.en}`,
              zh: `关于${y}年${place.zh}节庆活动的新闻公报`,
            },
          ]
        : [
            (() => {
              const c = r.pick(COUNTRIES);
              return {
                vi: `Tỉnh đón đoàn doanh nghiệp ${c.vi} tìm hiểu đầu tư vào ${sector.vi}`,
                en: `The province welcomes a business delegation from ${c.en} exploring investment in ${sector.en}`,
                zh: `本省接待${c.zh}企业代表团考察${sector.zh}投资`,
              };
            })(),
            (() => {
              const g = r.pick(GATES);
              const q = r.int(1, 4);
              const p = r.int(3, 40);
              return {
                vi: `Kim ngạch qua cửa khẩu ${g.vi} tăng ${p}% trong quý ${q} năm ${y}`,
                en: `Trade through the ${g.en} border gate up ${p}% in Q${q} ${y}`,
                zh: `${y}年第${q}季度${g.zh}口岸贸易额增长${p}%`,
              };
            })(),
            (() => {
              const f = r.pick(FESTIVAL_NAMES);
              return {
                vi: `Khai mạc lễ hội ${f.vi} năm ${y} tại ${place.vi}`,
                en: `${f.en} festival ${y} opens in ${place.en}`,
                zh: `${y}年${f.zh}在${place.zh}开幕`,
              };
            })(),
            {
              vi: `${place.vi} phát triển ${sector.vi} gắn với xây dựng nông thôn mới`,
              en: `${place.en} develops ${sector.en} alongside new rural development`,
              zh: `${place.zh}结合新农村建设发展${sector.zh}`,
            },
            (() => {
              const t = r.pick(TOPICS);
              return {
                vi: `Hội nghị ${t.vi} năm ${y}: nhiều dự án được trao chủ trương đầu tư`,
                en: `${capitalise(t.en)} conference ${y}: several projects approved`,
                zh: `${y}年${t.zh}会议：多个项目获得投资主张批准`,
              };
            })(),
            (() => {
              const p = r.pick(PRODUCTS);
              return {
                vi: `Mùa ${p.vi} ${y}: giá bán ổn định, nhiều đơn hàng xuất khẩu`,
                en: `${capitalise(p.en)} season ${y}: stable prices and export orders`,
                zh: `${y}年${p.zh}季：价格稳定，出口订单增多`,
              };
            })(),
          ];
      const title = r.pick(variants);
      const shared: Record<string, unknown> = {
        type: release ? 'press-release' : 'story',
        date,
        ...(release ? { contacts: pressContacts } : {}),
        ...maybeCover(r, 0.5),
        ...(r.chance(0.15) ? { updated: date } : {}),
      };
      const own = mergeLang(
        release ? perLang(place, 'dateline') : {},
        {
          vi: { tags: [sector.vi, 'đầu tư'] },
          en: { tags: [sector.en, 'investment'] },
          zh: { tags: [sector.zh, '投资'] },
        },
        release
          ? {
              vi: { notesToEditors: ['Ảnh minh họa được phép sử dụng tự do.'] },
              en: { notesToEditors: ['The illustrations may be used freely.'] },
              zh: { notesToEditors: ['示意图可自由使用。'] },
            }
          : {},
      );
      plan('news', r, title, shared, own);
    }
  }
  {
    const r = root.fork('pages');
    const subjects: readonly Tri[] = [
      { vi: 'Thị thực và thủ tục xuất nhập cảnh', en: 'Visas and border formalities', zh: '签证与出入境手续' },
      { vi: 'Đổi tiền và thanh toán', en: 'Money and payments', zh: '货币兑换与支付' },
      { vi: 'Đi lại trong tỉnh', en: 'Getting around the province', zh: '省内交通' },
      { vi: 'Lưu trú và nhà nghỉ', en: 'Where to stay', zh: '住宿指南' },
      { vi: 'Hạ tầng khu công nghiệp', en: 'Industrial park infrastructure', zh: '工业区基础设施' },
      { vi: 'Lao động và tiền lương', en: 'Labour and wages', zh: '劳动力与工资' },
      { vi: 'Di sản văn hóa phi vật thể', en: 'Intangible cultural heritage', zh: '非物质文化遗产' },
    ];
    const sections = ['none', 'invest', 'visit', 'culture'] as const;
    for (let i = 0; i < counts.pages - ROLE_PAGES.length; i++) {
      const s = r.pick(subjects);
      const place = r.pick(PLACES);
      const title = { vi: `${s.vi} tại ${place.vi}`, en: `${s.en} in ${place.en}`, zh: `${place.zh}${s.zh}` };
      plan('pages', r, title, { section: r.pick(sections), order: r.int(1, 100), ...maybeUpdated(r, 2025) });
    }
  }

  // ---- bodies, with links to other entries of the same language
  const linkable = drafts.filter((d) => LANGS.every((l) => options.urlOf(d, l) !== undefined));
  let links = 0;
  for (const draft of drafts) {
    const r = root.fork(`body:${draft.collection}:${draft.name}`);
    const targets =
      linkable.length > 1
        ? r.sample(
            linkable.filter((d) => d !== draft),
            r.int(draft.role ? 0 : 1, 3),
          )
        : [];
    links += targets.length * draft.langs.length;
    const body = bodyOf(draft, targets, r, options.urlOf);
    const description = descriptionOf(draft, r);
    for (const lang of draft.langs) {
      const data: Record<string, unknown> = {
        title: draft.title[lang],
        description: description[lang],
        ...draft.shared,
        ...draft.own[lang],
      };
      if (draft.collection === 'pages' && data.role === undefined) delete data.role;
      files.push({
        path: `${draft.collection}/${lang}/${draft.name}${draft.ext}`,
        text: `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body[lang]}`,
      });
    }
  }

  const byCollection: Record<string, number> = {};
  for (const d of drafts) byCollection[d.collection] = (byCollection[d.collection] ?? 0) + 1;
  return {
    files,
    images,
    entries: drafts.map(({ collection, name, segments, section, type, langs, ext, title }) => ({
      collection,
      name,
      segments,
      langs,
      ext,
      title,
      ...(section ? { section } : {}),
      ...(type ? { type } : {}),
    })),
    counts: {
      entries: drafts.length,
      files: files.length + images.length,
      byCollection,
      untranslated: drafts.filter((d) => d.langs.length < 3).length,
      mdx: drafts.filter((d) => d.ext === '.mdx').length,
      links,
      media: mediaCount,
    },
  };
}

function descriptionOf(draft: Draft, r: Random): Tri {
  const d = joinSentences([sentence(draft.topic, r), ...(r.chance(0.5) ? [sentence(draft.topic, r)] : [])]);
  return triMap(d, (s) => (s.length > 300 ? `${s.slice(0, 296).replace(/\s+\S*$/, '')}…` : s));
}

const SEE_ALSO: Tri = { vi: 'Xem thêm: ', en: 'See also: ', zh: '另见：' };

function bodyOf(draft: Draft, targets: readonly PlannedEntry[], r: Random, urlOf: CorpusOptions['urlOf']): Tri {
  const sections = r.int(3, 6);
  const blocks: Tri[] = [];
  const headings = r.sample(HEADINGS[draft.topic], sections);
  for (let i = 0; i < sections; i++) {
    const heading = headings[i % headings.length]!;
    blocks.push(triMap(heading, (h) => `## ${h}`));
    const paragraphs = r.int(1, 3);
    for (let p = 0; p < paragraphs; p++) {
      const para = paragraph(draft.topic, r);
      if (r.chance(0.15)) {
        // Up to the first clause comma, never a comma inside a number ("4,2 triệu", "1,551").
        blocks.push(triMap(para, (s) => s.replace(/^([^.。]{8,80}?)(, |，)/, '**$1**$2')));
      } else blocks.push(para);
    }
    if (r.chance(0.2)) {
      const items = r.sample([...PRODUCTS, ...DISHES, ...CRAFTS], r.int(3, 5));
      blocks.push({
        vi: items.map((x) => `- ${capitalise(x.vi)}`).join('\n'),
        en: items.map((x) => `- ${capitalise(x.en)}`).join('\n'),
        zh: items.map((x) => `- ${x.zh}`).join('\n'),
      });
    }
    if (draft.ext === '.mdx' && i === 0) {
      const note = sentence(draft.topic, r);
      const kind = r.chance(0.3) ? ' kind="warning"' : '';
      blocks.push(triMap(note, (s) => `<Note${kind}>\n\n${s}\n\n</Note>`));
    }
  }
  // Links: appended to random paragraphs as "See also: [title](url)."
  const paragraphIndexes = blocks
    .map((b, i) => (b.vi.startsWith('## ') || b.vi.startsWith('- ') || b.vi.startsWith('<') ? -1 : i))
    .filter((i) => i >= 0);
  for (const target of targets) {
    const at = r.pick(paragraphIndexes);
    const block = blocks[at]!;
    const out = {} as Tri;
    for (const lang of LANGS) {
      const url = urlOf(target, lang)!;
      const label = target.title[lang].replace(/[[\]]/g, '');
      out[lang] =
        `${block[lang]}${lang === 'zh' ? '' : ' '}${SEE_ALSO[lang]}[${label}](${url})${lang === 'zh' ? '。' : '.'}`;
    }
    blocks[at] = out;
  }
  return {
    vi: `${blocks.map((b) => b.vi).join('\n\n')}\n`,
    en: `${blocks.map((b) => b.en).join('\n\n')}\n`,
    zh: `${blocks.map((b) => b.zh).join('\n\n')}\n`,
  };
}

/** A landscape picture as SVG (sky, sun, three mountain ridges, a river), 1600×1000. */
export function landscapeSvg(r: Random, width = 1600, height = 1000): string {
  const hue = r.int(0, 359);
  const hsl = (h: number, s: number, l: number) => `hsl(${(h + 360) % 360},${s}%,${l}%)`;
  const ridge = (base: number, amp: number, steps: number) => {
    const pts: string[] = [`0,${height}`];
    for (let i = 0; i <= steps; i++)
      pts.push(`${Math.round((i * width) / steps)},${Math.round(base - r.next() * amp)}`);
    pts.push(`${width},${height}`);
    return pts.join(' ');
  };
  const ridges = [0, 1, 2]
    .map(
      (k) =>
        `<polygon points="${ridge(height * (0.45 + k * 0.15), height * 0.25, r.int(5, 12))}" fill="${hsl(hue + 90 + k * 12, 35 + k * 10, 55 - k * 14)}"/>`,
    )
    .join('');
  const sun = `<circle cx="${r.int(150, width - 150)}" cy="${r.int(100, 300)}" r="${r.int(40, 90)}" fill="${hsl(hue + 40, 90, 85)}"/>`;
  const river = `<path d="M0 ${height * 0.9} C ${width * 0.3} ${height * r.next()}, ${width * 0.6} ${height}, ${width} ${height * 0.85} L ${width} ${height} L 0 ${height} Z" fill="${hsl(hue + 200, 50, 45)}" opacity="0.7"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 200, 60, 70)}"/><stop offset="1" stop-color="${hsl(hue + 30, 70, 88)}"/></linearGradient></defs><rect width="${width}" height="${height}" fill="url(#sky)"/>${sun}${ridges}${river}</svg>`;
}
