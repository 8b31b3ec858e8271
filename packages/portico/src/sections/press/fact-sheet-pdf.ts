/**
 * A press kit's fact sheet as an A4 PDF in the kit's language, drawn with pdfkit in the
 * engine's bundled font (cut down to the characters the sheet uses), so Vietnamese and
 * Chinese show as they are written on any reader's machine.
 *
 * Pure and reproducible: the sheet and the font bytes in, PDF bytes out; the same input gives
 * the same bytes. The document's dates are the sheet's date, its ID is derived from them, and
 * its streams are stored uncompressed: pdfkit compresses with Node's zlib, whose output may
 * differ between builds of zlib, while the kit's ZIP (fflate) deflates the PDF the same way
 * everywhere.
 */
import PDFDocument from 'pdfkit';
import { assertCovered, drawnText, subsetFor, verticalMetrics } from '../../frame/og/fonts.ts';
import type { FontPair } from '../../frame/og/font-files.ts';
import type { FactSheet } from './fact-sheet.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56;
const FOOTER_Y = A4.height - 36;
const LANG = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' } as const;
const GREY = '#555555';

/** Every string the sheet draws (for the font subset and the coverage check). */
export function sheetText(sheet: FactSheet): string {
  const parts = [sheet.publisher, sheet.title, sheet.description ?? '', sheet.dateline ?? '', sheet.url ?? ''];
  for (const s of sheet.sections) {
    parts.push(s.heading);
    for (const b of s.blocks) parts.push(...(b.kind === 'paragraph' ? [b.text] : b.items));
  }
  if (sheet.contacts)
    parts.push(sheet.contacts.heading, ...sheet.contacts.entries.flatMap((e) => [e.name, ...e.lines]));
  if (sheet.credits) parts.push(sheet.credits.heading, ...sheet.credits.lines);
  // Page numbers in the footer.
  parts.push('0123456789 /');
  return drawnText(parts.join('\n'));
}

function checkDate(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`fact sheet: date "${date}" is not YYYY-MM-DD`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`fact sheet: date "${date}" is not a date`);
  return d;
}

/** The sheet as PDF bytes (A4). Throws if the font lacks a character the sheet uses. */
export async function factSheetPdf(sheet: FactSheet, fonts: FontPair): Promise<Uint8Array> {
  const date = checkDate(sheet.date);
  const text = sheetText(sheet);
  const [regular, bold] = await Promise.all([subsetFor(fonts.regular, text), subsetFor(fonts.bold, text)]);
  assertCovered(regular, text, `fact sheet "${sheet.title}"`);
  const metrics = verticalMetrics(regular);
  const n = drawnText;
  const colours = { primary: '#1f5d3a', accent: '#b3261e', ...sheet.colours };
  const ink = colours.primaryDark ?? colours.primary;

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: false,
    pdfVersion: '1.7',
    lang: LANG[sheet.locale],
    displayTitle: true,
    // No standard font: every glyph comes from the bundled font.
    font: null as unknown as string,
    info: {
      Title: n(sheet.title),
      Author: n(sheet.publisher),
      ...(sheet.description ? { Subject: n(sheet.description) } : {}),
      Creator: 'Portico',
      Producer: 'Portico (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('regular', Buffer.from(regular));
  doc.registerFont('bold', Buffer.from(bold));

  const width = A4.width - 2 * MARGIN;
  const body = { width, lineGap: 3, paragraphGap: 6 };
  const bottom = () => A4.height - doc.page.margins.bottom;
  /** Start a new page unless `height` points fit on this one. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Header: publisher, a rule in the accent colour, title, standfirst, dateline.
  doc.font('regular').fontSize(9.5).fillColor(colours.primary).text(n(sheet.publisher), { width });
  doc.moveDown(0.3);
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(2)
    .strokeColor(colours.accent)
    .stroke();
  doc.moveDown(0.8);
  doc.font('bold').fontSize(22).fillColor(ink).text(n(sheet.title), { width, lineGap: 2 });
  if (sheet.description) {
    doc.moveDown(0.4);
    doc.font('regular').fontSize(11.5).fillColor('#222222').text(n(sheet.description), { width, lineGap: 3 });
  }
  if (sheet.dateline) {
    doc.moveDown(0.3);
    doc.font('regular').fontSize(9).fillColor(GREY).text(n(sheet.dateline), { width });
  }
  doc.moveDown(0.6);

  const heading = (t: string) => {
    doc.font('bold').fontSize(13.5);
    keep(doc.heightOfString(t, { width }) + 60);
    doc.moveDown(0.6);
    doc.fillColor(colours.primary).text(t, { width, lineGap: 1 });
    doc.moveDown(0.3);
  };

  for (const section of sheet.sections) {
    if (section.heading) heading(n(section.heading));
    for (const block of section.blocks) {
      doc.font('regular').fontSize(10.5).fillColor('#1a1a1a');
      if (block.kind === 'paragraph') {
        doc.text(n(block.text), { ...body, align: 'left' });
      } else {
        const size = 10.5;
        // The bullet sits at the middle of the x-height (pdfkit's own list puts it at the middle
        // of the ascender, which is high in a CJK font).
        const bulletY = (metrics.ascent - metrics.xHeight / 2) * size;
        for (const item of block.items) {
          const t = n(item);
          keep(Math.min(doc.heightOfString(t, { width: width - 16 }), 40));
          const y = doc.y;
          doc.circle(MARGIN + 4, y + bulletY, 1.8).fill(colours.primary);
          doc.fillColor('#1a1a1a').text(t, MARGIN + 16, y, { width: width - 16, lineGap: 3, paragraphGap: 3 });
        }
        doc.x = MARGIN;
        doc.moveDown(0.4);
      }
    }
  }

  if (sheet.contacts && sheet.contacts.entries.length) {
    heading(n(sheet.contacts.heading));
    for (const entry of sheet.contacts.entries) {
      keep(40);
      doc.font('bold').fontSize(10.5).fillColor('#1a1a1a').text(n(entry.name), { width });
      doc.font('regular').fontSize(10).fillColor('#333333');
      for (const line of entry.lines) doc.text(n(line), { width, lineGap: 2 });
      doc.moveDown(0.5);
    }
  }

  if (sheet.credits && sheet.credits.lines.length) {
    doc.moveDown(0.4);
    doc.font('bold').fontSize(9);
    keep(40);
    doc.fillColor(GREY).text(n(sheet.credits.heading), { width });
    doc.font('regular').fontSize(8.5);
    for (const line of sheet.credits.lines) doc.text(n(line), { width, lineGap: 1.5 });
  }

  // Footer on every page: the kit's address and "page / pages".
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin must not start a new page
    doc.font('regular').fontSize(8).fillColor(GREY);
    const pageNo = `${i + 1} / ${range.count}`;
    const pageNoWidth = doc.widthOfString(pageNo);
    if (sheet.url) doc.text(n(sheet.url), MARGIN, FOOTER_Y, { width: width - pageNoWidth - 12, lineBreak: false });
    doc.text(pageNo, MARGIN + width - pageNoWidth, FOOTER_Y, { lineBreak: false });
    doc.page.margins.bottom = margins;
  }

  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
