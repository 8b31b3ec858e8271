/**
 * The content a new site starts with: the pages every site needs in three languages (about,
 * contact, accessibility statement, site map, the press-release boilerplate), one example entry
 * of every collection marked [PLACEHOLDER], a placeholder picture, and the list files. The about
 * and boilerplate texts and every example entry carry the marker where the province's own words
 * go; the contact, accessibility and site-map pages are complete as they are.
 */
import type { Answers } from '../answers.ts';
import { P } from './config.ts';

type Lang = 'vi' | 'en' | 'zh';
const LANGS: Lang[] = ['vi', 'en', 'zh'];
type L<T = string> = Record<Lang, T>;

/** The contact every example points at: the agency, from the answers. */
export const CONTACT_ID = 'lien-he-chung';
/** The example picture's record. */
export const MEDIA_ID = 'anh-mau';

const q = (s: string) => JSON.stringify(s);

/** A Markdown file: front-matter lines, then the body. */
const md = (front: string[], body: string) => `---\n${front.join('\n')}\n---\n\n${body.trim()}\n`;

/** The first line of every example entry's front matter. */
const EXAMPLE: L = {
  vi: `# ${P} Mục mẫu: viết nội dung thật của tỉnh vào các chỗ có dấu này, hoặc xóa tệp (và các bản dịch của nó).`,
  en: `# ${P} Example entry: write the province's own content wherever this marker is, or delete the file (and its translations).`,
  zh: `# ${P} 示例条目：在有此标记处写入本省的真实内容，或删除本文件（及其译文）。`,
};

interface Entry {
  collection: string;
  name: string;
  /** Per language: front-matter lines after title/description/slug. */
  fields: (l: Lang) => string[];
  title: L;
  description: L;
  slug?: Partial<L>;
  body: L;
  example?: boolean;
}

function entryFiles(e: Entry): Record<string, string> {
  const files: Record<string, string> = {};
  for (const l of LANGS) {
    const front = [
      ...(e.example === false ? [] : [EXAMPLE[l]]),
      `title: ${q(e.title[l])}`,
      `description: ${q(e.description[l])}`,
      ...(e.slug?.[l] ? [`slug: ${e.slug[l]}`] : []),
      ...e.fields(l),
    ];
    files[`src/content/${e.collection}/${l}/${e.name}.md`] = md(front, e.body[l]);
  }
  return files;
}

// ------------------------------------------------------------------ the pages every site needs

function pages(a: Answers): Entry[] {
  const f = a.fullName;
  return [
    {
      collection: 'pages',
      name: 'gioi-thieu',
      example: false,
      slug: { en: 'about', zh: 'guanyu' },
      title: { vi: `Giới thiệu ${f.vi}`, en: `About ${f.en}`, zh: `${f.zh}简介` },
      description: {
        vi: `${P} Một hai câu giới thiệu tỉnh: vị trí, con người, điều nổi bật.`,
        en: `${P} One or two sentences about the province: where it is, its people, what stands out.`,
        zh: `${P} 用一两句话介绍本省：地理位置、人民和特色。`,
      },
      fields: () => ['role: about'],
      body: {
        vi: `## Vị trí và địa giới\n\n${P} Tỉnh nằm ở đâu, giáp những tỉnh, nước hay vùng biển nào, diện tích (kèm nguồn).\n\n## Con người\n\n${P} Dân số, các dân tộc, trung tâm hành chính (kèm nguồn).\n\n## Kinh tế và du lịch\n\n${P} Thế mạnh của tỉnh, bằng số liệu có nguồn.`,
        en: `## Where it is\n\n${P} Where the province lies, which provinces, countries or seas border it, its area (with the source).\n\n## People\n\n${P} Population, communities, the administrative centre (with the source).\n\n## Economy and tourism\n\n${P} What the province is strong in, with sourced figures.`,
        zh: `## 地理位置\n\n${P} 本省位于何处，与哪些省份、国家或海域相邻，面积（注明来源）。\n\n## 人口\n\n${P} 人口、民族、行政中心（注明来源）。\n\n## 经济与旅游\n\n${P} 本省的优势，附有来源的数据。`,
      },
    },
    {
      collection: 'pages',
      name: 'lien-he',
      example: false,
      slug: { en: 'contact', zh: 'lianxi' },
      title: { vi: 'Liên hệ', en: 'Contact', zh: '联系我们' },
      description: {
        vi: `Cách liên hệ với ${a.agency.vi} về nội dung của trang này.`,
        en: `How to reach the ${a.agency.en} about the content of this site.`,
        zh: `如何就本网站内容联系${a.agency.zh}。`,
      },
      fields: () => ['role: contact'],
      body: {
        vi: `Địa chỉ, số điện thoại và thư điện tử của ${a.agency.vi} ghi ở cuối mỗi trang.\n\n- Thư điện tử: ${a.email}\n- Điện thoại: ${a.phone}\n\nPhóng viên xin xem các đầu mối liên hệ báo chí trong mục Báo chí. Nếu bạn gặp khó khăn khi dùng trang web, hãy cho chúng tôi biết; xem thêm [tuyên bố về khả năng tiếp cận](/kha-nang-tiep-can/).`,
        en: `The address, phone number and e-mail of the ${a.agency.en} are at the foot of every page.\n\n- E-mail: ${a.email}\n- Phone: ${a.phone}\n\nJournalists will find the media contacts in the Press section. If anything on this site is hard to use, please tell us; see also the [accessibility statement](/en/accessibility/).`,
        zh: `${a.agency.zh}的地址、电话和电子邮件见每页底部。\n\n- 电子邮件：${a.email}\n- 电话：${a.phone}\n\n记者请查看新闻栏目中的媒体联系人。如您在使用本网站时遇到困难，请告诉我们；另见[无障碍声明](/zh/wuzhangai/)。`,
      },
    },
    {
      collection: 'pages',
      name: 'kha-nang-tiep-can',
      example: false,
      slug: { en: 'accessibility', zh: 'wuzhangai' },
      title: { vi: 'Tuyên bố về khả năng tiếp cận', en: 'Accessibility statement', zh: '无障碍声明' },
      description: {
        vi: 'Trang web này hướng tới đáp ứng WCAG 2.2 mức AA. Tuyên bố cho biết cách báo cho chúng tôi khi bạn gặp khó khăn.',
        en: 'This site aims to meet WCAG 2.2 level AA. This statement says how to tell us when something is hard to use.',
        zh: '本网站力求符合WCAG 2.2 AA级标准。本声明说明遇到困难时如何告诉我们。',
      },
      fields: () => ['role: accessibility'],
      body: {
        vi: `## Cam kết của chúng tôi\n\nChúng tôi muốn mọi người đều dùng được trang web này, kể cả người dùng trình đọc màn hình, người chỉ dùng bàn phím, người phóng to chữ hoặc truy cập bằng kết nối chậm. Mục tiêu là đáp ứng Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.2, mức AA.\n\n## Cách trang được làm\n\nTrang được dựng bằng Portico: mọi trang dùng được bằng bàn phím, có tiêu đề và mốc điều hướng rõ ràng, đọc được khi tắt JavaScript, và có đủ ba thứ tiếng. Ảnh có mô tả bằng lời cho trình đọc màn hình.\n\n## Báo cho chúng tôi\n\nNếu phần nào của trang khó dùng với bạn, hãy gửi thư tới ${a.email} và cho biết trang nào, bạn dùng thiết bị gì. Chúng tôi sẽ trả lời và sửa sớm nhất có thể.`,
        en: `## Our commitment\n\nWe want everyone to be able to use this site, including people who use a screen reader, only a keyboard, enlarged text or a slow connection. The aim is to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.\n\n## How the site is made\n\nThe site is built with Portico: every page works with a keyboard, has clear headings and landmarks, reads without JavaScript, and exists in all three languages. Pictures have text descriptions for screen readers.\n\n## Tell us\n\nIf any part of the site is hard for you to use, write to ${a.email} and tell us which page and what device you use. We will answer and fix it as soon as we can.`,
        zh: `## 我们的承诺\n\n我们希望每个人都能使用本网站，包括使用屏幕阅读器、只用键盘、放大文字或网速较慢的用户。我们的目标是符合《Web内容无障碍指南》（WCAG）2.2的AA级。\n\n## 网站如何制作\n\n本网站由Portico构建：每个页面都可用键盘操作，标题和导航标志清晰，关闭JavaScript时仍可阅读，并提供三种语言。图片附有供屏幕阅读器使用的文字描述。\n\n## 告诉我们\n\n如果网站的任何部分让您难以使用，请发送电子邮件至${a.email}，告诉我们是哪个页面以及您使用的设备。我们会尽快答复并改进。`,
      },
    },
    {
      collection: 'pages',
      name: 'so-do-trang',
      example: false,
      slug: { en: 'sitemap', zh: 'wangzhan-ditu' },
      title: { vi: 'Sơ đồ trang', en: 'Site map', zh: '网站地图' },
      description: {
        vi: 'Danh sách tất cả các trang của trang web bằng tiếng Việt, giúp bạn tìm nhanh nội dung cần thiết.',
        en: 'Every page of the site in English, to find what you need quickly.',
        zh: '本网站全部中文页面的列表，帮助您快速找到所需内容。',
      },
      fields: () => ['role: sitemap'],
      body: {
        vi: 'Trang này liệt kê mọi trang của trang web bằng tiếng Việt. Sơ đồ trang dùng được cả khi trình duyệt tắt JavaScript. Nếu không thấy điều bạn cần, hãy [liên hệ với chúng tôi](/lien-he/).',
        en: 'This page lists every page of the site in English. It works even with JavaScript turned off. If you cannot find what you need, please [contact us](/en/contact/).',
        zh: '本页列出网站的全部中文页面，关闭JavaScript时也可使用。如果没有找到所需信息，欢迎[与我们联系](/zh/lianxi/)。',
      },
    },
    {
      collection: 'pages',
      name: 'press-boilerplate',
      example: false,
      title: { vi: `Về ${f.vi}`, en: `About ${f.en}`, zh: `关于${f.zh}` },
      description: {
        vi: `Đoạn giới thiệu chuẩn về ${f.vi}, in ở cuối mỗi thông cáo báo chí.`,
        en: `The standard paragraph about ${f.en}, printed at the end of every press release.`,
        zh: `关于${f.zh}的标准介绍，印在每篇新闻稿末尾。`,
      },
      fields: () => ['section: press', 'role: boilerplate'],
      body: {
        vi: `${P} Ba đến bốn câu giới thiệu tỉnh cho báo chí: vị trí, dân số, thế mạnh, số đơn vị hành chính (kèm nguồn).`,
        en: `${P} Three or four sentences about the province for journalists: where it is, population, strengths, administrative units (with sources).`,
        zh: `${P} 用三四句话向记者介绍本省：位置、人口、优势、行政区划（注明来源）。`,
      },
    },
  ];
}

// ------------------------------------------------------------------ one example entry per collection

function examples(inside: { lat: number; lon: number }, today: string): Entry[] {
  const coordinates = (l: Lang) => [
    `coordinates: { lat: ${inside.lat}, lon: ${inside.lon} } # ${P} ${{ vi: 'tọa độ thật (vĩ độ, kinh độ), trong ranh giới tỉnh', en: 'the real position (latitude, longitude), inside the outline', zh: '真实坐标（纬度、经度），须在省界内' }[l]}`,
  ];
  const commune = (l: Lang) => [
    'location:',
    `  commune: ${q(`${P} ${{ vi: 'Xã hoặc phường (tên từ 1/7/2025)', en: 'Commune or ward (name since 1 July 2025)', zh: '乡或坊（2025年7月1日后的名称）' }[l]}`)}`,
  ];
  const source = (l: Lang) =>
    `source: ${q(`${P} ${{ vi: 'Văn bản hoặc trang chính thức là nguồn của thông tin', en: 'The document or official page the facts come from', zh: '信息来源的文件或官方网页' }[l]}`)}`;
  const text = (vi: string, en: string, zh: string): L => ({ vi: `${P} ${vi}`, en: `${P} ${en}`, zh: `${P} ${zh}` });
  return [
    {
      collection: 'sectors',
      name: 'linh-vuc-mau',
      slug: { en: 'sample-sector', zh: 'shili-lingyu' },
      title: text('Lĩnh vực ưu tiên', 'A priority sector', '优先领域'),
      description: text(
        'Một câu mô tả lĩnh vực tỉnh kêu gọi đầu tư.',
        'One sentence on a sector the province invites investment in.',
        '一句话介绍本省招商的领域。',
      ),
      fields: () => ['order: 1'],
      body: text(
        'Vì sao tỉnh ưu tiên lĩnh vực này: lợi thế, số liệu có nguồn, nhà đầu tư cần biết gì.',
        'Why the province gives this sector priority: its advantages, sourced figures, what investors should know.',
        '本省为何优先发展该领域：优势、有来源的数据、投资者须知。',
      ),
    },
    {
      collection: 'zones',
      name: 'khu-cong-nghiep-mau',
      slug: { en: 'sample-industrial-park', zh: 'shili-gongyeyuan' },
      title: text('Khu công nghiệp', 'An industrial park', '工业园区'),
      description: text(
        'Một câu mô tả khu công nghiệp, khu kinh tế hoặc cửa khẩu.',
        'One sentence on an industrial park, economic zone or border gate.',
        '一句话介绍工业园区、经济区或口岸。',
      ),
      fields: (l) => [
        `kind: industrial-park # ${P} economic-zone, industrial-park, industrial-cluster, border-gate`,
        ...commune(l),
        ...coordinates(l),
        `areaHa: 100 # ${P} ${{ vi: 'diện tích (ha)', en: 'area (ha)', zh: '面积（公顷）' }[l]}`,
        'sectors: [linh-vuc-mau]',
        source(l),
        'order: 1',
      ],
      body: text(
        'Vị trí, hạ tầng, ngành nghề, quỹ đất còn trống.',
        'Location, infrastructure, industries, land still available.',
        '位置、基础设施、产业、可用土地。',
      ),
    },
    {
      collection: 'opportunities',
      name: 'du-an-mau',
      slug: { en: 'sample-project', zh: 'shili-xiangmu' },
      title: text('Dự án kêu gọi đầu tư', 'A project calling for investors', '招商项目'),
      description: text('Một câu mô tả dự án.', 'One sentence on the project.', '一句话介绍项目。'),
      fields: (l) => [
        'sector: linh-vuc-mau',
        'zone: khu-cong-nghiep-mau',
        ...commune(l),
        `areaHa: 10 # ${P} ${{ vi: 'diện tích (ha)', en: 'area (ha)', zh: '面积（公顷）' }[l]}`,
        'capital:',
        `  vnd: 100000000000 # ${P} ${{ vi: 'tổng vốn (đồng)', en: 'total investment (VND)', zh: '总投资（越南盾）' }[l]}`,
        'form: open',
        'status: preparing',
        `contact: ${CONTACT_ID}`,
        source(l),
        `illustrative: true # ${P} ${{ vi: 'bỏ dòng này và thêm verifiedOn: "YYYY-MM-DD" (ngày đối chiếu với nguồn) khi số liệu là chính thức', en: 'remove this line and add verifiedOn: "YYYY-MM-DD" (the day the facts were checked) once the figures are official', zh: '数据正式后删除此行并添加 verifiedOn: "YYYY-MM-DD"（核对日期）' }[l]}`,
      ],
      body: text(
        'Mục tiêu, quy mô, hình thức đầu tư, tình trạng hồ sơ.',
        'Aims, scale, form of investment, where the file stands.',
        '目标、规模、投资形式、进展情况。',
      ),
    },
    {
      collection: 'incentives',
      name: 'uu-dai-mau',
      slug: { en: 'sample-incentive', zh: 'shili-youhui' },
      title: text('Ưu đãi đầu tư', 'An investment incentive', '投资优惠'),
      description: text(
        'Một câu mô tả ưu đãi và đối tượng được hưởng.',
        'One sentence on the incentive and who gets it.',
        '一句话介绍优惠及适用对象。',
      ),
      fields: (l) => [
        'legalBasis:',
        `  title: ${q(`${P} ${{ vi: 'Số và tên văn bản', en: 'Number and title of the legal document', zh: '法律文件编号及名称' }[l]}`)}`,
        `  issuer: ${q(`${P} ${{ vi: 'Cơ quan ban hành', en: 'Issuing body', zh: '发布机关' }[l]}`)}`,
        `  effective: "${today}" # ${P} ${{ vi: 'ngày có hiệu lực', en: 'the day it took effect', zh: '生效日期' }[l]}`,
        'kind: other',
        'sectors: []',
      ],
      body: text(
        'Nội dung ưu đãi, điều kiện, thủ tục, cơ quan hướng dẫn.',
        'What the incentive gives, the conditions, the procedure, who advises.',
        '优惠内容、条件、手续、咨询机构。',
      ),
    },
    {
      collection: 'destinations',
      name: 'diem-den-mau',
      slug: { en: 'sample-destination', zh: 'shili-jingdian' },
      title: text('Điểm đến', 'A place to visit', '景点'),
      description: text('Một câu mô tả điểm đến.', 'One sentence on the place.', '一句话介绍景点。'),
      fields: (l) => [
        `kind: nature # ${P} nature, heritage, spiritual, market, border`,
        ...commune(l),
        ...coordinates(l),
        `cover: ${MEDIA_ID}`,
        `gettingThere: ${q(`${P} ${{ vi: 'Cách đi tới, khoảng cách từ trung tâm tỉnh.', en: 'How to get there, the distance from the provincial centre.', zh: '交通方式及距省中心的距离。' }[l]}`)}`,
      ],
      body: text(
        'Điều gì làm nên điểm đến, nên đến khi nào, những điều cần lưu ý.',
        'What makes the place, when to come, what to know.',
        '景点特色、最佳时间、注意事项。',
      ),
    },
    {
      collection: 'festivals',
      name: 'le-hoi-mau',
      slug: { en: 'sample-festival', zh: 'shili-jieqing' },
      title: text('Lễ hội', 'A festival', '节庆'),
      description: text('Một câu mô tả lễ hội.', 'One sentence on the festival.', '一句话介绍节庆。'),
      fields: (l) => [
        'date:',
        `  calendar: lunar # ${P} ${{ vi: 'lunar (âm lịch) hoặc solar (dương lịch), tháng, ngày', en: 'lunar or solar, month and day', zh: 'lunar（农历）或solar（公历），月、日' }[l]}`,
        '  month: 1',
        '  day: 15',
        ...commune(l),
        'destination: diem-den-mau',
      ],
      body: text(
        'Ý nghĩa, nghi lễ, phần hội, lịch trình.',
        'Its meaning, rites, festivities, programme.',
        '节庆的意义、仪式、活动和日程。',
      ),
    },
    {
      collection: 'culture',
      name: 'van-hoa-mau',
      slug: { en: 'sample-culture', zh: 'shili-wenhua' },
      title: text('Văn hóa', 'Culture', '文化'),
      description: text(
        'Một câu về một cộng đồng, di sản, nghề, món ăn hay phong tục.',
        'One sentence on a community, heritage, craft, dish or custom.',
        '一句话介绍一个民族、遗产、手艺、美食或习俗。',
      ),
      fields: () => [`kind: community # ${P} community, heritage, craft, cuisine, custom, arts`, 'order: 1'],
      body: text('Viết bài, kèm nguồn.', 'Write the article, with sources.', '撰写文章，注明来源。'),
    },
    {
      collection: 'news',
      name: 'thong-cao-mau',
      slug: { en: 'sample-press-release', zh: 'shili-xinwengao' },
      title: text('Thông cáo báo chí', 'A press release', '新闻稿'),
      description: text('Một câu tóm tắt thông cáo.', 'One sentence summing up the release.', '一句话概括新闻稿。'),
      fields: (l) => [
        'type: press-release',
        `date: "${today}" # ${P} ${{ vi: 'ngày phát hành', en: 'the release date', zh: '发布日期' }[l]}`,
        `dateline: ${q(`${P} ${{ vi: 'Nơi phát hành', en: 'Where it is issued', zh: '发布地' }[l]}`)}`,
        `contacts: [${CONTACT_ID}]`,
        'pressKit: bo-tai-lieu-mau',
        'notesToEditors:',
        `  - ${q(`${P} ${{ vi: 'Ghi chú cho biên tập viên', en: 'A note to editors', zh: '编者注' }[l]}`)}`,
      ],
      body: text(
        'Nội dung thông cáo: ai, việc gì, khi nào, ở đâu, vì sao.',
        'The release: who, what, when, where, why.',
        '新闻稿正文：何人、何事、何时、何地、为何。',
      ),
    },
    {
      collection: 'press-kits',
      name: 'bo-tai-lieu-mau',
      slug: { en: 'sample-press-kit', zh: 'shili-ziliaobao' },
      title: text('Bộ tài liệu báo chí', 'A press kit', '新闻资料包'),
      description: text('Một câu mô tả bộ tài liệu.', 'One sentence on the kit.', '一句话介绍资料包。'),
      fields: () => [`assets: [${MEDIA_ID}]`, `contacts: [${CONTACT_ID}]`],
      body: text(
        'Tài liệu tóm tắt cho phóng viên: các con số chính có nguồn, lịch sự kiện, cách liên hệ.',
        'The fact sheet for journalists: key figures with sources, dates, how to get in touch.',
        '供记者使用的概况：有来源的主要数据、活动日程、联系方式。',
      ),
    },
  ];
}

function mediaRecord(): string {
  return `# ${P} Ảnh mẫu: thay anh-mau.png bằng ảnh thật và viết lại các trường dưới đây. / Example picture: replace anh-mau.png and rewrite the fields below.
file: ./anh-mau.png
kind: illustration # ${P} photo or illustration
caption:
  vi: ${q(`${P} Ảnh cho thấy gì`)}
  en: ${q(`${P} What the picture shows`)}
  zh: ${q(`${P} 图片内容`)}
alt:
  vi: ${q(`${P} Mô tả ảnh cho người dùng trình đọc màn hình`)}
  en: ${q(`${P} A description for screen-reader users`)}
  zh: ${q(`${P} 供屏幕阅读器用户的图片描述`)}
credit: ${q(`${P} Tác giả, cơ quan / author, agency`)}
licence: cc-by-4.0 # ${P} cc-by-4.0, cc-by-sa-4.0, cc0-1.0, public-domain, government-free-use, all-rights-reserved
allowedUse: editorial # ${P} editorial or commercial
`;
}

function contactsYaml(a: Answers): string {
  return `# Đầu mối liên hệ cho báo chí, nhà đầu tư và du khách: tên-mục → bản ghi (schema ContactSchema).
# Contacts for journalists, investors and visitors: name → record. verified: false while a number
# or address is not confirmed (the site then says so). Another contact, for example:
#
# bao-chi:
#   kind: press-office   # spokesperson, press-office, investment, tourism, general
#   name: { vi: "Phòng Báo chí", en: "Press office", zh: "新闻办公室" }
#   role: { vi: "Đầu mối cho báo chí", en: "Press contact point", zh: "媒体联络窗口" }
#   phone: "+84 200 3800 001"
#   email: press@example.gov.vn
#   languages: [vi, en]
#   verified: false

${CONTACT_ID}:
  kind: general
  name:
    vi: ${q(a.agency.vi)}
    en: ${q(a.agency.en)}
    zh: ${q(a.agency.zh)}
  role:
    vi: "Đầu mối liên hệ chung"
    en: "General contact point"
    zh: "综合联络窗口"
  phone: ${q(a.phone)}
  email: ${q(a.email)}
  languages: [vi]
  verified: true
`;
}

function glossaryYaml(a: Answers): string {
  return `# Tên chính thức bằng ba thứ tiếng; bản dịch phải dùng đúng cách viết này (npm run status báo chỗ chưa dùng).
# Official names in three languages; translations must use these renderings (npm run status lists
# where they do not). Add places, agencies and programmes as you go, for example:
#
# uy-ban-nhan-dan-tinh:
#   vi: Ủy ban nhân dân tỉnh
#   en: Provincial People's Committee
#   zh: 省人民委员会

${a.id}:
  vi: ${q(a.name.vi)}
  en: ${q(a.name.en)}
  zh: ${q(a.name.zh)}
  note: "The province's short name."
${a.id}-province:
  vi: ${q(a.fullName.vi)}
  en: ${q(a.fullName.en)}
  zh: ${q(a.fullName.zh)}
  note: "The province's full name."
co-quan:
  vi: ${q(a.agency.vi)}
  en: ${q(a.agency.en)}
  zh: ${q(a.agency.zh)}
  note: "The agency that publishes the site."
`;
}

const CALENDAR_DATES = `# Ngày riêng của tỉnh (thành lập, giải phóng, kết nghĩa…): tên-mục → bản ghi (schema CalendarDateSchema).
# Ngày lễ, ngày kỷ niệm quốc gia và quan hệ ngoại giao của Việt Nam có sẵn trong Portico, không cần chép lại.
# The province's own dates (founding, liberation, twinning…): name → record. Vietnam's national
# holidays and anniversaries and its diplomatic relations come with Portico; an entry here with the
# same name as one of them replaces it. For example:
#
# thanh-lap-tinh:
#   kind: provincial
#   title: { vi: "Ngày thành lập tỉnh", en: "Founding of the province", zh: "建省纪念日" }
#   calendar: solar          # solar or lunar
#   date: "1900-01-01"       # the original date; "1900-01" or "1900" when only that is known
#   source: "The decision or law that founded the province"
`;

const RELATIONS = `# Quan hệ ngoại giao của Việt Nam có sẵn trong Portico. Ghi ở đây để sửa hoặc bổ sung một nước:
# mục cùng mã (ISO 3166, chữ thường) sẽ thay mục của Portico (schema RelationSchema).
# Vietnam's diplomatic relations come with Portico. Write a country here to correct or add one:
# an entry with the same code (lower-case ISO 3166) replaces Portico's. For example:
#
# jp:
#   country: { vi: "Nhật Bản", en: "Japan", zh: "日本" }
#   established: "1973-09-21"
#   confidence: verified
#   source: "…"
`;

const REDIRECTS = `# Địa chỉ đã chuyển: khi một trang đổi địa chỉ, thêm địa chỉ cũ vào đây để liên kết cũ vẫn dùng được.
# Moved addresses: when a page moves, add its old address here so old links keep working.
#
# gioi-thieu-cu:
#   from: /gioi-thieu-tinh/
#   to: /gioi-thieu/
`;

/** Every content file of a new site, by path from the site's root. */
export function contentFiles(
  a: Answers,
  inside: { lat: number; lon: number },
  today: string,
  picture: Uint8Array,
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const entry of [...pages(a), ...examples(inside, today)]) Object.assign(files, entryFiles(entry));
  files[`src/content/media/${MEDIA_ID}.yaml`] = mediaRecord();
  files[`src/content/media/${MEDIA_ID}.png`] = picture;
  files['src/content/contacts.yaml'] = contactsYaml(a);
  files['src/content/glossary.yaml'] = glossaryYaml(a);
  files['src/content/calendar-dates.yaml'] = CALENDAR_DATES;
  files['src/content/diplomatic-relations.yaml'] = RELATIONS;
  files['src/content/redirects.yaml'] = REDIRECTS;
  return files;
}
