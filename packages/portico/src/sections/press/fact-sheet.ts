/**
 * A press kit's fact sheet as data: what the PDF (fact-sheet-pdf.ts, drawn in a process of its own,
 * fact-sheet-process.ts) shows, and its sections read from the kit's Markdown. Pure.
 */
export type FactSheetBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

export interface FactSheetSection {
  /** The section's heading; empty for text before the first heading. */
  heading: string;
  blocks: FactSheetBlock[];
}

export interface FactSheetContact {
  /** "Name — role" or just a name, drawn in bold. */
  name: string;
  /** Further lines: phone, e-mail, a note. */
  lines: string[];
}

export interface FactSheet {
  locale: 'vi' | 'en' | 'zh';
  /** The body that publishes the kit (the top line). */
  publisher: string;
  title: string;
  /** The standfirst under the title. */
  description?: string;
  /** A dateline as the reader sees it, already in the kit's language ("Cập nhật 20/10/2026"). */
  dateline?: string;
  /** YYYY-MM-DD: the PDF's creation and modification date (fixed, so the bytes are too). */
  date: string;
  sections: FactSheetSection[];
  contacts?: { heading: string; entries: FactSheetContact[] };
  credits?: { heading: string; lines: string[] };
  /** The kit's page, in the footer of every page. */
  url?: string;
  /** Brand colours (hex); a green and a red when not given. */
  colours?: { primary: string; primaryDark?: string; accent: string };
}

/**
 * The sections of a fact sheet from its Markdown body: `##`/`###` headings, paragraphs, and
 * `-`/`*`/`1.` lists (one level); emphasis, code and links are reduced to their text.
 */
export function sectionsFromMarkdown(markdown: string): FactSheetSection[] {
  const inline = (s: string) =>
    s
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
      // Underscores emphasise only at word edges: snake_case stays.
      .replace(/(^|[^\p{L}\p{N}_])__?(\S(?:.*?\S)?)__?(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  const sections: FactSheetSection[] = [];
  let current: FactSheetSection = { heading: '', blocks: [] };
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flush = () => {
    if (paragraph.length) current.blocks.push({ kind: 'paragraph', text: inline(paragraph.join(' ')) });
    paragraph = [];
    if (list) current.blocks.push({ kind: 'list', items: list });
    list = undefined;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (h) {
      flush();
      if (current.heading || current.blocks.length) sections.push(current);
      current = { heading: inline(h[1]!.replace(/\s+#+\s*$/, '')), blocks: [] };
    } else if (item) {
      if (paragraph.length) flush();
      (list ??= []).push(inline(item[1]!));
    } else if (!line.trim() || /^(-{3,}|\*{3,}|_{3,})$/.test(line.trim())) {
      flush();
    } else if (list && /^\s{2,}/.test(raw)) {
      list[list.length - 1] = inline(`${list[list.length - 1]} ${line}`);
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  if (current.heading || current.blocks.length) sections.push(current);
  return sections;
}
