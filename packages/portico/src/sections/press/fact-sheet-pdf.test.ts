import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledFonts, type FontPair } from '../../frame/og/font-files.ts';
import { A4, factSheetPdf } from './fact-sheet-pdf.ts';
import { sectionsFromMarkdown, type FactSheet } from './fact-sheet.ts';

const zh: FactSheet = {
  locale: 'zh',
  publisher: '青河省文化体育旅游厅',
  title: '遗产与节庆',
  description: '关于天琴仪式和河神庙会的资料。',
  dateline: '更新于 2026年10月20日',
  date: '2026-10-20',
  sections: [
    {
      heading: '天琴仪式',
      blocks: [{ kind: 'paragraph', text: '2019年12月12日，天琴仪式被列入人类非物质文化遗产代表作名录。' }],
    },
    { heading: '河神庙会', blocks: [{ kind: 'list', items: ['国家级非物质文化遗产。', '每年农历正月举行。'] }] },
  ],
  contacts: {
    heading: '媒体联系人',
    entries: [{ name: '新闻办公室', lines: ['电话: +84 200 000 0000', '电子邮件: press@example.org'] }],
  },
  credits: { heading: '图片来源', lines: ['images/original/lute.png — 示例作者, CC BY 4.0'] },
  url: 'https://example.org/zh/press/kits/heritage/',
};

const vi: FactSheet = {
  ...zh,
  locale: 'vi',
  publisher: 'Sở Văn hóa tỉnh Sông Xanh',
  title: 'Di sản và lễ hội',
  description: 'Tài liệu về nghi lễ Then và lễ hội đền Bắc Sơn.',
  dateline: 'Cập nhật 20/10/2026',
  sections: [
    {
      heading: 'Lễ hội đền Bắc Sơn',
      blocks: [
        {
          kind: 'list',
          items: ['Rước kiệu từ đền Thượng về đền Hạ.', 'Đặc sản: bánh ắp, mắm ặt, rượu ơn, ưu đãi đường'],
        },
      ],
    },
  ],
  contacts: {
    heading: 'Liên hệ báo chí',
    entries: [{ name: 'Văn phòng báo chí', lines: ['Điện thoại: +84 200 000 0000'] }],
  },
  credits: { heading: 'Nguồn ảnh', lines: ['Tác giả: Nguyễn Văn Đức'] },
};

let fonts: FontPair;
beforeAll(async () => {
  fonts = await loadBundledFonts();
});

/** The text of each page; pdf.js takes its own copy of the bytes. */
async function pages(pdf: Uint8Array) {
  const doc = await getDocumentProxy(pdf.slice());
  const { text } = await extractText(doc, { mergePages: false });
  const first = await doc.getPage(1);
  return { text: text.map((t) => t.replace(/\s+/g, '')), view: first.view, meta: await doc.getMetadata() };
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('fact sheet PDF', { timeout: 60_000 }, () => {
  it('gives the same bytes on every run', async () => {
    const a = await factSheetPdf(zh, fonts);
    const b = await factSheetPdf(structuredClone(zh), fonts);
    expect(Buffer.compare(a, b)).toBe(0);
    const later = await factSheetPdf({ ...zh, date: '2026-10-21' }, fonts);
    expect(Buffer.compare(a, later)).not.toBe(0);
    // The dates in the file are the sheet's, never the clock's.
    const { meta } = await pages(a);
    expect(meta.info).toMatchObject({ CreationDate: 'D:20261020000000Z', ModDate: 'D:20261020000000Z' });
  });

  it('is A4 and its Chinese text can be read back', async () => {
    const { text, view, meta } = await pages(await factSheetPdf(zh, fonts));
    expect(view.map((v) => Math.round(v))).toEqual([0, 0, Math.round(A4.width), Math.round(A4.height)]);
    expect(text).toHaveLength(1);
    for (const s of [
      '青河省文化体育旅游厅',
      '遗产与节庆',
      '天琴仪式被列入人类非物质文化遗产代表作名录',
      '每年农历正月举行',
      '媒体联系人',
      '示例作者',
      '1/1',
    ]) {
      expect(text[0]).toContain(squeeze(s));
    }
    expect((meta.info as Record<string, unknown>).Title).toBe('遗产与节庆');
    expect((meta.info as Record<string, unknown>).Language).toBe('zh-CN');
  });

  it('keeps Vietnamese letters with their marks (ắ ặ ơ ư đ)', async () => {
    const { text } = await pages(await factSheetPdf(vi, fonts));
    for (const s of [
      'Di sản và lễ hội',
      'Lễ hội đền Bắc Sơn',
      'bánh ắp, mắm ặt, rượu ơn, ưu đãi đường',
      'Nguyễn Văn Đức',
    ]) {
      expect(text[0]).toContain(squeeze(s));
    }
  });

  it('runs onto more pages with a footer on each', async () => {
    const long = 'Đoạn văn dài về lịch sử và văn hóa của tỉnh, với nhiều chi tiết cho phóng viên. '.repeat(12);
    const sheet: FactSheet = {
      ...vi,
      sections: Array.from({ length: 8 }, (_, i) => ({
        heading: `Mục ${i + 1}`,
        blocks: [{ kind: 'paragraph', text: long }],
      })),
    };
    const { text } = await pages(await factSheetPdf(sheet, fonts));
    expect(text.length).toBeGreaterThan(1);
    text.forEach((page, i) => {
      expect(page).toContain(`${i + 1}/${text.length}`);
      expect(page).toContain('https://example.org/zh/press/kits/heritage/');
    });
    expect(text.at(-1)).toContain('Nguyễn Văn Đức'.replace(/\s/g, ''));
  });

  it('refuses a character the font lacks', async () => {
    await expect(factSheetPdf({ ...vi, title: 'नमस्ते' }, fonts)).rejects.toThrow(/no glyph for न/);
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(factSheetPdf({ ...vi, date: '20/10/2026' }, fonts)).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('sectionsFromMarkdown', () => {
  it('reads headings, paragraphs and lists, and keeps only the text of inline markup', () => {
    const md = [
      'Lead paragraph with **bold** and a [link](https://example.org).',
      '',
      '## First *section*',
      '',
      'One line',
      'continued.',
      '',
      '- Item one',
      '- Item `two`',
      '  wrapped',
      '',
      '### Second',
      '',
      '1. Numbered',
      '2. List',
      '',
      '---',
    ].join('\n');
    expect(sectionsFromMarkdown(md)).toEqual([
      { heading: '', blocks: [{ kind: 'paragraph', text: 'Lead paragraph with bold and a link.' }] },
      {
        heading: 'First section',
        blocks: [
          { kind: 'paragraph', text: 'One line continued.' },
          { kind: 'list', items: ['Item one', 'Item two wrapped'] },
        ],
      },
      { heading: 'Second', blocks: [{ kind: 'list', items: ['Numbered', 'List'] }] },
    ]);
  });

  it('keeps snake_case and lone asterisks as they are', () => {
    expect(sectionsFromMarkdown('file_name_here and 5 * 3')).toEqual([
      { heading: '', blocks: [{ kind: 'paragraph', text: 'file_name_here and 5 * 3' }] },
    ]);
  });
});
