/**
 * The HTML of /admin/'s own pages: the editor's page, the "view on the site" page (open/) and the
 * translation status page (status/). Each carries /admin/'s policy in a <meta> tag as well, so a
 * host that sends no headers still enforces it. Pure: values in, HTML out; no inline script.
 */
import type { EntryStatus, TranslationState } from '../lib/translation-status.ts';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const head = ({ siteName, csp, icon }: AdminPageInput, title: string, base: string, extra = '') => `<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="same-origin" />
    <meta http-equiv="Content-Security-Policy" content="${esc(csp)}" />
    <title>${esc(title)} — ${esc(siteName)}</title>
    <link rel="icon" href="${esc(icon)}" />
    <link rel="stylesheet" href="${base}fonts.css" />
    <link rel="stylesheet" href="${base}admin.css" />${extra}
  </head>`;

export interface AdminPageInput {
  /** The site's name, in Vietnamese. */
  siteName: string;
  /** /admin/'s policy for the <meta> tag. */
  csp: string;
  /** The site's icon (its favicon's path). */
  icon: string;
}

/** /admin/: the editor. */
export function adminIndexHtml(page: AdminPageInput): string {
  return `${head(page, 'Biên tập nội dung', '')}
  <body class="portico-editor">
    <noscript>
      <p>Trình biên tập cần JavaScript. / The editor needs JavaScript.</p>
    </noscript>
    <main id="portico-local-only" class="portico-note" hidden>
      <h1>Trình biên tập nội dung</h1>
      <p>
        Trang này chưa nối với kho mã nguồn trên máy chủ git, nên chỉ sửa được thư mục trang web trên máy của bạn:
        mở thư mục đó, chạy <code>npm run dev</code>, rồi vào <code>http://localhost:4321/admin/</code>.
        Hướng dẫn: <code>docs/editing.md</code>.
      </p>
      <p lang="en">
        This page is not connected to a git host, so it edits only the site's folder on your computer: open that
        folder, run <code>npm run dev</code>, then go to <code>http://localhost:4321/admin/</code>. Guide:
        <code>docs/editing.md</code>.
      </p>
      <p><a href="status/">Tình trạng bản dịch / Translation status</a></p>
    </main>
    <script type="module" src="admin.js"></script>
  </body>
</html>
`;
}

/** /admin/open/: looks an entry up in pages.json and goes to its page (see browser/open.ts). */
export function openPageHtml(page: AdminPageInput): string {
  return `${head(page, 'Mở trang', '../', '\n    <script type="module" src="../open.js"></script>')}
  <body class="portico-page">
    <main id="portico-not-built" class="portico-note" hidden>
      <h1>Trang này chưa có trên trang web</h1>
      <p>
        Mục <code id="portico-entry"></code> chưa có trang: mục mới hoặc vừa đổi chỉ hiện sau khi trang web được dựng
        lại (<code>npm run dev</code> làm việc đó ngay khi bạn lưu; trang đã xuất bản cần <code>npm run build</code>).
        Bản nháp (<code>draft: true</code>) không có trang.
      </p>
      <p lang="en">
        This entry has no page yet: a new or changed entry shows once the site is built again (<code>npm run dev</code>
        does it as soon as you save; the published site needs <code>npm run build</code>). Drafts have no page.
      </p>
      <p><a href="../">← Trình biên tập / Editor</a></p>
    </main>
  </body>
</html>
`;
}

const STATE_TEXT: Record<TranslationState, { vi: string; en: string; mark: string }> = {
  source: { vi: 'bản gốc', en: 'source', mark: '●' },
  done: { vi: 'xong', en: 'done', mark: '✓' },
  outdated: { vi: 'cũ', en: 'outdated', mark: '!' },
  missing: { vi: 'thiếu', en: 'missing', mark: '✗' },
  orphan: { vi: 'không có bản gốc', en: 'no source', mark: '?' },
};

/** The words of the totals line (shorter than the table's for an entry without a source). */
const COUNT_WORDS: Record<Counted, string> = {
  done: 'xong/done',
  outdated: 'cũ/outdated',
  missing: 'thiếu/missing',
  orphan: 'không gốc/no source',
};

export interface StatusPageInput extends AdminPageInput {
  /** `portico status --json`'s entries. */
  entries: readonly EntryStatus[];
  /** The languages, the source language first. */
  locales: readonly string[];
  /** Collection labels (Vietnamese). */
  labels: Readonly<Record<string, string>>;
  /** When the status was read, as text (the caller's clock). */
  readAt?: string;
  /** Why the status could not be read, when it could not. */
  error?: string;
  /** true on a published site: only entries with a page are listed. */
  publishedOnly?: boolean;
}

/** Rows on one page of a collection's status: the page stays well under the 15 KB budget (about 20 bytes gzip a row). */
export const STATUS_ROWS_PER_PAGE = 250;

type Counted = Exclude<TranslationState, 'source'>;
type Counts = Record<Counted, number>;

/** The states counted, in the order they are shown; all but `done` need a translator's work. */
const COUNTED: readonly Counted[] = ['done', 'outdated', 'missing', 'orphan'];
const NEEDS_WORK: readonly TranslationState[] = COUNTED.filter((state) => state !== 'done');

function countStates(entries: readonly EntryStatus[], locales: readonly string[]): Counts {
  const counts: Counts = { done: 0, outdated: 0, missing: 0, orphan: 0 };
  for (const e of entries)
    for (const l of locales) {
      const state = e.states[l as 'vi'];
      if (state && state !== 'source') counts[state]++;
    }
  return counts;
}

const countsText = (c: Counts) =>
  COUNTED.map((state) => `${STATE_TEXT[state].mark} ${c[state]} ${COUNT_WORDS[state]}`).join(' · ');

/**
 * /admin/status/: where the translations stand. The first page counts the states per collection
 * and language; each collection has pages of its own (status/<collection>/, then /2/, /3/…)
 * listing its entries with the state of each language, those that need work (missing, outdated,
 * no source) first, STATUS_ROWS_PER_PAGE a page. Returns the pages by path under status/.
 */
export function statusPagesHtml(input: StatusPageInput): Record<string, string> {
  const { entries, locales, labels } = input;
  const byCollection = new Map<string, EntryStatus[]>();
  for (const e of entries) {
    const list = byCollection.get(e.collection);
    if (list) list.push(e);
    else byCollection.set(e.collection, [e]);
  }
  const label = (collection: string) => `${esc(labels[collection] ?? collection)} <code>${esc(collection)}</code>`;
  const needsWork = (e: EntryStatus) => locales.some((l) => NEEDS_WORK.includes(e.states[l as 'vi']));
  const legend = `
      <p>
        <strong>xong</strong>: bản dịch mới hơn lần sửa cuối của bản gốc; <strong>cũ</strong>: bản gốc được sửa sau bản dịch
        (theo lần commit cuối, hoặc giờ sửa tệp nếu chưa commit); <strong>thiếu</strong>: chưa có bản dịch. Giống
        <code>npm run status</code>.
      </p>
      <p lang="en">
        <strong>done</strong>: translated after the source last changed; <strong>outdated</strong>: the source changed
        after the translation (last commit, or the file's time when not committed); <strong>missing</strong>: no
        translation yet. The same as <code>npm run status</code>.
      </p>`;
  const page = (depth: number, title: string, body: string) => {
    const up = '../'.repeat(depth);
    return `${head(input, title, up)}
  <body class="portico-page">
    <main class="portico-status">
      <p><a href="${up}">← Trình biên tập / Editor</a>${depth > 1 ? ` · <a href="${'../'.repeat(depth - 1)}">Tình trạng bản dịch / Translation status</a>` : ''}</p>
${body}
    </main>
  </body>
</html>
`;
  };
  const cell = (e: EntryStatus, l: string) => {
    const state = e.states[l as 'vi'];
    const t = STATE_TEXT[state];
    return `<td class="state state-${state}"><span aria-hidden="true">${t.mark}</span> ${t.vi} <span lang="en">/ ${t.en}</span></td>`;
  };
  const pages: Record<string, string> = {};

  const summary = [...byCollection]
    .map(([collection, list]) => {
      const perLocale = locales.map((l) => {
        const c = countStates(list, [l]);
        const parts = COUNTED.filter((state) => c[state]).map((state) => `${STATE_TEXT[state].mark} ${c[state]}`);
        const work = NEEDS_WORK.some((state) => c[state as Counted]);
        return `<td${work ? ' class="state-missing"' : ''}>${parts.join(' · ') || '—'}</td>`;
      });
      return `          <tr><th scope="row"><a href="${encodeURIComponent(collection)}/">${label(collection)}</a></th><td>${list.length}</td>${perLocale.join('')}</tr>`;
    })
    .join('\n');
  pages['index.html'] = page(
    1,
    'Tình trạng bản dịch',
    `      <h1>Tình trạng bản dịch <span lang="en">/ Translation status</span></h1>${legend}
      ${
        input.publishedOnly
          ? `<p>Trang này chỉ liệt kê các mục đã xuất bản; bản nháp và bài hẹn giờ xem bằng <code>npm run status</code> hoặc trong trình biên tập chạy trên máy. <span lang="en">Only published entries are listed here; drafts and scheduled entries show in <code>npm run status</code> or the editor on your computer.</span></p>`
          : ''
      }
      ${input.error ? `<p class="portico-error">Không đọc được tình trạng / The status could not be read: ${esc(input.error)}</p>` : ''}
      <p class="portico-counts">${countsText(countStates(entries, locales))}${input.readAt ? ` — ${esc(input.readAt)}` : ''}</p>
      <p>Chọn một loại bài để xem từng mục, mục cần dịch lên đầu. <span lang="en">Pick a collection to see each entry, those that need work first.</span></p>
      <table>
        <thead><tr><th scope="col">Loại bài / Collection</th><th scope="col">Mục / Entries</th>${locales.map((l) => `<th scope="col">${esc(l)}</th>`).join('')}</tr></thead>
        <tbody>
${summary}
        </tbody>
      </table>`,
  );

  for (const [collection, list] of byCollection) {
    const sorted = [...list].sort(
      (a, b) => Number(needsWork(b)) - Number(needsWork(a)) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    const count = Math.max(1, Math.ceil(sorted.length / STATUS_ROWS_PER_PAGE));
    for (let n = 1; n <= count; n++) {
      const depth = n === 1 ? 2 : 3;
      const up = '../'.repeat(depth);
      const here = (k: number) => '../'.repeat(depth - 2) + (k === 1 ? '' : `${k}/`) || './';
      const rows = sorted.slice((n - 1) * STATUS_ROWS_PER_PAGE, n * STATUS_ROWS_PER_PAGE);
      const nav =
        count > 1
          ? `
      <nav aria-label="Trang / Pages"><p>Trang / Page ${Array.from({ length: count }, (_, i) => i + 1)
        .map((k) => (k === n ? `<strong aria-current="page">${k}</strong>` : `<a href="${here(k)}">${k}</a>`))
        .join(' ')} (${count})</p></nav>`
          : '';
      const table = `
      <table>
        <thead><tr><th scope="col">Mục / Entry</th>${locales.map((l) => `<th scope="col">${esc(l)}</th>`).join('')}</tr></thead>
        <tbody>
${rows
  .map(
    (e) =>
      `          <tr><th scope="row"><a href="${up}#/collections/${encodeURIComponent(collection)}/entries/${encodeURIComponent(e.name)}">${esc(e.name)}</a></th>${locales.map((l) => cell(e, l)).join('')}</tr>`,
  )
  .join('\n')}
        </tbody>
      </table>`;
      const title = `${labels[collection] ?? collection} — Tình trạng bản dịch`;
      pages[`${encodeURIComponent(collection)}/${n === 1 ? '' : `${n}/`}index.html`] = page(
        depth,
        count > 1 ? `${title} (${n}/${count})` : title,
        `      <h1>${label(collection)} <span lang="en">/ translation status</span></h1>${n === 1 ? legend : ''}
      <p class="portico-counts">${countsText(countStates(list, locales))}</p>${nav}${table}${nav}`,
      );
    }
  }
  return pages;
}

/** /admin/admin.css: the editor's own notes and the status page; the CMS styles itself. */
export const ADMIN_CSS = `/* Local-only (no git host): the sign-in button the CMS insists on has nothing to sign in to. */
[data-portico-local-only] .app-shell .buttons > button.secondary { display: none; }
.portico-note, .portico-status { font-family: 'Be Vietnam Pro', system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1d2320; }
.portico-status table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
.portico-status th, .portico-status td { border: 1px solid #d9d3c3; padding: 0.3rem 0.5rem; text-align: left; }
.portico-status thead th { background: #f3f0e8; }
.portico-status .state-done { color: #1f5d3a; }
.portico-status .state-outdated { background: #fff4d6; }
.portico-status .state-missing, .portico-status .state-orphan { background: #fde8e6; }
.portico-status [lang='en'] { color: #4a554f; }
.portico-error { color: #a02a1c; }
`;
