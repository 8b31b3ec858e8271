/** The new site's README for the office and src/content/README.md for editors, Vietnamese first. */
import type { Answers } from '../answers.ts';

export function officeReadme(a: Answers): string {
  return `# ${a.fullName.vi} · ${a.fullName.en} · ${a.fullName.zh}

Trang thông tin đối ngoại ba thứ tiếng của ${a.fullName.vi}, dựng bằng Portico.
_Tiếng Việt trước, English below._

## Tiếng Việt

### Bắt đầu

\`\`\`sh
npm install        # cài Portico và Node 24 (chỉ cần mạng tới kho npm)
npm run check      # liệt kê mọi chỗ còn nội dung mẫu [PLACEHOLDER] và mọi lỗi
npm run dev        # xem trước tại http://localhost:4321 trong lúc sửa
npm run build      # dựng trang vào dist/ (từ chối khi còn [PLACEHOLDER])
npm run build -- --allow-placeholders   # bản xem trước khi còn nội dung mẫu (mỗi trang có dải "Bản xem trước")
\`\`\`

### Việc cần làm trước khi xuất bản

1. Chạy \`npm run check\`: lệnh liệt kê từng tệp còn dấu \`[PLACEHOLDER]\`, trường nào, dòng nào.
2. \`province.config.ts\`: khẩu hiệu, địa chỉ cơ quan, cổng thông tin của cơ quan, màu sắc.
3. \`src/assets/logo.svg\`: thay bằng logo của tỉnh (SVG, hoặc PNG từ 192 × 192 px).
4. \`src/map/outline.geojson\`: ranh giới tỉnh. Từ một tệp ranh giới chi tiết:
   \`npm run outline -- ranh-gioi.geojson\`; rồi thêm đường biên giới hoặc bờ biển nếu có.
5. \`src/content/\`: viết lại hoặc xóa các mục mẫu; viết trang Giới thiệu và đoạn giới thiệu cho thông cáo
   báo chí (\`pages/*/press-boilerplate.md\`). Hướng dẫn cho biên tập viên: [src/content/README.md](src/content/README.md).
6. \`src/i18n/*.json\`: dòng chữ nhỏ phía trên tên tỉnh ở trang chủ (\`home.eyebrow\`).

Khi \`npm run check\` không còn lỗi, \`npm run build\` cho thư mục \`dist/\`: chép nó lên máy chủ web.
\`dist/\` có sẵn cấu hình cho nginx (\`_server.nginx.conf\`), Caddy (\`_server.Caddyfile\`) và các dịch vụ đọc
\`_headers\`, \`_redirects\`.

### Đăng bài theo giờ

Bài có \`publishAt: "2026-12-01 09:00"\` (giờ Việt Nam) chỉ xuất hiện ở lần dựng trang đầu tiên sau giờ đó.
Hãy dựng lại theo lịch, ví dụ mỗi 15 phút bằng cron: \`git pull && npm run build\` rồi chép \`dist/\` lên máy chủ.

### Nâng cấp Portico

\`\`\`sh
npm install portico@latest && npm run check && npm run build
\`\`\`

Đọc CHANGELOG của Portico trước khi nâng phiên bản lớn. Nội dung và cấu hình của tỉnh không phải sửa
trừ khi CHANGELOG nói khác.

## English

### Start

\`\`\`sh
npm install        # installs Portico and Node 24 (only the npm registry is needed)
npm run check      # lists every [PLACEHOLDER] left and every mistake
npm run dev        # a live preview at http://localhost:4321 while you edit
npm run build      # builds into dist/ (refuses while any [PLACEHOLDER] remains)
npm run build -- --allow-placeholders   # a preview while placeholders remain (every page says so)
\`\`\`

### Before publishing

1. Run \`npm run check\`: it lists each file still carrying \`[PLACEHOLDER]\`, with the fields and lines.
2. \`province.config.ts\`: tagline, the agency's address and portal, colours.
3. \`src/assets/logo.svg\`: the province's logo (SVG, or a PNG of at least 192 × 192 px).
4. \`src/map/outline.geojson\`: the province's boundary. From a detailed boundary file:
   \`npm run outline -- boundary.geojson\`; then add national borders or coasts where there are any.
5. \`src/content/\`: rewrite or delete the example entries; write the About page and the press-release
   boilerplate (\`pages/*/press-boilerplate.md\`). The editors' guide: [src/content/README.md](src/content/README.md).
6. \`src/i18n/*.json\`: the small line above the province's name on the home page (\`home.eyebrow\`).

When \`npm run check\` is clean, \`npm run build\` gives \`dist/\`: copy it to the web server. \`dist/\` carries
ready configurations for nginx (\`_server.nginx.conf\`), Caddy (\`_server.Caddyfile\`) and hosts that read
\`_headers\` and \`_redirects\`.

### Publishing on a schedule

An entry with \`publishAt: "2026-12-01 09:00"\` (Vietnam time) appears with the first build after that
moment. Rebuild on a schedule, e.g. every 15 minutes with cron: \`git pull && npm run build\`, then copy \`dist/\`.

### Upgrading Portico

\`\`\`sh
npm install portico@latest && npm run check && npm run build
\`\`\`

Read Portico's CHANGELOG before a major version. The province's content and configuration need no
change unless the CHANGELOG says so.
`;
}

export const CONTENT_README = `# Nội dung của trang / Site content

_Tiếng Việt trước, English below._

## Tiếng Việt

### Nội dung mẫu

Trang mới tạo có sẵn một mục mẫu cho mỗi loại nội dung. Chỗ nào có dấu \`[PLACEHOLDER]\` là chỗ cần viết
nội dung thật của tỉnh. \`npm run check\` liệt kê mọi chỗ còn lại; trang không được xuất bản khi còn dấu này.
Mục mẫu không cần đến thì xóa tệp ở cả ba thư mục ngôn ngữ.

### Tệp nằm ở đâu

- **Bài viết** (trang, tin tức, lĩnh vực đầu tư, điểm đến, lễ hội, văn hóa…):
  \`src/content/<loại>/<ngôn ngữ>/<tên-mục>.md\` — ngôn ngữ là \`vi\`, \`en\` hoặc \`zh\`.
- **Ảnh**: \`src/content/media/<tên-ảnh>.yaml\` (chú thích ba thứ tiếng, tác giả, giấy phép), ảnh đặt ngay bên cạnh.
- **Danh sách**: \`contacts.yaml\` (đầu mối liên hệ), \`glossary.yaml\` (tên chính thức ba thứ tiếng),
  \`calendar-dates.yaml\` (ngày riêng của tỉnh), \`diplomatic-relations.yaml\`, \`redirects.yaml\`. Ngày lễ,
  kỷ niệm quốc gia và quan hệ ngoại giao của Việt Nam có sẵn trong Portico.

Tên tệp chỉ dùng chữ thường không dấu, số và dấu gạch ngang: \`le-hoi-mua-xuan.md\`.

### Thêm một bài

\`\`\`
npm run new -- news le-hoi-mua-xuan-2026
\`\`\`

Lệnh tạo ba tệp (vi, en, zh) có sẵn mọi trường bắt buộc, mỗi trường kèm một dòng giải thích.
Thay mọi chữ \`TODO\` bằng nội dung thật.

### Dịch

Bản dịch là tệp **cùng tên** trong thư mục ngôn ngữ khác: \`news/vi/tet-2026.md\` → \`news/en/tet-2026.md\`.
Bản dịch có thể có địa chỉ riêng: thêm \`slug: lunar-new-year-2026\`. Ngôn ngữ chưa có bản dịch hiển thị bản gốc
kèm một dòng thông báo. \`npm run status\` cho biết bài nào chưa dịch hoặc bản dịch đã cũ.

### Hẹn giờ đăng, bản nháp

- \`publishAt: "2026-12-01 09:00"\` — giờ Việt Nam. Bài xuất hiện ở lần dựng trang đầu tiên sau giờ đó.
- \`draft: true\` — bản nháp, không bao giờ được đăng.

### Kiểm tra

\`npm run check\` đọc mọi tệp như khi dựng trang và giải thích từng lỗi: tệp, dòng, trường, giá trị đang có,
cách sửa và một ví dụ. Điểm đến phải nằm trong ranh giới tỉnh (\`src/map/outline.geojson\`).

---

## English

### Example content

A new site has one example entry of every kind. Wherever \`[PLACEHOLDER]\` appears, the province's own
content goes. \`npm run check\` lists every one left; the site cannot be published while any remain.
Delete an example you do not need from all three language folders.

### Where files live

- **Articles** (pages, news, investment sectors, destinations, festivals, culture…):
  \`src/content/<collection>/<language>/<entry>.md\` — the language is \`vi\`, \`en\` or \`zh\`.
- **Pictures**: \`src/content/media/<name>.yaml\` (captions in three languages, credit, licence), with the picture beside it.
- **Lists**: \`contacts.yaml\`, \`glossary.yaml\` (official names in three languages), \`calendar-dates.yaml\`
  (the province's own dates), \`diplomatic-relations.yaml\`, \`redirects.yaml\`. Vietnam's national holidays and
  anniversaries and its diplomatic relations come with Portico.

File names use lower-case letters without accents, digits and hyphens: \`le-hoi-mua-xuan.md\`.

### Add an entry

\`\`\`
npm run new -- news le-hoi-mua-xuan-2026
\`\`\`

This writes three files (vi, en, zh) with every required field, each under a line explaining it.
Replace every \`TODO\` with the real text.

### Translate

A translation is a file with the **same name** in another language folder. It may have its own address
(\`slug: lunar-new-year-2026\`). A language without a translation shows the original with a notice.
\`npm run status\` lists missing and outdated translations.

### Schedule, drafts

- \`publishAt: "2026-12-01 09:00"\` — Vietnam time. The entry appears with the first build after that moment.
- \`draft: true\` — never published.

### Check

\`npm run check\` reads every file as the build does and explains each mistake: file, line, field, the
value found, what to write and an example. Destinations must lie inside the province's outline
(\`src/map/outline.geojson\`).
`;
