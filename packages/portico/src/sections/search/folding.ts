/**
 * Vietnamese folding for the search index, so a query typed without diacritics finds the text
 * written with them ("dong thap" → Đồng Tháp, "dau tu" → đầu tư).
 *
 * Pagefind already folds tone and vowel marks: it decomposes each word (NFD) and drops the
 * combining marks, so "Hữu Lộc" is indexed as "huu loc". It cannot fold đ/Đ, because U+0111
 * and U+0110 are letters of their own with no decomposition: "Đồng" is indexed as "đong" and
 * "dong" never reaches it.
 *
 * The design, chosen so that result excerpts stay exactly what readers see on the page:
 *
 * - Index side (`markHtmlForIndex`): the build passes Pagefind a copy of each page in which every
 *   đ/Đ in text is written as d/D followed by U+0335 COMBINING SHORT STROKE OVERLAY. Pagefind's
 *   word normaliser drops the combining mark, so the word is indexed as "dong", while the text
 *   Pagefind stores for excerpts and titles keeps the mark. The HTML files readers get are
 *   not touched.
 * - Display side (`unmarkStrokedD`): the search page turns every d/D + U+0335 in titles, excerpts
 *   and metadata back into đ/Đ, so excerpts read exactly as the page does. The mapping is
 *   reversible because U+0335 never follows d/D in real Vietnamese, English or Chinese text.
 * - Query side (`foldQuery`): the search page writes đ/Đ in the query as d/D before asking
 *   Pagefind, so "Đồng Tháp" (with diacritics) still finds the page; Pagefind folds the tone
 *   marks itself and still ranks exact-diacritic matches ("Đồng" → "dồng") first.
 *
 * The alternative, a hidden block of folded words appended to each page, would surface those
 * folded words ("dong dang dau tu") in excerpts whenever they were the only match.
 *
 * Pure: no DOM, no file system; used by the build (src/integrations/search-index.ts) and by the
 * search page's script.
 */

/** U+0335 COMBINING SHORT STROKE OVERLAY: marks a d/D that was đ/Đ in the indexed copy. */
export const STROKE_MARK = '\u0335';

/** đ → d + U+0335, Đ → D + U+0335 (text, not HTML). */
export function markStrokedD(text: string): string {
  return text.replace(/đ/g, `d${STROKE_MARK}`).replace(/Đ/g, `D${STROKE_MARK}`);
}

/** The inverse of `markStrokedD`: d + U+0335 → đ, D + U+0335 → Đ. Safe on any text. */
export function unmarkStrokedD(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/**
 * A query as the index expects it: Unicode-composed, with đ/Đ written d/D. Tone marks stay
 * (Pagefind folds them, and uses them to rank exact matches first).
 */
export function foldQuery(query: string): string {
  return query.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Fully folded, lower-case form of a Vietnamese text: "Đồng Tháp" → "dong thap". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

// HTML character references for đ/Đ that may appear in text (named ones are case-sensitive).
const D_REFERENCES = /&(?:dstrok|Dstrok|#0*27[23]|#[xX]0*11[01]);/g;
const REFERENCE_VALUE: Record<string, string> = {
  dstrok: 'đ',
  Dstrok: 'Đ',
  '273': 'đ',
  '272': 'Đ',
  '111': 'đ',
  '110': 'Đ',
};

function markText(text: string): string {
  const decoded = text.replace(
    D_REFERENCES,
    (ref) => REFERENCE_VALUE[ref.slice(1, -1).replace(/^#[xX]?0*/, '')] ?? ref,
  );
  return markStrokedD(decoded);
}

/**
 * Markup the folding must not touch: comments, raw-text elements (script, style) and tags with
 * their attributes (quoted values may contain ">"). Everything between is text.
 */
const NOT_TEXT =
  /<!--[\s\S]*?-->|<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<[a-zA-Z!/?](?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * The copy of a page given to the indexer: đ/Đ in text content marked with U+0335 (see above).
 * Tags, attributes (filters and metadata read from attributes stay as written), comments, scripts
 * and styles are left as they are.
 */
export function markHtmlForIndex(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(NOT_TEXT)) {
    out += markText(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + markText(html.slice(last));
}

/**
 * The query words typed with Vietnamese marks ("chợ", "Đồng"), lower-case and composed; a word
 * without marks ("cho", "dong") is not among them. With none, nothing is re-ranked.
 */
export function markedWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((w) => w !== '' && foldVietnamese(w) !== w);
}

/**
 * How many of the marked query words a page's text contains exactly, as whole words ("chợ"
 * counts in "chợ đêm", not in "cho"; "chợ" is not found inside "chợt"). The text is Pagefind's
 * stored content (đ written d + U+0335), so it is unmarked first.
 */
export function exactMatches(words: readonly string[], text: string): number {
  if (!words.length) return 0;
  const own = new Set(
    unmarkStrokedD(text)
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u),
  );
  return words.filter((w) => own.has(w)).length;
}

/**
 * Results in a new order for a query typed with marks: those containing more of its marked
 * words exactly come first, Pagefind's order kept otherwise (a stable sort). Pagefind folds
 * marks away, so "chợ" (market) and "cho" (for) are one word to it: this puts the market first.
 */
export function rankExactFirst<R>(results: readonly R[], texts: readonly string[], query: string): R[] {
  const words = markedWords(query);
  if (!words.length) return [...results];
  const scores = results.map((_, i) => exactMatches(words, texts[i] ?? ''));
  return results
    .map((r, i) => ({ r, i, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.r);
}
