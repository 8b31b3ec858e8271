/**
 * Messages for editors. Every problem says where (file, field), what was found, what is
 * expected and an example — in Vietnamese, then English — and never shows a stack trace.
 */

export interface Problem {
  /** Path from the repository root, e.g. src/content/news/vi/tet-2026.mdx. */
  file: string;
  /** The field, dotted: `location.commune`, `assets.2`; '(file)' for the file as a whole. */
  field: string;
  /** The value found, quoted for display; undefined when there was none. */
  found?: string;
  /** What is wrong and what to write, in Vietnamese. */
  vi: string;
  /** What is wrong and what to write, in English. */
  en: string;
  /** A value that would be accepted. */
  example?: string;
  /** Line in the file, where known. */
  line?: number;
}

/** Zod's issue, as much of it as the messages need (kept loose so any Zod version fits). */
export interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  pattern?: string;
  /** Values for a rule's {placeholders} (custom issues carry them). */
  params?: Record<string, unknown>;
  errors?: readonly (readonly IssueLike[])[];
}

type Text = { vi: string; en: string; example?: string };

/** Our own rule codes, raised as custom Zod issues or by the cross-file checks. */
export const RULES: Record<string, Text> = {
  'colour.invalid': {
    vi: 'Màu viết theo dạng #RRGGBB (mã thập lục phân).',
    en: 'Write the colour as #RRGGBB (hexadecimal).',
    example: '#1f5d3a',
  },
  'province.id': {
    vi: 'Tên máy của tỉnh: chữ thường không dấu, số và dấu gạch ngang.',
    en: "The province's machine name: lower-case letters, digits and hyphens.",
    example: 'ten-tinh',
  },
  'site.url': {
    vi: 'Địa chỉ trang web đầy đủ, bắt đầu bằng https://, không có đường dẫn phía sau.',
    en: 'The full address of the site, starting with https://, with no path after it.',
    example: 'https://www.example.gov.vn',
  },
  'logo.path': {
    vi: 'Đường dẫn tệp logo tính từ thư mục gốc của trang (svg hoặc png).',
    en: "The path of the logo file from the site's root folder (svg or png).",
    example: 'src/assets/brand/logo.svg',
  },
  'image.path': {
    vi: 'Đường dẫn tệp ảnh tính từ thư mục gốc của trang (svg, png, jpg hoặc webp).',
    en: "The path of the picture from the site's root folder (svg, png, jpg or webp).",
    example: 'src/assets/brand/hero.jpg',
  },
  'component.path': {
    vi: 'Đường dẫn tệp thành phần .astro của trang, tính từ thư mục gốc của trang.',
    en: "The path of the site's .astro component file from the site's root folder.",
    example: 'src/layouts/SiteFooter.astro',
  },
  'outline.path': {
    vi: 'Đường dẫn tệp GeoJSON ranh giới tỉnh tính từ thư mục gốc của trang (.geojson hoặc .json).',
    en: "The path of the province's GeoJSON outline from the site's root folder (.geojson or .json).",
    example: 'src/map/outline.geojson',
  },
  'editor.repo': {
    vi: 'Kho mã nguồn viết theo dạng chủ-sở-hữu/tên-kho (nhóm con cách nhau bằng dấu /).',
    en: 'Write the repository as owner/name (subgroups separated by /).',
    example: 'so-vhttdl/cong-thong-tin',
  },
  'date.invalid': {
    vi: 'Ngày không hợp lệ hoặc không có thật. Hãy viết ngày có thật theo dạng YYYY-MM-DD.',
    en: 'Not a real date. Write an existing date as YYYY-MM-DD.',
    example: '2025-02-28',
  },
  'datetime.invalid': {
    vi: 'Thời điểm không hợp lệ. Hãy viết "YYYY-MM-DD HH:mm" theo giờ Việt Nam.',
    en: 'Not a valid time. Write "YYYY-MM-DD HH:mm" in Vietnam time.',
    example: '"2026-12-01 09:00"',
  },
  'datetime.offset': {
    vi: 'Hãy viết giờ Việt Nam, không kèm múi giờ.',
    en: 'Write Vietnam time without a time-zone offset.',
    example: '"2026-12-01 09:00"',
  },
  'slug.invalid': {
    vi: 'Chỉ dùng chữ Latinh thường không dấu, số và dấu gạch ngang.',
    en: 'Use lower-case Latin letters without accents, digits and hyphens only.',
    example: 'international-border-gate',
  },
  'path.invalid': {
    vi: 'Đường dẫn cũ phải bắt đầu bằng "/".',
    en: 'An old address must start with "/".',
    example: '/tin-tuc/le-hoi-ky-cung/',
  },
  'phone.invalid': {
    vi: 'Số điện thoại viết theo dạng quốc tế, bắt đầu bằng +84.',
    en: 'Write the phone number in international form, starting with +84.',
    example: '+84 205 3812 345',
  },
  'email.invalid': {
    vi: 'Địa chỉ thư điện tử không hợp lệ.',
    en: 'Not a valid e-mail address.',
    example: 'baochi@example.gov.vn',
  },
  'lunar.day': { vi: 'Tháng âm lịch có nhiều nhất 30 ngày.', en: 'A lunar month has at most 30 days.', example: '15' },
  'zone.gateLevel': {
    vi: 'Cửa khẩu cần có cấp: international, main, secondary hoặc crossing.',
    en: 'A border gate needs its level: international, main, secondary or crossing.',
    example: 'international',
  },
  'illustrative.verifiedOn': {
    vi: 'Mục minh họa (illustrative: true) không được có ngày kiểm tra thông tin: số liệu minh họa chưa được đối chiếu với nguồn nào. Xóa dòng verifiedOn, hoặc bỏ illustrative khi đã kiểm tra số liệu thật.',
    en: 'An illustrative entry (illustrative: true) must not have a verification date: its figures were never checked against a source. Delete the verifiedOn line, or remove illustrative once real figures have been checked.',
  },
  'illustrative.accessed': {
    vi: 'Mục minh họa (illustrative: true) không được ghi ngày đọc nguồn (accessed): số liệu minh họa chưa được đối chiếu với nguồn nào. Xóa dòng accessed, hoặc bỏ illustrative khi đã kiểm tra số liệu thật.',
    en: 'An illustrative entry (illustrative: true) must not give the day a source was read (accessed): its figures were never checked against a source. Delete the accessed line, or remove illustrative once real figures have been checked.',
  },
  'release.dateline': {
    vi: 'Thông cáo báo chí cần có nơi phát hành (dateline).',
    en: 'A press release needs a dateline (the place it is issued from).',
    example: 'Tên nơi phát hành / place of issue',
  },
  'release.contacts': {
    vi: 'Thông cáo báo chí cần ít nhất một đầu mối liên hệ (tên trong src/content/contacts.yaml).',
    en: 'A press release needs at least one media contact (a name from src/content/contacts.yaml).',
    example: '[press-office]',
  },
  'partialDate.invalid': {
    vi: 'Ngày viết dạng YYYY-MM-DD, hoặc YYYY-MM, YYYY khi chỉ biết tháng hay năm.',
    en: 'Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known.',
    example: '"1995-07-12"',
  },
  'date.unreal': {
    vi: 'Ngày không có thật: tháng từ 01 đến 12, và ngày phải có trong tháng đó.',
    en: 'Not a real date: the month is 01 to 12, and the day must exist in that month.',
    example: '"1995-07-12"',
  },
  'recurring.unreal': {
    vi: 'Tháng-ngày không có thật: tháng từ 01 đến 12, ngày phải có trong tháng đó (tháng âm lịch có nhiều nhất 30 ngày).',
    en: 'Not a real month-day: the month is 01 to 12 and the day must exist in that month (a lunar month has at most 30 days).',
    example: '"01-15"',
  },
  'solar.day': {
    vi: 'Tháng dương lịch này không có ngày đó (tháng 2 có nhiều nhất 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).',
    en: 'That solar month has no such day (February has at most 29 days; April, June, September and November 30).',
    example: '15',
  },
  'relation.range': {
    vi: 'Ngày thiết lập quan hệ ngoại giao phải từ năm 1945 (khi nước Việt Nam Dân chủ Cộng hòa ra đời) đến hôm nay{today}.',
    en: 'Diplomatic relations are dated from 1945 (when the Democratic Republic of Vietnam was founded) to today{today}.',
    example: '"1995-07-12"',
  },
  'feb29.note': {
    vi: 'Ngày 29 tháng 2 chỉ có trong năm nhuận: những năm khác, ngày này được tính vào 28 tháng 2.',
    en: '29 February exists only in leap years: in other years it is observed on 28 February.',
  },
  'recurring.invalid': { vi: 'Viết tháng-ngày dạng MM-DD.', en: 'Write month and day as MM-DD.', example: '"01-15"' },
  'calendar.when': {
    vi: 'Cần có "date" (ngày gốc) hoặc "recurring" (MM-DD hằng năm).',
    en: 'Give either "date" (the original date) or "recurring" (MM-DD every year).',
    example: 'date: "1954-05-07"',
  },
  'calendar.lunarRecurring': {
    vi: 'Ngày âm lịch ghi ở "recurring" (tháng-ngày âm lịch, MM-DD), năm gốc ghi ở "since".',
    en: 'A lunar date goes in "recurring" (lunar month-day, MM-DD), its origin year in "since".',
    example: 'recurring: "01-05"',
  },
  'daysOff.order': {
    vi: 'Ngày nghỉ cuối ("to") phải cùng ngày hoặc sau ngày nghỉ đầu ("from").',
    en: 'The last day off ("to") must be the same as or after the first ("from").',
    example: "{ from: '2026-02-14', to: '2026-02-22' }",
  },
  'daysOff.length': {
    vi: 'Đợt nghỉ dài {days} ngày: một đợt nghỉ lễ không quá 16 ngày. Kiểm tra lại năm và tháng của "from" và "to".',
    en: 'These days off last {days} days: a holiday period is at most 16 days. Check the year and month of "from" and "to".',
    example: "{ from: '2026-02-14', to: '2026-02-22' }",
  },
  'daysOff.outside': {
    vi: 'Đợt nghỉ phải bao gồm chính ngày lễ của năm đó ({dates}). Kiểm tra năm, hoặc chuyển đợt nghỉ sang đúng ngày lễ.',
    en: 'The days off must include the holiday itself that year ({dates}). Check the year, or move the period to the right holiday.',
    example: "{ from: '2026-02-14', to: '2026-02-22', source: 'Văn phòng Chính phủ, …' }",
  },

  // ---- The content check's own rules ({name} is filled in from the problem's params) ----
  'image.missing': {
    vi: 'Không tìm thấy tệp ảnh {path}. Đặt ảnh cạnh tệp này và ghi đúng tên tệp (phân biệt chữ hoa, chữ thường).',
    en: 'The picture {path} does not exist. Put the picture beside this file and write its exact file name (capitals matter).',
    example: './cua-khau.jpg',
  },
  'image.format': {
    vi: 'Cần tên một tệp ảnh .jpg, .jpeg, .png, .webp, .avif, .gif hoặc .svg đặt cạnh tệp này, bắt đầu bằng "./".',
    en: 'Expected the name of a .jpg, .jpeg, .png, .webp, .avif, .gif or .svg picture beside this file, starting with "./".',
    example: './cua-khau.jpg',
  },
  'media.unusable': {
    vi: 'Không có ảnh "{id}" trong src/content/media/, hoặc ảnh đã hết hạn sử dụng (expires). Sửa tên, hoặc chọn ảnh khác.',
    en: 'There is no picture "{id}" in src/content/media/, or its use has expired (expires). Fix the name, or choose another picture.',
    example: '{example}',
  },
  'ref.missing': {
    vi: 'Không có mục "{value}" trong {where}. Các tên hiện có: {known}.',
    en: 'There is no "{value}" in {where}. Existing names: {known}.',
    example: '{first}',
  },
  'link.broken': {
    vi: 'Liên kết nội bộ "{url}" không dẫn tới trang nào của trang web.',
    en: 'The internal link "{url}" leads to no page of this site.',
    example: '{suggestion}',
  },
  'link.slash': {
    vi: 'Địa chỉ trang phải kết thúc bằng dấu "/".',
    en: 'A page address must end with "/".',
    example: '{suggestion}',
  },
  'link.unpublished': {
    vi: 'Liên kết tới một mục chưa được xuất bản ({why}): người đọc sẽ gặp trang lỗi.',
    en: 'Links to an entry that is not published ({why}): readers would find an error page.',
    example: '{suggestion}',
  },
  'anchor.broken': {
    vi: 'Không có tiêu đề nào mang neo "#{anchor}" trong {target}. Các neo hiện có: {known}.',
    en: 'No heading has the anchor "#{anchor}" in {target}. Existing anchors: {known}.',
    example: '{first}',
  },
  'slug.duplicate': {
    vi: 'Địa chỉ {url} đã được dùng cho {other}. Đặt "slug" khác cho một trong hai.',
    en: 'The address {url} is already used by {other}. Give one of them another "slug".',
    example: 'slug: {name}-2',
  },
  'translation.noSource': {
    vi: 'Bản dịch này không có bản gốc: thiếu tệp {source} (ngôn ngữ gốc là "{locale}"). Hãy tạo bản gốc, hoặc ghi đúng "sourceLocale".',
    en: 'This translation has no source: {source} is missing (the source language is "{locale}"). Create it, or set "sourceLocale" to the language the entry was written in.',
    example: 'sourceLocale: {available}',
  },
  'translation.sourceConflict': {
    vi: 'Các bản ngôn ngữ của mục này ghi ngôn ngữ gốc khác nhau ({values}). Ghi cùng một giá trị trong mọi tệp.',
    en: 'The language versions of this entry name different source languages ({values}). Write the same value in every file.',
    example: 'sourceLocale: vi',
  },
  'locale.folder': {
    vi: 'Thư mục ngôn ngữ "{folder}" không hợp lệ. Chỉ dùng các thư mục: vi, en, zh.',
    en: '"{folder}" is not a language folder. Use only these folders: vi, en, zh.',
    example: '{example}',
  },
  'file.extension': {
    vi: 'Tệp này không được dùng ở đây: chỉ nhận {allowed}.{hint}',
    en: 'This file does not belong here: only {allowed} files are read.{hintEn}',
    example: '{example}',
  },
  'file.nested': {
    vi: 'Tệp hoặc thư mục này đặt sai chỗ (lồng quá sâu, hoặc không nằm trong thư mục ngôn ngữ). Đặt tệp theo dạng {expected}.',
    en: 'This file or folder is in the wrong place (nested too deep, or outside a language folder). Put files at {expected}.',
    example: '{example}',
  },
  'collection.unknown': {
    vi: '"{name}" không phải một loại nội dung. Các loại có: {allowed}.',
    en: '"{name}" is not a content collection. The collections are: {allowed}.',
    example: '{example}',
  },
  'entry.name': {
    vi: 'Tên tệp (tên mục) chỉ dùng chữ Latinh thường không dấu, số và dấu gạch ngang.',
    en: 'A file (entry) name uses lower-case Latin letters without accents, digits and hyphens only.',
    example: '{example}',
  },
  'frontmatter.missing': {
    vi: 'Tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---".',
    en: 'The file must start with its fields between two "---" lines.',
    example: '---\ntitle: …\ndescription: …\n---',
  },
  'frontmatter.unclosed': {
    vi: 'Phần thông tin đầu tệp chưa được đóng bằng một dòng "---".',
    en: 'The fields at the top of the file are not closed with a "---" line.',
    example: '---\ntitle: …\n---',
  },
  'yaml.quote': {
    vi: 'Bản dựng đọc giá trị này như một ngày giờ (YAML), không như một đoạn chữ: hãy đặt nó trong ngoặc kép.',
    en: 'The build reads this value as a date (YAML), not as text: put it in quotes.',
    example: '{example}',
  },
  'yaml.notMap': {
    vi: 'Cần các dòng dạng "tên: giá trị".',
    en: 'Expected lines of the form "name: value".',
    example: '{example}',
  },
  'yaml.syntax': {
    vi: 'Lỗi cú pháp YAML ({reason}). Thường do thiếu dấu ":" sau tên trường, thụt lề không đều, hoặc văn bản có dấu ":" hay "#" mà không đặt trong ngoặc kép.',
    en: 'YAML syntax error ({reason}). Usually a missing ":" after a field name, uneven indentation, or text containing ":" or "#" without quotes.',
    example: 'title: "Lễ hội mùa xuân: lịch và chương trình"',
  },
  'mdx.syntax': {
    vi: 'Lỗi cú pháp trong nội dung ({reason}). Kiểm tra các thẻ đã đóng đủ (<Note>…</Note>); trong MDX, các dấu {, } và < của văn bản phải viết \\{, \\} và \\<.',
    en: 'Syntax error in the text ({reason}). Check that every tag is closed (<Note>…</Note>); in MDX, write the characters {, } and < of ordinary text as \\{, \\} and \\<.',
    example: '<Note>…</Note>',
  },
  'mdx.import': {
    vi: 'Không được dùng "import" hay "export" trong nội dung. Các thành phần được phép đã có sẵn, không cần import: {allowed}.',
    en: '"import" and "export" are not allowed in content. The allowed components are available without an import: {allowed}.',
    example: '<Note>…</Note>',
  },
  'mdx.component': {
    vi: 'Thành phần <{name}> không được phép. Chỉ dùng: {allowed}.',
    en: 'The component <{name}> is not allowed. Use only: {allowed}.',
    example: '<Note kind="warning">…</Note>',
  },
  'md.component': {
    vi: 'Thành phần <{name}> chỉ dùng được trong tệp .mdx. Đổi đuôi tệp này thành .mdx (và giữ nguyên tên).',
    en: 'The component <{name}> works only in an .mdx file. Rename this file to .mdx (same name).',
    example: '{example}',
  },
  'mdx.expression': {
    vi: 'Không được dùng biểu thức {…} trong nội dung. Nếu văn bản cần dấu ngoặc nhọn, hãy viết \\{ và \\}.',
    en: 'Expressions in braces {…} are not allowed in content. If the text needs braces, write \\{ and \\}.',
    example: '\\{ … \\}',
  },
  'html.unsafe': {
    vi: 'Không được dùng {what} trong nội dung: chính sách bảo mật của trang web chặn mã và kiểu dáng nhúng trong trang.',
    en: "{what} is not allowed in content: the site's security policy blocks embedded code and styles.",
    example: 'Markdown, or <Note>…</Note>',
  },
  'body.image': {
    vi: 'Không tìm thấy ảnh {path}. Ảnh nên đặt trong src/content/media/ kèm tệp mô tả .yaml.',
    en: 'The picture {path} does not exist. Pictures belong in src/content/media/ with a .yaml record.',
    example: '![Cửa khẩu quốc tế](../../media/cua-khau.jpg)',
  },
  'url.scheme': {
    vi: 'Không được dùng địa chỉ bắt đầu bằng "{scheme}" trong nội dung: chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn của trang web.',
    en: 'Addresses starting with "{scheme}" are not allowed in content: use https://, http://, mailto:, tel: or a path of this site.',
    example: '[Liên hệ](/lien-he/)',
  },
  'image.external': {
    vi: 'Ảnh phải là tệp của chính trang web (đặt trong src/content/media/): ảnh lấy từ trang khác cho trang đó biết ai đang đọc, và bị chính sách bảo mật của trang chặn.',
    en: 'Pictures must be files of this site (in src/content/media/): a picture from another site tells that site who is reading, and the security policy blocks it.',
    example: '![Cửa khẩu quốc tế](../../media/cua-khau.jpg)',
  },
  'gallery.items': {
    vi: '<Gallery> cần thuộc tính items với tên ít nhất một ảnh trong src/content/media/ (tên tệp .yaml, không có đuôi).',
    en: '<Gallery> needs items naming at least one picture of src/content/media/ (the .yaml file name without its extension).',
    example: '<Gallery items="ten-anh-1, ten-anh-2" />',
  },
  'body.empty': {
    vi: 'Bài chưa có nội dung: viết phần nội dung dưới dòng "---" thứ hai (hoặc đặt draft: true trong lúc còn soạn).',
    en: 'The entry has no text: write it below the second "---" line (or set draft: true while you are still writing).',
    example: '---\ntitle: …\n---\n\nĐoạn văn đầu tiên của bài.',
  },
  'nfd.note': {
    vi: '{count} tệp viết chữ có dấu ở dạng tổ hợp (Unicode NFD, thường do chép từ máy Mac hoặc từ tệp PDF): {files}. Portico đọc và xuất bản chúng ở dạng dựng sẵn (NFC), nên tìm kiếm và so sánh vẫn đúng; không cần sửa.',
    en: '{count} file(s) write accented letters decomposed (Unicode NFD, often copied from a Mac or a PDF): {files}. Portico reads and publishes them composed (NFC), so search and comparisons work; nothing to fix.',
  },
  'picture.unreadable': {
    vi: 'Không đọc được ảnh {path} ({reason}): tệp bị hỏng, bị cắt cụt khi chép, hoặc không phải ảnh. Xuất lại ảnh từ bản gốc rồi chép lại.',
    en: 'The picture {path} cannot be read ({reason}): the file is damaged, was cut short while copying, or is not a picture. Export it again from the original and copy it again.',
  },
  'picture.tooLarge': {
    vi: 'Ảnh {path} nặng {size} MB, quá giới hạn {limit} MB (pictures.maxMegabytes trong province.config.ts). Thu nhỏ ảnh bằng lệnh: {command}',
    en: 'The picture {path} is {size} MB, over the limit of {limit} MB (pictures.maxMegabytes in province.config.ts). Shrink it with: {command}',
    example: '{command}',
  },
  'picture.expired': {
    vi: 'Ảnh này hết hạn sử dụng ngày {expires} nhưng vẫn được dùng ở: {pages}. Thay ảnh khác ở các chỗ đó (hoặc gia hạn quyền sử dụng và sửa expires).',
    en: 'This picture may not be used after {expires}, but it is still used by: {pages}. Choose another picture there (or renew the licence and change expires).',
    example: 'expires: {example}',
  },
  'picture.expiring': {
    vi: 'Ảnh này hết hạn sử dụng ngày {expires} (còn {days} ngày) và đang được dùng ở: {pages}. Sau ngày đó bản dựng sẽ dừng: hãy chọn ảnh khác trước.',
    en: 'This picture may not be used after {expires} ({days} days from now) and is used by: {pages}. After that day the build stops: choose another picture before then.',
  },
  // ---- Editorial truth across languages (src/check/editorial.ts) ----
  'figure.missing': {
    vi: 'Bản dịch thiếu số liệu {source} (dòng {n} của bản gốc {sourceFile}; giá trị {value}). Giữ nguyên giá trị; cách viết số, đơn vị và tiền tệ có thể khác.',
    en: 'The translation lacks the figure {source} (line {n} of the source {sourceFile}; value {value}). Keep the value; numbers, units and currency may be written differently.',
    example: '{source}',
  },
  'figure.different': {
    vi: 'Số liệu khác bản gốc: bản gốc ghi {source} (dòng {n} của {sourceFile}; giá trị {value}), bản dịch ghi {translation} (dòng {m}; giá trị {translationValue}). Viết đúng giá trị của bản gốc, hoặc sửa bản gốc nếu bản gốc sai.',
    en: "The figure differs from the source: the source has {source} (line {n} of {sourceFile}; value {value}), the translation {translation} (line {m}; value {translationValue}). Write the source's value, or correct the source if it is the one that is wrong.",
    example: '{value}',
  },
  'glossary.translation': {
    vi: 'Theo glossary.yaml ({term}), "{vi}" viết là "{expected}", không phải "{found}" (bản gốc dùng thuật ngữ ở {source}).',
    en: 'The glossary ({term}) renders "{vi}" as "{expected}", not "{found}" (the source uses the term at {source}).',
    example: '{expected}',
  },
  'glossary.site': {
    vi: '"{expected}" đang được viết theo nhiều cách: {forms}. Dùng một cách theo glossary.yaml ({term}).',
    en: '"{expected}" is written several ways: {forms}. Use the glossary\'s one ({term}).',
    example: '{expected}',
  },
  'glossary.diacritics': {
    vi: 'Tiếng Anh viết tên không dấu: "{expected}", không phải "{found}" (theo glossary.yaml).',
    en: 'English drops Vietnamese diacritics: write "{expected}", not "{found}" (as the glossary does).',
    example: '{expected}',
  },
  'sources.count': {
    vi: 'Bản dịch ghi {translation} nguồn, bản gốc ({sourceFile}) ghi {source}. Bản dịch liệt kê đúng các nguồn của bản gốc, theo cùng thứ tự (tên nguồn có thể dịch).',
    en: 'The translation lists {translation} source(s), its source ({sourceFile}) {source}. List the same sources as the source, in the same order (their titles may be translated).',
    example: 'sources:\n  - title: …\n    date: "2025-06-14"',
  },
  'sources.differs': {
    vi: 'Nguồn thứ {n}: {key} là {translation}, bản gốc ({sourceFile}) ghi {source}. Ngày và đường dẫn của một nguồn giống nhau ở mọi ngôn ngữ.',
    en: "Source {n}: its {key} is {translation}, the source's ({sourceFile}) is {source}. A source's date and link are the same in every language.",
    example: '{source}',
  },
  'footnote.missing': {
    vi: 'Chú thích [^{id}] chưa có nội dung: thêm một dòng "[^{id}]: …" (nguồn hoặc ghi chú) ở cuối bài, hoặc xóa dấu chú thích.',
    en: 'The footnote [^{id}] has no note: add a line "[^{id}]: …" (a source or a note) at the end of the text, or remove the marker.',
    example: '[^{id}]: …',
  },
  todo: {
    vi: 'Vẫn còn "TODO": hãy viết nội dung thật trước khi xuất bản (hoặc đặt draft: true trong lúc còn soạn).',
    en: 'Still has TODO: write the real text before publishing (or set draft: true while you are still writing).',
    example: '{example}',
  },
};

/** Fill a rule's {placeholders}; unknown ones are left empty. */
const fill = (text: string, params: Record<string, unknown>): string =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => (key in params ? String(params[key] ?? '') : ''));

/** A problem from one of our RULES, with its {placeholders} filled in. */
export function problemFromRule(
  code: string,
  where: { file: string; field: string; line?: number; found?: unknown },
  params: Record<string, unknown> = {},
): Problem {
  const rule = RULES[code] ?? { vi: code, en: code };
  const example = rule.example === undefined ? undefined : fill(rule.example, params) || undefined;
  const problem: Problem = {
    file: where.file,
    field: where.field || '(file)',
    found: show(where.found),
    vi: fill(rule.vi, params),
    en: fill(rule.en, params),
    example,
  };
  if (where.line !== undefined) problem.line = where.line;
  return problem;
}

const show = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

const TYPE_NAMES: Record<string, { vi: string; en: string; example: string }> = {
  string: { vi: 'một đoạn chữ', en: 'a text', example: '"…"' },
  number: { vi: 'một con số', en: 'a number', example: '12.5' },
  int: { vi: 'một số nguyên', en: 'a whole number', example: '3' },
  boolean: { vi: 'true hoặc false', en: 'true or false', example: 'true' },
  array: { vi: 'một danh sách', en: 'a list', example: '[a, b]' },
  object: { vi: 'một nhóm trường', en: 'a group of fields', example: 'commune: …' },
  date: { vi: 'một ngày', en: 'a date', example: '2025-02-28' },
};

/** One Zod issue → one problem (a union's issues become the first branch's, which reads best). */
export function problemFromIssue(file: string, issue: IssueLike, pathPrefix: readonly PropertyKey[] = []): Problem {
  const path = [...pathPrefix, ...issue.path];
  const field = path.length ? path.map(String).join('.') : '(file)';
  const found = show(issue.input);
  const base = { file, field, found };
  const rule = RULES[issue.message];
  if (rule) {
    const params = issue.params ?? {};
    return {
      ...base,
      vi: fill(rule.vi, params),
      en: fill(rule.en, params),
      example: rule.example === undefined ? undefined : fill(rule.example, params) || undefined,
    };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return {
          ...base,
          vi: 'Thiếu trường bắt buộc này.',
          en: 'This required field is missing.',
          example: TYPE_NAMES[issue.expected ?? '']?.example,
        };
      }
      const t = TYPE_NAMES[issue.expected ?? ''] ?? {
        vi: issue.expected ?? '?',
        en: issue.expected ?? '?',
        example: '',
      };
      return { ...base, vi: `Cần ${t.vi}.`, en: `Expected ${t.en}.`, example: t.example || undefined };
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      return {
        ...base,
        vi: `Giá trị không nằm trong danh sách cho phép: ${allowed.join(', ')}.`,
        en: `Not one of the allowed values: ${allowed.join(', ')}.`,
        example: allowed[0],
      };
    }
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).join(', ');
      return {
        ...base,
        field: path.length ? `${field}.${keys}` : keys,
        found: undefined,
        vi: `Trường không có trong mẫu: ${keys}. Kiểm tra chính tả tên trường hoặc xóa nó.`,
        en: `Unknown field: ${keys}. Check the spelling of the field name or remove it.`,
      };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return {
          ...base,
          vi: `Quá ngắn: cần ít nhất ${issue.minimum} ký tự.`,
          en: `Too short: at least ${issue.minimum} characters.`,
        };
      }
      if (issue.origin === 'array') {
        return { ...base, vi: `Cần ít nhất ${issue.minimum} mục.`, en: `At least ${issue.minimum} item(s) needed.` };
      }
      return {
        ...base,
        vi: `Quá nhỏ: ít nhất là ${issue.minimum}.`,
        en: `Too small: the minimum is ${issue.minimum}.`,
      };
    case 'too_big':
      if (issue.origin === 'string') {
        return {
          ...base,
          vi: `Quá dài: tối đa ${issue.maximum} ký tự.`,
          en: `Too long: at most ${issue.maximum} characters.`,
        };
      }
      return { ...base, vi: `Quá lớn: tối đa là ${issue.maximum}.`, en: `Too large: the maximum is ${issue.maximum}.` };
    case 'invalid_format':
      if (issue.format === 'email') return { ...base, ...RULES['email.invalid']! };
      if (issue.format === 'url') {
        return {
          ...base,
          vi: 'Cần một địa chỉ web đầy đủ.',
          en: 'Expected a full web address.',
          example: 'https://www.example.gov.vn/',
        };
      }
      if (issue.format === 'regex' && issue.pattern) {
        return {
          ...base,
          vi: `Sai định dạng: cần khớp mẫu ${issue.pattern}.`,
          en: `Wrong form: it must match ${issue.pattern}.`,
        };
      }
      return { ...base, vi: `Sai định dạng (${issue.format}).`, en: `Wrong format (${issue.format}).` };
    case 'invalid_union': {
      const first = issue.errors?.find((branch) => branch.length)?.[0];
      if (first) return problemFromIssue(file, first, path);
      break;
    }
  }
  return { ...base, vi: `Giá trị không hợp lệ (${issue.message}).`, en: `Invalid value (${issue.message}).` };
}

/** A problem as the terminal shows it. */
export function formatProblem(p: Problem): string {
  const lines = [`✖ ${p.file}${p.line ? `:${p.line}` : ''}`, `  trường / field: ${p.field}`];
  if (p.found !== undefined) lines.push(`  giá trị / found: ${p.found}`);
  lines.push(`  VI: ${p.vi}`, `  EN: ${p.en}`);
  if (p.example !== undefined) lines.push(`  ví dụ / example: ${p.example}`);
  return lines.join('\n');
}

export function formatReport(problems: readonly Problem[]): string {
  if (!problems.length) return '';
  const n = problems.length;
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    ...problems.map(formatProblem),
    '',
    `${n} lỗi trong ${files} tệp. Sửa các lỗi trên rồi chạy lại "npm run check".`,
    `${n} problem(s) in ${files} file(s). Fix them, then run "npm run check" again.`,
  ].join('\n');
}
