/**
 * Synthetic but realistic text for the benchmark corpus, in Vietnamese (with diacritics), English
 * and Simplified Chinese. A sentence is chosen once (template + slot values) and written in the
 * three languages, so translations say the same thing. Pure: all randomness comes from `Random`.
 *
 * The place names are made up; sectors, dishes and crafts are ordinary words of the north of
 * Vietnam. The facts the sentences combine them into exist only in the benchmark's work folders.
 */
import type { Random } from './random.ts';

export type Lang = 'vi' | 'en' | 'zh';
export const LANGS: readonly Lang[] = ['vi', 'en', 'zh'];

/** A text in the three languages. */
export interface Tri {
  vi: string;
  en: string;
  zh: string;
}

const tri = (vi: string, en: string, zh: string): Tri => ({ vi, en, zh });

// ---------------------------------------------------------------- vocabulary

export const PLACES: readonly Tri[] = [
  tri('Vân Đài', 'Van Dai', '云台'),
  tri('Phù Vân', 'Phu Van', '浮云'),
  tri('Lộc Yên', 'Loc Yen', '禄安'),
  tri('Thanh Khê', 'Thanh Khe', '清溪'),
  tri('Hòa Lũng', 'Hoa Lung', '和陇'),
  tri('Bắc Vân', 'Bac Van', '北云'),
  tri('Bình Sa', 'Binh Sa', '平沙'),
  tri('Văn Khê', 'Van Khe', '文溪'),
  tri('Văn Sơn', 'Van Son', '文山'),
  tri('Tràng Vân', 'Trang Van', '长云'),
  tri('Đình Sơn', 'Dinh Son', '亭山'),
  tri('Na Vân', 'Na Van', '那云'),
  tri('Tân Bình', 'Tan Binh', '新平'),
  tri('Núi Mây', 'Nui May', '云山'),
  tri('Thất Sơn', 'That Son', '七山'),
  tri('Na Khê', 'Na Khe', '那溪'),
];

/** Syllables of Tày–Nùng village names (bản Nà Pàn, Khuổi Ky…): combined, they give many names. */
const VILLAGE_FIRST = ['Nà', 'Khuổi', 'Pác', 'Cốc', 'Lũng', 'Phai', 'Pò', 'Bó', 'Slằng', 'Khau', 'Co', 'Hang'];
const VILLAGE_SECOND = [
  'Pàn',
  'Ky',
  'Mạ',
  'Sào',
  'Ngàn',
  'Khoang',
  'Vài',
  'Lẹng',
  'Tà',
  'Mò',
  'Rạo',
  'Lầy',
  'Phầy',
  'Cáy',
  'Nhừ',
  'Quân',
  'Thẳm',
  'Slác',
  'Cuông',
  'Lùng',
];

/** Fold a Vietnamese name to Latin letters: "Khuổi Ngàn" → "Khuoi Ngan". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

export const GATES: readonly Tri[] = [
  tri('Thanh Bình', 'Thanh Binh', '清平'),
  tri('Tân Bình', 'Tan Binh', '新平'),
  tri('Na Sa', 'Na Sa', '那沙'),
  tri('Cốc Vân', 'Coc Van', '谷云'),
  tri('ga Vân Đài', 'Van Dai railway', '云台火车站'),
];

export const ZONES: readonly Tri[] = [
  tri('Khu kinh tế cửa khẩu Vân Đài', 'the Van Dai Border Gate Economic Zone', '云台口岸经济区'),
  tri('Khu công nghiệp Đồng Vân', 'Dong Van Industrial Park', '同云工业区'),
  tri('Khu công nghiệp Hòa Lũng', 'Hoa Lung Industrial Park', '和陇工业区'),
  tri('Cụm công nghiệp Hợp Thành', 'Hop Thanh Industrial Cluster', '合成工业集群'),
  tri('Khu trung chuyển hàng hóa Tân Bình', 'the Tan Binh goods transfer area', '新平货物中转区'),
  tri('Khu công nghiệp Hồng Phong', 'Hong Phong Industrial Park', '红峰工业区'),
];

export const SECTORS: readonly Tri[] = [
  tri('logistics', 'logistics', '物流'),
  tri('nông nghiệp công nghệ cao', 'high-tech agriculture', '高科技农业'),
  tri('chế biến nông, lâm sản', 'farm and forest product processing', '农林产品加工'),
  tri('du lịch sinh thái', 'ecotourism', '生态旅游'),
  tri('năng lượng tái tạo', 'renewable energy', '可再生能源'),
  tri('thương mại biên giới', 'cross-border trade', '边境贸易'),
  tri('kho bãi và dịch vụ cửa khẩu', 'warehousing and border-gate services', '仓储和口岸服务'),
  tri('công nghiệp chế biến, chế tạo', 'manufacturing', '加工制造业'),
  tri('trồng và chế biến dược liệu', 'medicinal plants', '药材种植与加工'),
  tri('bất động sản công nghiệp', 'industrial real estate', '工业地产'),
];

export const PRODUCTS: readonly Tri[] = [
  tri('hoa hồi', 'star anise', '八角'),
  tri('na Phù Vân', 'Phu Van custard apples', '浮云番荔枝'),
  tri('quýt Bắc Vân', 'Bac Van mandarins', '北云柑橘'),
  tri('hồng không hạt Lộc Yên', 'Loc Yen seedless persimmons', '禄安无籽柿'),
  tri('thạch đen Tràng Vân', 'Trang Van black grass jelly', '长云黑凉粉'),
  tri('quế', 'cinnamon', '肉桂'),
  tri('chè Núi Mây', 'Nui May tea', '云山茶'),
  tri('rượu Núi Mây', 'Nui May rice wine', '云山米酒'),
];

export const DISHES: readonly Tri[] = [
  tri('vịt quay', 'roast duck', '烤鸭'),
  tri('lợn quay', 'roast pork', '烤乳猪'),
  tri('khâu nhục', 'khau nhuc braised pork', '扣肉'),
  tri('phở chua', 'sour pho', '酸粉'),
  tri('bánh cuốn trứng', 'egg rice rolls', '鸡蛋粉卷'),
  tri('bánh ngải', 'mugwort cakes', '艾糍'),
  tri('xôi ngũ sắc', 'five-colour sticky rice', '五色糯米饭'),
  tri('bánh chưng gù', 'hunched sticky rice cakes', '驼背粽子'),
];

export const ETHNIC: readonly Tri[] = [
  tri('Tày', 'Tay', '岱依族'),
  tri('Nùng', 'Nung', '侬族'),
  tri('Dao', 'Dao', '瑶族'),
  tri('Kinh', 'Kinh', '京族'),
  tri('Hoa', 'Hoa', '华族'),
  tri('Sán Chay', 'San Chay', '山斋族'),
  tri('Mông', 'Mong', '赫蒙族'),
];

export const CRAFTS: readonly Tri[] = [
  tri('dệt thổ cẩm', 'brocade weaving', '织锦'),
  tri('đan mây tre', 'rattan and bamboo weaving', '藤竹编织'),
  tri('rèn nông cụ', 'blacksmithing', '打铁'),
  tri('làm hương', 'incense making', '制香'),
  tri('chạm bạc', 'silversmithing', '银饰雕刻'),
  tri('làm đàn tính', 'tinh lute making', '天琴制作'),
  tri('nhuộm chàm', 'indigo dyeing', '蓝靛染布'),
];

export const SONGS: readonly Tri[] = [
  tri('hát then', 'then singing', '天琴弹唱'),
  tri('hát sli', 'sli singing', '侬族诗歌对唱'),
  tri('hát lượn', 'luon love duets', '伦调对歌'),
];

export const FESTIVAL_NAMES: readonly Tri[] = [
  tri('Lồng Tồng', 'Long Tong', '下田节'),
  tri('Sông Ngọc – Tả Miếu', 'Song Ngoc – Ta Mieu', '玉江—左庙庙会'),
  tri('đền Bắc Vân', 'Bac Van Temple', '北云庙会'),
  tri('chùa Vân Sơn', 'Van Son Pagoda', '云山寺庙会'),
  tri('Tết Nguyên đán', 'Lunar New Year', '春节'),
  tri('Tết Thanh minh', 'Thanh Minh', '清明节'),
];

export const COUNTRIES: readonly Tri[] = [
  tri('Trung Quốc', 'China', '中国'),
  tri('Nhật Bản', 'Japan', '日本'),
  tri('Hàn Quốc', 'South Korea', '韩国'),
  tri('Singapore', 'Singapore', '新加坡'),
  tri('Thái Lan', 'Thailand', '泰国'),
  tri('Đức', 'Germany', '德国'),
  tri('Úc', 'Australia', '澳大利亚'),
];

export const AGENCIES: readonly Tri[] = [
  tri('Sở Công Thương', 'the Department of Industry and Trade', '工贸厅'),
  tri('Sở Văn hóa, Thể thao và Du lịch', 'the Department of Culture, Sports and Tourism', '文化体育旅游厅'),
  tri('Sở Nông nghiệp và Môi trường', 'the Department of Agriculture and Environment', '农业与环境厅'),
  tri(
    'Ban Quản lý Khu kinh tế cửa khẩu Vân Đài',
    'the Border Gate Economic Zone Management Board',
    '口岸经济区管理委员会',
  ),
  tri(
    'Trung tâm Xúc tiến đầu tư, thương mại và du lịch',
    'the Investment, Trade and Tourism Promotion Centre',
    '投资贸易旅游促进中心',
  ),
];

export const TOPICS: readonly Tri[] = [
  tri('xúc tiến đầu tư', 'investment promotion', '投资促进'),
  tri('phát triển du lịch', 'tourism development', '旅游发展'),
  tri('chuyển đổi số', 'digital transformation', '数字化转型'),
  tri('cải cách hành chính', 'administrative reform', '行政改革'),
  tri('thương mại biên giới', 'border trade', '边境贸易'),
];

/** Landmark kinds: how a destination's name is written, and the destination kind it belongs to. */
export const LANDMARKS: readonly {
  vi: string;
  en: string;
  zh: string;
  kind: 'nature' | 'heritage' | 'spiritual' | 'market' | 'border';
}[] = [
  { vi: 'Động {x}', en: '{x} Cave', zh: '{x}洞', kind: 'nature' },
  { vi: 'Thác {x}', en: '{x} Waterfall', zh: '{x}瀑布', kind: 'nature' },
  { vi: 'Hồ {x}', en: '{x} Lake', zh: '{x}湖', kind: 'nature' },
  { vi: 'Đỉnh {x}', en: '{x} Peak', zh: '{x}峰', kind: 'nature' },
  { vi: 'Chùa {x}', en: '{x} Pagoda', zh: '{x}寺', kind: 'spiritual' },
  { vi: 'Đền {x}', en: '{x} Temple', zh: '{x}庙', kind: 'spiritual' },
  { vi: 'Di tích lịch sử {x}', en: '{x} historic site', zh: '{x}历史遗迹', kind: 'heritage' },
  { vi: 'Chợ {x}', en: '{x} Market', zh: '{x}市场', kind: 'market' },
  { vi: 'Cột mốc biên giới {x}', en: '{x} border marker', zh: '{x}界碑', kind: 'border' },
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

// ---------------------------------------------------------------- numbers

/** 1250 → "1.250" (vi), "1,250" (en), "1250" (zh). */
export function formatInt(n: number, lang: Lang): string {
  if (lang === 'zh') return String(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}

/** 4.5 → "4,5" (vi), "4.5" (en, zh). */
const formatDecimal = (n: number, lang: Lang): string => (lang === 'vi' ? String(n).replace('.', ',') : String(n));

// ---------------------------------------------------------------- sentences

/**
 * Sentence templates. Slots: {place} {gate} {zone} {sector} {product} {dish} {ethnic} {craft}
 * {song} {festival} {country} {agency} {topic} {dest} {market} {year} {p} (a percentage)
 * {km} {ha} {fee} {ty} (billion đồng) {usdm} (million dollars) {visitors} (millions)
 * {month1} {month2} {date} {village} (a generated village name). A slot used twice in one sentence has one value.
 */
export type Topic = 'invest' | 'visit' | 'culture' | 'news';

const S = (vi: string, en: string, zh: string): Tri => tri(vi, en, zh);

export const SENTENCES: Record<Topic, readonly Tri[]> = {
  invest: [
    S(
      '{zone} thu hút đầu tư vào lĩnh vực {sector}, với tổng vốn đăng ký khoảng {ty}.',
      '{zone} is attracting investment in {sector}, with registered capital of about {ty}.',
      '{zone}吸引{sector}领域投资，注册资本约{ty}。',
    ),
    S(
      'Năm {year}, kim ngạch xuất nhập khẩu qua cửa khẩu {gate} đạt khoảng {usdm}, tăng {p}% so với năm trước.',
      'In {year}, imports and exports through the {gate} border gate reached about {usdm}, up {p}% on the previous year.',
      '{year}年，经{gate}口岸的进出口额约{usdm}，同比增长{p}%。',
    ),
    S(
      '{agency} cho biết tỉnh đang hoàn thiện hạ tầng giao thông kết nối {place} với đường cao tốc của tỉnh.',
      '{agency} said the province is completing the road links between {place} and the provincial expressway.',
      '{agency}表示，全省正在完善连接{place}与友谊—支棱高速公路的交通基础设施。',
    ),
    S(
      'Nhà đầu tư vào lĩnh vực {sector} được hưởng ưu đãi về thuế thu nhập doanh nghiệp và tiền thuê đất theo quy định.',
      'Investors in {sector} receive incentives on corporate income tax and land rent as provided by law.',
      '投资{sector}领域的企业可依法享受企业所得税和土地租金优惠。',
    ),
    S(
      'Diện tích quy hoạch của {zone} khoảng {ha} ha, trong đó nhiều lô đất đã sẵn sàng bàn giao.',
      '{zone} covers a planned area of about {ha} ha, and many plots are ready to hand over.',
      '{zone}规划面积约{ha}公顷，其中多个地块已具备交付条件。',
    ),
    S(
      'Thủ tục đầu tư được giải quyết theo cơ chế một cửa tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Investment procedures are handled through a single window at the provincial Public Administration Service Centre.',
      '投资手续通过省行政公共服务中心“一站式”窗口办理。',
    ),
    S(
      'Tuyến đường sắt liên vận qua ga Vân Đài giúp hàng hóa đi Trung Quốc và châu Âu nhanh hơn.',
      'The international railway through Van Dai station carries goods to China and on to Europe more quickly.',
      '经云台站的国际联运铁路使货物更快运往中国和欧洲。',
    ),
    S(
      'Doanh nghiệp {country} quan tâm đến cơ hội hợp tác trong lĩnh vực {sector} tại {place}.',
      'Companies from {country} are interested in partnerships in {sector} in {place}.',
      '{country}企业关注在{place}开展{sector}领域合作的机会。',
    ),
    S(
      'Mỗi ngày có khoảng {int} lượt xe chở hàng làm thủ tục qua cửa khẩu {gate}.',
      'About {int} lorries clear the {gate} border gate every day.',
      '每天约有{int}辆货车在{gate}口岸办理通关手续。',
    ),
    S(
      'Dự án dự kiến tạo việc làm cho khoảng {int} lao động ở {village} và các bản lân cận.',
      'The project is expected to employ about {int} people from {village} and neighbouring villages.',
      '该项目预计为{village}及周边村寨提供约{int}个就业岗位。',
    ),
    S(
      'Lao động địa phương trẻ, được đào tạo nghề tại các trường cao đẳng trong tỉnh.',
      'The local workforce is young and trained at the province’s vocational colleges.',
      '当地劳动力年轻，并在省内各职业院校接受过培训。',
    ),
  ],
  visit: [
    S(
      '{dest} nằm cách trung tâm tỉnh khoảng {km} km, du khách có thể đi bằng xe máy hoặc ô tô.',
      '{dest} lies about {km} km from the provincial centre and can be reached by motorbike or car.',
      '{dest}距省中心约{km}公里，游客可骑摩托车或乘汽车前往。',
    ),
    S(
      'Mùa đẹp nhất để đến {place} là từ {month1} đến {month2}, khi trời mát và ít mưa.',
      'The best time to visit {place} is from {month1} to {month2}, when it is cool and dry.',
      '前往{place}的最佳季节是{month1}至{month2}，气候凉爽，雨水较少。',
    ),
    S(
      'Trên đỉnh Núi Mây, nhiệt độ mùa đông có khi xuống dưới 0 °C và xuất hiện băng giá.',
      'On the summit of Nui May, winter temperatures sometimes fall below 0 °C and frost forms.',
      '母山山顶冬季气温有时降至0°C以下，并出现冰冻。',
    ),
    S(
      'Du khách nên thưởng thức {dish} tại các quán ăn quanh chợ {market}.',
      'Visitors should try {dish} at the eateries around {market} market.',
      '游客不妨在{market}市场周边的小吃店品尝{dish}。',
    ),
    S(
      'Người dân {place} đón khách trong những ngôi nhà sàn truyền thống của người {ethnic}.',
      'The people of {place} welcome guests in traditional {ethnic} stilt houses.',
      '{place}的村民在{ethnic}传统高脚屋里接待游客。',
    ),
    S(
      'Giá vé tham quan khoảng {fee} đồng một người; trẻ em dưới 6 tuổi được miễn phí.',
      'Admission costs about VND {fee} per person; children under six enter free.',
      '门票约每人{fee}越南盾，6岁以下儿童免费。',
    ),
    S(
      'Từ Hà Nội, theo đường cao tốc, xe khách mất khoảng hai tiếng rưỡi để lên đến {place}.',
      'From Hanoi, coaches take about two and a half hours to reach {place} on the expressway.',
      '从河内出发，经高速公路，乘大巴约两个半小时即可抵达{place}。',
    ),
    S(
      'Trong hang có nhiều nhũ đá với hình thù kỳ lạ, được chiếu sáng bằng đèn nhiều màu.',
      'Inside the cave, stalactites of strange shapes are lit in many colours.',
      '洞内钟乳石形态奇特，在彩灯映照下五光十色。',
    ),
    S(
      'Chợ {market} họp đông nhất vào các ngày phiên, bán nhiều đặc sản như {product}.',
      '{market} market is busiest on market days, when it sells local specialities such as {product}.',
      '{market}市场在集日最为热闹，出售{product}等多种特产。',
    ),
    S(
      'Từ {village}, một con đường mòn dẫn lên đỉnh núi, đi bộ mất khoảng {km} phút.',
      'From {village}, a footpath climbs to the summit in about {km} minutes.',
      '从{village}出发，沿小路步行约{km}分钟即可登顶。',
    ),
    S(
      'Nhiều gia đình ở {village} làm homestay, phục vụ {dish} và {product} cho khách.',
      'Several families in {village} run homestays, serving {dish} and {product} to guests.',
      '{village}的许多家庭经营民宿，为游客提供{dish}和{product}。',
    ),
    S(
      'Du khách nên mang theo áo ấm, giày đi bộ và nước uống khi leo núi.',
      'Bring warm clothes, walking shoes and water for the climb.',
      '登山时请携带保暖衣物、徒步鞋和饮用水。',
    ),
  ],
  culture: [
    S(
      'Nghề {craft} của người {ethnic} được truyền từ đời này sang đời khác.',
      'The {ethnic} craft of {craft} has been passed down through the generations.',
      '{ethnic}的{craft}技艺代代相传。',
    ),
    S(
      'Thực hành then của người Tày, Nùng, Thái được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại năm 2019.',
      'Then practices of the Tay, Nung and Thai peoples were inscribed by UNESCO as Intangible Cultural Heritage of Humanity in 2019.',
      '岱依族、侬族和泰族的天琴实践于2019年被联合国教科文组织列入人类非物质文化遗产代表作名录。',
    ),
    S(
      'Vào dịp {festival}, các gia đình {ethnic} làm {dish} để dâng tổ tiên và mời khách.',
      'For {festival}, {ethnic} families make {dish} to offer to their ancestors and share with guests.',
      '每逢{festival}，{ethnic}家庭都会制作{dish}，用来祭祖和待客。',
    ),
    S(
      'Trang phục truyền thống của phụ nữ {ethnic} thường có màu chàm, thêu hoa văn tinh tế.',
      'Traditional dress for {ethnic} women is usually indigo, with fine embroidery.',
      '{ethnic}妇女的传统服饰多为靛蓝色，绣有精美花纹。',
    ),
    S(
      'Lễ hội {festival} thu hút hàng nghìn người dân và du khách từ khắp nơi.',
      'The {festival} festival draws thousands of local people and visitors.',
      '{festival}吸引了成千上万的当地群众和游客。',
    ),
    S(
      'Những làn điệu {song} vang lên trong các buổi chợ phiên và đám cưới.',
      '{song} can be heard on market days and at weddings.',
      '在集市和婚礼上常能听到{song}。',
    ),
    S(
      'Các nghệ nhân ở {place} đang mở lớp dạy {craft} cho thanh thiếu niên trong bản.',
      'Artisans in {place} run classes teaching {craft} to young people in their village.',
      '{place}的手艺人开设课程，向村里的青少年传授{craft}。',
    ),
    S(
      'Ở {village}, các cụ già vẫn giữ nghề {craft} và kể lại tích cũ của người {ethnic}.',
      'In {village}, elders still practise {craft} and tell the old stories of the {ethnic}.',
      '在{village}，老人们仍坚持{craft}，讲述{ethnic}的古老故事。',
    ),
    S(
      'Món {dish} được chế biến cầu kỳ, thường chỉ có trong mâm cỗ ngày lễ, Tết.',
      '{dish} takes long to prepare and is usually served only at feasts and festivals.',
      '{dish}做工讲究，通常只在节庆宴席上才能吃到。',
    ),
  ],
  news: [
    S(
      'Ngày {date}, {agency} tổ chức hội nghị {topic} tại {place}.',
      'On {date}, {agency} held a conference on {topic} in {place}.',
      '{date}，{agency}在{place}召开{topic}会议。',
    ),
    S(
      'Phát biểu tại hội nghị, đại diện lãnh đạo tỉnh nhấn mạnh vai trò của {sector} trong tăng trưởng kinh tế.',
      'Speaking at the conference, a provincial leader stressed the role of {sector} in economic growth.',
      '省领导代表在会上发言，强调了{sector}在经济增长中的作用。',
    ),
    S(
      'Tỉnh đặt mục tiêu đón {visitors} lượt khách du lịch trong năm {year}.',
      'The province aims to welcome {visitors} visitors in {year}.',
      '全省力争{year}年接待游客{visitors}人次。',
    ),
    S(
      'Các đại biểu đã trao đổi về giải pháp tháo gỡ khó khăn cho doanh nghiệp tại {zone}.',
      'Delegates discussed ways to remove obstacles for businesses in {zone}.',
      '与会代表就解决{zone}企业困难的办法进行了交流。',
    ),
    S(
      'Người dân {village} phấn khởi khi con đường bê tông về bản được hoàn thành trước mùa mưa.',
      'People in {village} welcomed the new concrete road, finished before the rainy season.',
      '{village}村民欣喜地看到通村水泥路在雨季前建成。',
    ),
    S(
      'Thông tin chi tiết được đăng tải trên Cổng thông tin điện tử của tỉnh.',
      'Details are published on the provincial e-portal.',
      '详细信息已在省电子信息门户网站上发布。',
    ),
    S(
      'Trong năm {year}, tỉnh đã cấp mới {int} giấy chứng nhận đăng ký đầu tư.',
      'In {year}, the province issued {int} new investment registration certificates.',
      '{year}年，全省新颁发投资登记证书{int}份。',
    ),
    S(
      'Đoàn công tác của tỉnh đã làm việc với đối tác {country} về hợp tác trong lĩnh vực {sector}.',
      'A provincial delegation met partners from {country} to discuss cooperation in {sector}.',
      '省工作代表团与{country}合作伙伴就{sector}领域合作进行了会谈。',
    ),
  ],
};

export const HEADINGS: Record<Topic, readonly Tri[]> = {
  invest: [
    tri('Tiềm năng và lợi thế', 'Potential and advantages', '潜力与优势'),
    tri('Hạ tầng', 'Infrastructure', '基础设施'),
    tri('Ưu đãi đầu tư', 'Investment incentives', '投资优惠'),
    tri('Thủ tục đầu tư', 'Investment procedures', '投资手续'),
    tri('Nguồn nhân lực', 'Workforce', '人力资源'),
  ],
  visit: [
    tri('Cách đến', 'Getting there', '交通指南'),
    tri('Điểm nổi bật', 'Highlights', '亮点'),
    tri('Ẩm thực', 'Food', '美食'),
    tri('Lưu ý cho du khách', 'Tips for visitors', '游客须知'),
    tri('Mùa đẹp nhất', 'Best season', '最佳季节'),
  ],
  culture: [
    tri('Lịch sử', 'History', '历史'),
    tri('Nghề truyền thống', 'Traditional crafts', '传统手艺'),
    tri('Phong tục', 'Customs', '风俗'),
    tri('Bảo tồn và phát huy', 'Preservation', '保护与传承'),
  ],
  news: [
    tri('Bối cảnh', 'Background', '背景'),
    tri('Kết quả', 'Results', '成果'),
    tri('Kế hoạch thời gian tới', 'Next steps', '下一步计划'),
  ],
};

/** A value for each slot of a sentence, in the three languages. */
function slotValue(name: string, r: Random): Tri {
  const n = (a: number, b: number) => r.int(a, b);
  switch (name) {
    case 'place':
    case 'market':
      return r.pick(PLACES);
    case 'gate':
      return r.pick(GATES);
    case 'village': {
      const name = `${r.pick(VILLAGE_FIRST)} ${r.pick(VILLAGE_SECOND)}`;
      return tri(`bản ${name}`, `${fold(name)} village`, `${fold(name)}村`);
    }
    case 'zone':
      return r.pick(ZONES);
    case 'sector':
      return r.pick(SECTORS);
    case 'product':
      return r.pick(PRODUCTS);
    case 'dish':
      return r.pick(DISHES);
    case 'ethnic':
      return r.pick(ETHNIC);
    case 'craft':
      return r.pick(CRAFTS);
    case 'song':
      return r.pick(SONGS);
    case 'festival':
      return r.pick(FESTIVAL_NAMES);
    case 'country':
      return r.pick(COUNTRIES);
    case 'agency':
      return r.pick(AGENCIES);
    case 'topic':
      return r.pick(TOPICS);
    case 'dest': {
      const l = r.pick(LANDMARKS.filter((x) => x.kind !== 'market'));
      const x = r.pick(PLACES);
      return tri(l.vi.replace('{x}', x.vi), l.en.replace('{x}', x.en), l.zh.replace('{x}', x.zh));
    }
    case 'year': {
      const y = String(n(2019, 2025));
      return tri(y, y, y);
    }
    case 'p':
    case 'km': {
      const v = String(n(3, 48));
      return tri(v, v, v);
    }
    case 'int': {
      const v = n(12, 1800);
      return tri(formatInt(v, 'vi'), formatInt(v, 'en'), formatInt(v, 'zh'));
    }
    case 'ha': {
      const v = n(15, 4500);
      return tri(formatInt(v, 'vi'), formatInt(v, 'en'), formatInt(v, 'zh'));
    }
    case 'fee': {
      const v = n(1, 12) * 10_000;
      return tri(formatInt(v, 'vi'), formatInt(v, 'en'), formatInt(v, 'zh'));
    }
    case 'ty': {
      const v = n(50, 9000);
      return tri(`${formatInt(v, 'vi')} tỷ đồng`, `VND ${formatInt(v, 'en')} billion`, `${v * 10}亿越南盾`);
    }
    case 'usdm': {
      const v = n(20, 4800);
      return tri(`${formatInt(v, 'vi')} triệu USD`, `USD ${formatInt(v, 'en')} million`, `${v * 100}万美元`);
    }
    case 'visitors': {
      const v = n(25, 60) / 10;
      return tri(`${formatDecimal(v, 'vi')} triệu`, `${formatDecimal(v, 'en')} million`, `${Math.round(v * 100)}万`);
    }
    case 'month1':
    case 'month2': {
      const m = name === 'month1' ? n(1, 6) : n(7, 12);
      return tri(`tháng ${m}`, MONTHS_EN[m - 1]!, `${m}月`);
    }
    case 'date': {
      const m = n(1, 12);
      const d = n(1, 28);
      return tri(`${d}/${m}`, `${d} ${MONTHS_EN[m - 1]}`, `${m}月${d}日`);
    }
    default:
      throw new Error(`unknown slot {${name}}`);
  }
}

/** Upper-case the first letter (for sentences that start with a slot such as "the Department…"). */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Fill a template's slots, the same value in every language. */
export function fill(template: Tri, r: Random): Tri {
  const values = new Map<string, Tri>();
  const get = (name: string) => {
    let v = values.get(name);
    if (!v) {
      v = slotValue(name, r);
      values.set(name, v);
    }
    return v;
  };
  const out = {} as Tri;
  for (const lang of LANGS) {
    out[lang] = capitalise(template[lang].replace(/\{(\w+)\}/g, (_, name: string) => get(name)[lang]));
  }
  return out;
}

export function sentence(topic: Topic, r: Random): Tri {
  return fill(r.pick(SENTENCES[topic]), r);
}

/** Sentences joined into a paragraph: a space in vi and en, nothing in zh. */
export function joinSentences(sentences: readonly Tri[]): Tri {
  return {
    vi: sentences.map((s) => s.vi).join(' '),
    en: sentences.map((s) => s.en).join(' '),
    zh: sentences.map((s) => s.zh).join(''),
  };
}

export function paragraph(topic: Topic, r: Random, min = 3, max = 6): Tri {
  const count = r.int(min, max);
  // Mostly the entry's own topic, with some general news sentences mixed in.
  return joinSentences(Array.from({ length: count }, () => sentence(r.chance(0.75) ? topic : 'news', r)));
}

/** Vietnamese letters with diacritics (for tests and sanity checks). */
export const VIETNAMESE_DIACRITICS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
