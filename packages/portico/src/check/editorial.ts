/**
 * Editorial truth in the content check: the figures of an entry come back in every translation
 * with the same value (./figures.ts), glossary terms are written the glossary's way, one way per
 * language, and English drops Vietnamese diacritics (./glossary-drift.ts). Findings become
 * Problems for editors (messages in RULES, src/lib/problems.ts); terms marked `unconfirmed` in the
 * glossary are not errors but listed for a translator to decide (`portico status`).
 *
 * A footnote reference `[^1]` with no note `[^1]: …` shows as "[^1]" on the page: reported too.
 *
 * Pure: the parsed content in (the check's items, status's files), problems out.
 */
import type { Locale } from '../i18n/locales.ts';
import { problemFromRule, type Problem } from '../lib/problems.ts';
import { compareFigures, proseOf, type Figure, type FigureFinding, type LocalisedText } from './figures.ts';
import { lineOf } from './reading.ts';
import { sourcesDifferences, type SourceLike } from './sources.ts';
import {
  checkGlossary,
  type DriftFinding,
  type GlossaryTerm,
  type SiteText,
  type TranslationPair,
} from './glossary-drift.ts';

export type { DriftFinding, GlossaryTerm };

const LOCALES: readonly Locale[] = ['vi', 'en', 'zh'];
const BODY = '(body)';

/** One prose file: its path from the site root, its language and its whole text. */
export interface ProseFile {
  file: string;
  locale: Locale;
  text: string;
  /** A draft is work in progress: not compared until it is published. */
  draft?: boolean;
}

/** An entry in its languages. */
export interface EntryFiles {
  sourceLocale: Locale;
  byLocale: Partial<Record<Locale, ProseFile>>;
}

/** A YAML file of records or lists (captions, names, titles in three languages). */
export interface DataFile {
  file: string;
  text: string;
}

export interface EditorialInput {
  entries: readonly EntryFiles[];
  glossary: readonly GlossaryTerm[];
  /** Data files whose `vi:`, `en:`, `zh:` values are checked against the glossary too. */
  data?: readonly DataFile[];
  /** How a source's figures are compared with a translation's: compareFigures, or a memo of it. */
  compare?: (source: LocalisedText, translation: LocalisedText) => FigureFinding[];
}

export interface EditorialReport {
  /** Editor errors: figures, confirmed glossary terms, footnotes. */
  problems: Problem[];
  /** Findings and uses of unconfirmed glossary terms, for a translator to decide. */
  toDecide: DriftFinding[];
}

// ------------------------------------------------------------------------------ reading

/** The glossary's terms from its parsed list (id → fields); entries without three renderings are skipped. */
export function glossaryTerms(list: Record<string, unknown>): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const [id, value] of Object.entries(list)) {
    if (!value || typeof value !== 'object') continue;
    const t = value as Record<string, unknown>;
    if (!LOCALES.every((l) => typeof t[l] === 'string' && (t[l] as string).trim())) continue;
    const term: GlossaryTerm = { id, vi: t.vi as string, en: t.en as string, zh: t.zh as string };
    if (t.unconfirmed === true) term.unconfirmed = true;
    if (t.variants && typeof t.variants === 'object') {
      const variants: Partial<Record<Locale, string[]>> = {};
      for (const l of LOCALES) {
        const list = (t.variants as Record<string, unknown>)[l];
        if (Array.isArray(list)) variants[l] = list.filter((v): v is string => typeof v === 'string');
      }
      term.variants = variants;
    }
    terms.push(term);
  }
  return terms;
}

const BLOCK_SCALAR = /^[|>][+-]?\d*\s*(#.*)?$/;
const unquote = (value: string) =>
  value
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/^'(.*)'$/, '$1');

/**
 * The strings of each language in a YAML data file, line for line: the values of its `vi:`,
 * `en:` and `zh:` keys stay on their lines (block scalars with their indented lines), every other
 * line is blank, so findings keep the file's line numbers.
 */
export function dataTexts(file: DataFile): SiteText[] {
  const lines = file.text.split(/\r?\n/);
  const out: Record<Locale, string[]> = { vi: [], en: [], zh: [] };
  let block: { locale: Locale; indent: number } | undefined;
  for (const line of lines) {
    for (const l of LOCALES) out[l].push('');
    const at = out.vi.length - 1;
    const indent = line.length - line.trimStart().length;
    if (block && (line.trim() === '' || indent > block.indent)) {
      out[block.locale][at] = line.trim();
      continue;
    }
    block = undefined;
    const m = /^(\s*)(?:- )?(vi|en|zh):\s*(.*)$/.exec(line);
    if (!m) continue;
    const locale = m[2] as Locale;
    if (BLOCK_SCALAR.test(m[3]!)) block = { locale, indent: m[1]!.length };
    else out[locale][at] = unquote(m[3]!);
  }
  return LOCALES.map((locale) => ({ file: file.file, locale, text: out[locale].join('\n') }));
}

/** The frontmatter's last line (0 when there is none), in a file's lines. */
function frontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return end < 0 ? 0 : end + 1;
}

/** The dotted YAML key a line belongs to, looking up from `index` to `first`. */
function keyPathAt(lines: readonly string[], index: number, first: number): string | undefined {
  const keys: string[] = [];
  let limit = Infinity;
  for (let i = Math.min(index, lines.length - 1); i >= first; i--) {
    const l = lines[i]!;
    if (!l.trim() || l.trimStart().startsWith('#')) continue;
    const indent = l.length - l.trimStart().length;
    if (indent >= limit) continue;
    const m = /^\s*(?:- )?("[^"]+"|'[^']+'|[\w-]+)\s*:(\s|$)/.exec(l);
    if (!m) continue;
    keys.unshift(m[1]!.replace(/^["']|["']$/g, ''));
    limit = indent;
    if (indent === 0) break;
  }
  return keys.length ? keys.join('.') : undefined;
}

/**
 * The field a line of a file belongs to: in a prose file a frontmatter key (dotted) or (body);
 * in a YAML data file (`yaml`) the key path, e.g. `dong-dang.name.zh`.
 */
export function fieldAt(text: string, line: number, yaml = false): string {
  const lines = text.split(/\r?\n/);
  if (yaml) return keyPathAt(lines, line - 1, 0) ?? '(file)';
  const end = frontmatterEnd(lines);
  if (line > end) return BODY;
  return keyPathAt(lines, line - 1, 1) ?? '(frontmatter)';
}

/** The line of a top-level frontmatter key in a file, if it is there. */
function keyLine(text: string, field: string): number | undefined {
  if (field === BODY) return undefined;
  const top = field.split('.')[0]!;
  const lines = text.split(/\r?\n/);
  const end = frontmatterEnd(lines);
  for (let i = 1; i < end; i++) if (new RegExp(`^${top}\\s*:`).test(lines[i]!)) return i + 1;
  return undefined;
}

// ------------------------------------------------------------------------------ figures

const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** A figure's value as the check compares it: "6,361,000,000,000 VND", "162,000 m", "2025-07-01". */
export function figureValue(f: Figure): string {
  if (typeof f.value === 'string') return f.value;
  switch (f.kind) {
    case 'money':
      return `${grouped(f.value)} ${f.currency}`;
    case 'length':
      return `${grouped(f.value)} m`;
    case 'area':
      return `${grouped(f.value)} m²`;
    case 'percent':
      return `${grouped(f.value)}%`;
    case 'time':
      return `${String(Math.floor(f.value / 60)).padStart(2, '0')}:${String(f.value % 60).padStart(2, '0')}`;
    default:
      return grouped(f.value);
  }
}

function figureProblem(finding: FigureFinding, source: ProseFile, translation: ProseFile): Problem {
  const s = finding.source;
  const params = {
    source: s.text,
    n: s.line,
    value: figureValue(s),
    sourceFile: source.file,
  };
  if (finding.problem === 'different' && finding.translation) {
    const t = finding.translation;
    return problemFromRule(
      'figure.different',
      { file: translation.file, field: fieldAt(translation.text, t.line), line: t.line, found: t.text },
      { ...params, translation: t.text, m: t.line, translationValue: figureValue(t) },
    );
  }
  const field = fieldAt(source.text, s.line);
  return problemFromRule(
    'figure.missing',
    { file: translation.file, field, line: keyLine(translation.text, field) },
    params,
  );
}

// ----------------------------------------------------------------------------- glossary

function glossaryProblems(
  findings: readonly DriftFinding[],
  terms: readonly GlossaryTerm[],
  field: (file: string, line: number) => string,
): Problem[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const once = (file: string, line: number, found: string) => {
    const key = `${file}|${line}|${found}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  // A translation's own mistake first: it says where the source uses the term.
  for (const f of findings) {
    if (f.kind !== 'translation' || !once(f.file, f.line, f.found)) continue;
    problems.push(
      problemFromRule(
        'glossary.translation',
        { file: f.file, field: field(f.file, f.line), line: f.line, found: f.found },
        {
          vi: byId.get(f.term)?.vi ?? f.term,
          expected: f.expected,
          found: f.found,
          term: f.term,
          source: f.source ? `${f.source.file}:${f.source.line}` : '',
        },
      ),
    );
  }
  for (const f of findings) {
    if (f.kind === 'diacritics' && once(f.file, f.line, f.found))
      problems.push(
        problemFromRule(
          'glossary.diacritics',
          { file: f.file, field: field(f.file, f.line), line: f.line, found: f.found },
          { expected: f.expected, found: f.found },
        ),
      );
    if (f.kind !== 'site') continue;
    // Every place written another way than the glossary's, once.
    const places = f.places ?? [];
    const forms = [...new Set(places.map((p) => p.found))]
      .map((form) => {
        const first = places.find((p) => p.found === form)!;
        return `"${form}" ${first.file}:${first.line}`;
      })
      .join('; ');
    for (const p of places) {
      if (p.found === f.expected || !once(p.file, p.line, p.found)) continue;
      problems.push(
        problemFromRule(
          'glossary.site',
          { file: p.file, field: field(p.file, p.line), line: p.line, found: p.found },
          { expected: f.expected, forms, term: f.term },
        ),
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------- footnotes

/** `[^id]` references without a `[^id]: …` note in the same file (outside code). */
function footnoteProblems(file: ProseFile): Problem[] {
  const lines = file.text.split(/\r?\n/);
  const start = frontmatterEnd(lines);
  const defined = new Set<string>();
  const used: { id: string; line: number }[] = [];
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const plain = line.replace(/`[^`]*`/g, '');
    const definition = /^\s{0,3}\[\^([^\]\s]+)\]:/.exec(plain);
    if (definition) defined.add(definition[1]!.toLowerCase());
    const rest = definition ? plain.slice(definition[0].length) : plain;
    for (const m of rest.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) used.push({ id: m[1]!, line: i + 1 });
  }
  return used
    .filter((u) => !defined.has(u.id.toLowerCase()))
    .map((u) =>
      problemFromRule(
        'footnote.missing',
        { file: file.file, field: BODY, line: u.line, found: `[^${u.id}]` },
        { id: u.id },
      ),
    );
}

// -------------------------------------------------------------------------------- check

/** Figures and glossary across the site's languages; footnotes of each file. */
export function checkEditorial(input: EditorialInput): EditorialReport {
  const compare = input.compare ?? compareFigures;
  const live = (f: ProseFile | undefined): f is ProseFile => !!f && !f.draft;
  const prose = new Map<ProseFile, SiteText>();
  const siteText = (f: ProseFile): SiteText => {
    let text = prose.get(f);
    if (!text) prose.set(f, (text = { file: f.file, locale: f.locale, text: proseOf(f.text) }));
    return text;
  };
  const problems: Problem[] = [];
  const pairs: TranslationPair[] = [];
  for (const entry of input.entries) {
    const source = entry.byLocale[entry.sourceLocale];
    for (const file of Object.values(entry.byLocale)) if (live(file)) problems.push(...footnoteProblems(file));
    if (!live(source)) continue;
    for (const locale of LOCALES) {
      const translation = entry.byLocale[locale];
      if (locale === entry.sourceLocale || !live(translation)) continue;
      const [s, t] = [siteText(source), siteText(translation)];
      pairs.push({ source: s, translation: t });
      for (const finding of compare(s, t)) problems.push(figureProblem(finding, source, translation));
    }
  }
  const data = input.data ?? [];
  const texts = [
    ...input.entries.flatMap((e) => Object.values(e.byLocale).filter(live).map(siteText)),
    ...data.flatMap(dataTexts),
  ];
  const files = new Map<string, { text: string; yaml: boolean }>([
    ...input.entries.flatMap((e) =>
      Object.values(e.byLocale).map((f) => [f.file, { text: f.text, yaml: false }] as const),
    ),
    ...data.map((d) => [d.file, { text: d.text, yaml: true }] as const),
  ]);
  const field = (file: string, line: number) => {
    const known = files.get(file);
    return known ? fieldAt(known.text, line, known.yaml) : BODY;
  };
  const report = checkGlossary(input.glossary, texts, pairs);
  problems.push(...glossaryProblems(report.errors, input.glossary, field));
  return { problems, toDecide: report.toDecide };
}

// ------------------------------------------------------------------ the check's own items

/** The parts of the content check's items this module reads (src/check/index.ts). */
export interface CheckItem {
  collection: string;
  file: string;
  name: string;
  locale?: Locale;
  /** Prose: the whole file. */
  text?: string;
  raw?: Record<string, unknown>;
  data?: Record<string, unknown>;
  /** Records and lists: the whole file's lines; prose: the front matter's. */
  yamlLines: readonly string[];
  /** The file line of the first of yamlLines. */
  yamlStart?: number;
}

/** Collections whose YAML is not text for readers: the glossary itself and address redirects. */
const NOT_TEXT = new Set(['glossary', 'redirects']);

/**
 * The content check's call: its prose groups and items in, the editorial problems out. Prose
 * items carry their text; lists and records their lines; the glossary is the validated
 * `glossary` list.
 */
export function editorialProblems(
  groups: readonly { sourceLocale: Locale; byLocale: Partial<Record<Locale, CheckItem>> }[],
  items: readonly CheckItem[],
  compare: EditorialInput['compare'] = compareFigures,
): Problem[] {
  const entries: EntryFiles[] = groups.map((g) => ({
    sourceLocale: g.sourceLocale,
    byLocale: Object.fromEntries(
      LOCALES.flatMap((l) => {
        const item = g.byLocale[l];
        if (!item || item.text === undefined) return [];
        const draft = (item.data ?? item.raw)?.draft === true;
        return [[l, { file: item.file, locale: l, text: item.text, draft }]];
      }),
    ),
  }));
  const glossary = glossaryTerms(
    Object.fromEntries(items.filter((i) => i.collection === 'glossary' && i.data).map((i) => [i.name, i.data])),
  );
  const data = new Map<string, DataFile>();
  for (const item of items) {
    if (item.text !== undefined || NOT_TEXT.has(item.collection) || data.has(item.file)) continue;
    data.set(item.file, { file: item.file, text: item.yamlLines.join('\n') });
  }
  const problems = checkEditorial({ entries, glossary, data: [...data.values()], compare }).problems;
  for (const group of groups) problems.push(...sourcesProblems(group));
  return problems;
}

/**
 * A translation lists the same sources as the entry it translates: as many, with the same dates
 * and links (titles are translated). Drafts and entries whose front matter did not pass are left
 * to the other checks.
 */
function sourcesProblems(group: { sourceLocale: Locale; byLocale: Partial<Record<Locale, CheckItem>> }): Problem[] {
  const original = group.byLocale[group.sourceLocale];
  const sourcesOf = (item: CheckItem) => item.data?.sources as readonly SourceLike[] | undefined;
  if (!original?.data || original.data.draft === true) return [];
  const problems: Problem[] = [];
  for (const locale of LOCALES) {
    const item = group.byLocale[locale];
    if (!item?.data || locale === group.sourceLocale || item.data.draft === true) continue;
    const line = (path: (string | number)[]) => {
      const at = lineOf(item.yamlLines, path) ?? lineOf(item.yamlLines, ['sources']);
      return at === undefined ? undefined : (item.yamlStart ?? 1) + at - 1;
    };
    for (const d of sourcesDifferences(sourcesOf(original), sourcesOf(item))) {
      if (d.kind === 'count')
        problems.push(
          problemFromRule(
            'sources.count',
            { file: item.file, field: 'sources', line: line(['sources']), found: d.translation },
            { source: d.source, translation: d.translation, sourceFile: original.file },
          ),
        );
      else
        problems.push(
          problemFromRule(
            'sources.differs',
            {
              file: item.file,
              field: `sources.${d.index}.${d.kind}`,
              line: line(['sources', d.index, d.kind]),
              found: d.translation || undefined,
            },
            {
              n: d.index + 1,
              key: d.kind,
              source: d.source || '—',
              translation: d.translation || '—',
              sourceFile: original.file,
            },
          ),
        );
    }
  }
  return problems;
}
