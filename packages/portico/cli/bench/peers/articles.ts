/**
 * The peer comparison's article corpus: N articles per language (vi, en, zh), each a title, a
 * description, a date and a Markdown body (## headings, paragraphs, some bold, some lists), written
 * once and then laid out for Portico, Starlight and Hugo, so every system renders the same text.
 * The words are neutral and made up: community life in an unnamed town (a library, a market, a
 * footbridge…), no real place names. Pure and deterministic: the same size and seed give the same
 * articles.
 */
import { createRandom, type Random } from '../random.ts';
import type { Lang, Tri } from '../text.ts';

export const ARTICLE_LANGS: readonly Lang[] = ['vi', 'en', 'zh'];

export interface Article {
  /** File name and URL segment in every language and every system, e.g. article-0001. */
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  title: Tri;
  description: Tri;
  /** Markdown, starting with a `## ` heading (the page's title is rendered from the front matter). */
  body: Tri;
}

const tri = (vi: string, en: string, zh: string): Tri => ({ vi, en, zh });
const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

const SUBJECTS: readonly Tri[] = [
  tri('thư viện cộng đồng', 'the community library', '社区图书馆'),
  tri('chợ phiên cuối tuần', 'the weekend market', '周末集市'),
  tri('vườn trường', 'the school garden', '校园菜园'),
  tri('tuyến xe buýt nội vùng', 'the local bus line', '本地公交线路'),
  tri('cây cầu đi bộ', 'the footbridge', '人行桥'),
  tri('nhà văn hóa thôn', 'the village hall', '村文化室'),
  tri('hợp tác xã chè', 'the tea cooperative', '茶叶合作社'),
  tri('trạm y tế', 'the health station', '卫生站'),
  tri('đường đạp xe ven suối', 'the stream-side cycle path', '溪边自行车道'),
  tri('xưởng mộc nhỏ', 'the small woodwork shop', '小型木工坊'),
  tri('dự án điện mặt trời áp mái', 'the rooftop solar project', '屋顶太阳能项目'),
  tri('câu lạc bộ cờ tướng', 'the chess club', '象棋俱乐部'),
  tri('đội văn nghệ nghiệp dư', 'the amateur music group', '业余文艺队'),
  tri('bể bơi công cộng', 'the public pool', '公共游泳池'),
  tri('vườn ươm cây', 'the tree nursery', '苗圃'),
  tri('lớp học buổi tối', 'the evening class', '夜校课程'),
];

const GROUPS: readonly Tri[] = [
  tri('cư dân', 'residents', '居民'),
  tri('tình nguyện viên', 'volunteers', '志愿者'),
  tri('học sinh', 'pupils', '学生'),
  tri('giáo viên', 'teachers', '教师'),
  tri('nông dân', 'farmers', '农民'),
  tri('du khách', 'visitors', '游客'),
  tri('người cao tuổi', 'older residents', '老年人'),
  tri('thanh niên', 'young people', '青年'),
];

/** Places without names: parts of an unnamed town. */
const AREAS: readonly Tri[] = [
  tri('vùng đồi phía bắc', 'the northern hills', '北部丘陵'),
  tri('thung lũng phía tây', 'the western valley', '西部河谷'),
  tri('khu phố cũ', 'the old quarter', '老城区'),
  tri('bờ sông', 'the riverbank', '河岸'),
  tri('xóm núi', 'the hill hamlet', '山村'),
  tri('khu chợ trung tâm', 'the central market area', '中心市场一带'),
  tri('khu ven hồ', 'the lakeside quarter', '湖滨区'),
  tri('cánh đồng phía nam', 'the southern fields', '南部田野'),
];

const THINGS: readonly Tri[] = [
  tri('sách thiếu nhi', 'children’s books', '儿童读物'),
  tri('hạt giống rau', 'vegetable seeds', '蔬菜种子'),
  tri('ghế gấp', 'folding chairs', '折叠椅'),
  tri('đèn đường', 'street lights', '路灯'),
  tri('bình chữa cháy', 'fire extinguishers', '灭火器'),
  tri('xe đạp', 'bicycles', '自行车'),
  tri('bàn cờ', 'chess boards', '棋盘'),
  tri('dụng cụ làm vườn', 'garden tools', '园艺工具'),
  tri('máy tính cũ', 'second-hand computers', '旧电脑'),
  tri('áo mưa', 'raincoats', '雨衣'),
  tri('bảng tin mới', 'new notice boards', '新公告栏'),
  tri('thùng rác phân loại', 'sorting bins', '分类垃圾桶'),
];

const HEADINGS: readonly Tri[] = [
  tri('Bối cảnh', 'Background', '背景'),
  tri('Những gì đã thay đổi', 'What has changed', '有哪些变化'),
  tri('Ý kiến người dân', 'What residents say', '居民的看法'),
  tri('Kế hoạch sắp tới', 'Next steps', '下一步计划'),
  tri('Số liệu', 'In figures', '数据'),
  tri('Thông tin thiết thực', 'Practical details', '实用信息'),
  tri('Lịch trình', 'Timetable', '时间安排'),
  tri('Chi phí', 'Costs', '费用'),
  tri('Cách tham gia', 'How to take part', '如何参与'),
];

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Slots {
  s: Tri;
  g: Tri;
  a: Tri;
  y: number;
}

/** Sentence makers: each draws its own numbers and returns the sentence in the three languages. */
const SENTENCES: readonly ((r: Random, x: Slots) => Tri)[] = [
  (r, { s, g, a }) => {
    const m = r.int(1, 12);
    const n = r.int(20, 900);
    return tri(
      `${cap(s.vi)} ở ${a.vi} đã đón ${n} ${g.vi} trong tháng ${m}.`,
      `${cap(s.en)} in ${a.en} welcomed ${n} ${g.en} in ${MONTHS_EN[m - 1]}.`,
      `${m}月，${a.zh}的${s.zh}迎来了${n}名${g.zh}。`,
    );
  },
  (_, { g }) =>
    tri(
      `Theo ban quản lý, ${g.vi} có thể đăng ký trực tiếp hoặc qua điện thoại.`,
      `According to the organisers, ${g.en} can sign up in person or by phone.`,
      `据管理方介绍，${g.zh}可以现场或通过电话报名。`,
    ),
  (r, { g }) => {
    const n = r.int(15, 480);
    return tri(
      `Chi phí khoảng ${n} triệu đồng, do ngân sách địa phương và đóng góp của ${g.vi} chi trả.`,
      `It cost about ${n} million dong, paid from the local budget and by contributions from ${g.en}.`,
      `费用约${n}百万越南盾，由地方预算和${g.zh}的捐款承担。`,
    );
  },
  (r) => {
    const h1 = r.int(6, 9);
    const h2 = r.int(4, 6);
    return tri(
      `Giờ mở cửa mới là từ ${h1} giờ sáng đến ${h2} giờ chiều, trừ thứ Hai.`,
      `The new opening hours are ${h1} a.m. to ${h2} p.m., except on Mondays.`,
      `新的开放时间为上午${h1}点至下午${h2}点，周一除外。`,
    );
  },
  (_, { g }) =>
    tri(
      `Nhiều ${g.vi} cho biết họ mong có thêm ghế ngồi và bóng mát.`,
      `Many ${g.en} said they would like more seating and shade.`,
      `不少${g.zh}表示希望增加座椅和遮阳设施。`,
    ),
  (r, { y }) => {
    const n = r.int(2, 9);
    return tri(
      `Mùa mưa năm ${y} khiến công việc chậm lại khoảng ${n} tuần.`,
      `The ${y} rainy season delayed the work by about ${n} weeks.`,
      `${y}年雨季使工程推迟了约${n}周。`,
    );
  },
  (r, { s }) => {
    const m = r.int(1, 12);
    return tri(
      `${cap(s.vi)} sẽ mở cửa đón khách vào sáng thứ Bảy đầu tiên của tháng ${m}.`,
      `${cap(s.en)} will hold an open morning on the first Saturday of ${MONTHS_EN[m - 1]}.`,
      `${s.zh}将于${m}月的第一个星期六上午举办开放日。`,
    );
  },
  (r, { g, a }) => {
    const n = r.int(30, 600);
    return tri(
      `Một nhóm ${g.vi} đã trồng ${n} cây dọc theo ${a.vi}.`,
      `A group of ${g.en} planted ${n} trees along ${a.en}.`,
      `一群${g.zh}沿${a.zh}种下了${n}棵树。`,
    );
  },
  (r) => {
    const p = r.int(4, 60);
    return tri(
      `Số người tham gia tăng ${p}% so với năm trước.`,
      `Attendance rose by ${p}% on the previous year.`,
      `参加人数比上一年增加了${p}%。`,
    );
  },
  (_, { g }) =>
    tri(
      `Ban tổ chức nhắc ${g.vi} mang theo nước uống và mũ.`,
      `The organisers remind ${g.en} to bring water and a hat.`,
      `组织方提醒${g.zh}携带饮用水和帽子。`,
    ),
  (_, { s }) =>
    tri(
      `Thông tin chi tiết được dán tại bảng tin của ${s.vi}.`,
      `Details are posted on the notice board of ${s.en}.`,
      `详细信息张贴在${s.zh}的公告栏上。`,
    ),
  (r, { s, g }) => {
    const n = r.int(3, 25);
    return tri(
      `Trong ${n} năm qua, ${s.vi} đã trở thành nơi gặp gỡ quen thuộc của ${g.vi}.`,
      `Over the past ${n} years, ${s.en} has become a familiar meeting place for ${g.en}.`,
      `过去${n}年里，${s.zh}已成为${g.zh}熟悉的聚会场所。`,
    );
  },
  () =>
    tri(
      'Các lớp học miễn phí và không cần đăng ký trước.',
      'The classes are free and need no booking.',
      '课程免费，无需提前报名。',
    ),
  (r, { a }) => {
    const km = r.int(2, 18);
    return tri(
      `Đường vào ${a.vi} đã được trải nhựa lại ${km} ki-lô-mét.`,
      `${km} kilometres of the road to ${a.en} have been resurfaced.`,
      `通往${a.zh}的道路已重新铺设${km}公里。`,
    );
  },
  (r, { y }) => {
    const m = r.int(1, 12);
    return tri(
      `Dự án dự kiến hoàn thành vào tháng ${m} năm ${y + 1}.`,
      `The project is expected to be finished in ${MONTHS_EN[m - 1]} ${y + 1}.`,
      `项目预计于${y + 1}年${m}月完工。`,
    );
  },
  (r) => {
    const n = r.int(200, 5000);
    return tri(
      `Người phụ trách cho biết mục tiêu là phục vụ ${n} lượt khách mỗi tháng.`,
      `The person in charge said the aim is to serve ${n} visits a month.`,
      `负责人表示，目标是每月接待${n}人次。`,
    );
  },
  (r, { a }) => {
    const n = r.int(12, 340);
    return tri(
      `Nước sạch và điện đã được nối đến ${n} hộ gia đình ở ${a.vi}.`,
      `Clean water and power now reach ${n} households in ${a.en}.`,
      `${a.zh}已有${n}户家庭接通了自来水和电。`,
    );
  },
  (_, { s }) =>
    tri(
      `Vào cuối tuần, ${s.vi} thường đông hơn ngày thường.`,
      `At weekends ${s.en} is usually busier than on weekdays.`,
      `周末时，${s.zh}通常比平日更热闹。`,
    ),
  (r) => {
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    return tri(
      `Những ai muốn góp ý có thể gửi thư đến ban quản lý trước ngày ${d} tháng ${m}.`,
      `Anyone wishing to comment can write to the organisers before ${d} ${MONTHS_EN[m - 1]}.`,
      `如有意见，可在${m}月${d}日前致函管理方。`,
    );
  },
  (r, { g }) => {
    const t = r.pick(THINGS);
    const n = r.int(10, 250);
    return tri(
      `${cap(g.vi)} đã quyên góp ${n} ${t.vi} trong đợt vận động vừa qua.`,
      `${cap(g.en)} donated ${n} ${t.en} in the latest appeal.`,
      `在最近一次募捐活动中，${g.zh}捐出了${n}件${t.zh}。`,
    );
  },
];

const TITLES: readonly ((r: Random, x: Slots) => Tri)[] = [
  (_, { s, a }) =>
    tri(`${cap(s.vi)} ở ${a.vi} mở cửa trở lại`, `${cap(s.en)} in ${a.en} reopens`, `${a.zh}${s.zh}重新开放`),
  (_, { s, g }) =>
    tri(`${cap(s.vi)} đón thêm nhiều ${g.vi}`, `${cap(s.en)} welcomes more ${g.en}`, `${s.zh}迎来更多${g.zh}`),
  (_, { s, y }) =>
    tri(
      `${cap(s.vi)} thay đổi giờ hoạt động từ năm ${y}`,
      `${cap(s.en)} changes its opening hours from ${y}`,
      `${s.zh}自${y}年起调整开放时间`,
    ),
  (r, { s, a }) => {
    const n = r.int(2, 4);
    return tri(
      `${cap(s.vi)} ở ${a.vi} hoàn thành giai đoạn ${n}`,
      `${cap(s.en)} in ${a.en} completes phase ${n}`,
      `${a.zh}${s.zh}完成第${n}期工程`,
    );
  },
  (_, { s }) => tri(`${cap(s.vi)} tìm tình nguyện viên`, `${cap(s.en)} looks for volunteers`, `${s.zh}招募志愿者`),
  (r, { s }) => {
    const n = r.int(5, 40);
    return tri(`${cap(s.vi)} kỷ niệm ${n} năm`, `${cap(s.en)} marks ${n} years`, `${s.zh}迎来${n}周年`);
  },
];

const join = (parts: readonly Tri[]): Tri => ({
  vi: parts.map((p) => p.vi).join(' '),
  en: parts.map((p) => p.en).join(' '),
  zh: parts.map((p) => p.zh).join(''),
});

function paragraph(r: Random, x: Slots): Tri {
  const p = join(Array.from({ length: r.int(3, 6) }, () => r.pick(SENTENCES)(r, x)));
  if (!r.chance(0.15)) return p;
  // Bold the first clause (up to the first comma) in each language.
  const bold = (s: string) => s.replace(/^([^.。]{8,80}?)([,，])/, '**$1**$2');
  return { vi: bold(p.vi), en: bold(p.en), zh: bold(p.zh) };
}

function article(r: Random, index: number): Article {
  const x: Slots = { s: r.pick(SUBJECTS), g: r.pick(GROUPS), a: r.pick(AREAS), y: r.int(2019, 2026) };
  const month = r.int(1, x.y === 2026 ? 10 : 12);
  const date = `${x.y}-${String(month).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const title = r.pick(TITLES)(r, x);
  const description = join([r.pick(SENTENCES)(r, x), ...(r.chance(0.5) ? [r.pick(SENTENCES)(r, x)] : [])]);
  const blocks: Tri[] = [];
  for (const heading of r.sample(HEADINGS, r.int(3, 6))) {
    blocks.push({ vi: `## ${heading.vi}`, en: `## ${heading.en}`, zh: `## ${heading.zh}` });
    for (let p = r.int(1, 3); p > 0; p--) blocks.push(paragraph(r, x));
    if (r.chance(0.2)) {
      const items = r.sample(THINGS, r.int(3, 5));
      blocks.push({
        vi: items.map((t) => `- ${cap(t.vi)}`).join('\n'),
        en: items.map((t) => `- ${cap(t.en)}`).join('\n'),
        zh: items.map((t) => `- ${t.zh}`).join('\n'),
      });
    }
  }
  const body = (lang: Lang) => `${blocks.map((b) => b[lang]).join('\n\n')}\n`;
  return {
    id: `article-${String(index).padStart(4, '0')}`,
    date,
    title,
    description,
    body: { vi: body('vi'), en: body('en'), zh: body('zh') },
  };
}

/** `size` articles, each in vi, en and zh. */
export function generateArticles(size: number, seed: number): Article[] {
  const root = createRandom(seed ^ 0x5045_4552);
  return Array.from({ length: size }, (_, i) => article(root.fork(`article:${i + 1}`), i + 1));
}
