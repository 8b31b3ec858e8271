/**
 * What the modules of the content check share while they run: the problems found so far, the
 * parsed items, the held-back entries, the counts and "now".
 */
import type { CollectionName } from '../collections/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { problemFromRule, type Problem } from '../lib/problems.ts';
import type { Visibility } from '../lib/publication.ts';
import { vietnamTime } from './text.ts';

/** The field of a problem in the Markdown/MDX text. */
export const BODY = '(body)';
/** What a problem shows as "found" when the field is not there at all. */
export const NONE = '(không có / none)';

export interface CheckOptions {
  /** The instant "published" is judged at (PORTICO_NOW or the clock). */
  now?: Date;
  /** The site's province name, for examples in messages (province.config.ts `name`). */
  provinceName?: { vi: string; en: string };
  /** The largest original picture accepted (province.config.ts `pictures.maxMegabytes`). */
  maxPictureMegabytes?: number;
  /**
   * A folder where the check keeps what the next run may reuse (figure-memo.ts); without it,
   * everything is worked out again. `portico check` and the build pass the site's cache folder.
   */
  cacheDir?: string;
}

/** An entry that exists but is not published at `now`. */
export interface HeldBack {
  file: string;
  reason: 'draft' | 'scheduled';
  until?: Date;
  /** The entry's language. */
  locale?: Locale;
  /** A translation held back because its source is: the source's file. */
  source?: string;
}

export interface Counts {
  files: number;
  prose: number;
  entries: number;
  records: number;
  listItems: number;
  pictures: number;
}

export interface CheckReport {
  problems: Problem[];
  /** Things to know that do not stop the build (a picture that expires soon, 29 February…). */
  warnings: Problem[];
  heldBack: HeldBack[];
  counts: Counts;
}

/** One parsed content file (a prose entry, a record, or one item of a list). */
export interface Item {
  collection: CollectionName;
  file: string;
  /** Prose: the entry name (file name); records: the id; lists: the key. */
  name: string;
  locale?: Locale;
  /** As written (YAML), when it could be read. */
  raw?: Record<string, unknown>;
  /** After the schema, when it passed. */
  data?: Record<string, unknown>;
  /** Lines of the YAML text and the file line of its first line (for line numbers). */
  yamlLines: string[];
  yamlStart: number;
  /** Path prefix inside the YAML (the key of a list item). */
  prefix: (string | number)[];
  visibility: Visibility;
  /** A translation held back because its source is not public: the source's file. */
  heldBy?: string;
  /** Prose: heading ids and explicit ids, in order. */
  anchors: Set<string>;
  /** Prose: the whole file, for the checks across languages (./editorial.ts). */
  text?: string;
  links: { url: string; line?: number }[];
  /** Pictures named in the body (<Gallery items="…">), by media record name. */
  media: { id: string; field: string; line?: number }[];
}

/** The language versions of one prose entry. */
export interface Group {
  collection: CollectionName;
  name: string;
  byLocale: Partial<Record<Locale, Item>>;
  sourceLocale: Locale;
}

export function newItem(
  collection: CollectionName,
  file: string,
  name: string,
  yamlText: string,
  yamlStart: number,
): Item {
  return {
    collection,
    file,
    name,
    yamlLines: yamlText.split(/\r?\n/),
    yamlStart,
    prefix: [],
    visibility: { visible: true },
    anchors: new Set(),
    links: [],
    media: [],
  };
}

export class CheckContext {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  readonly items: Item[] = [];
  readonly heldBack: HeldBack[] = [];
  readonly counts: Counts = { files: 0, prose: 0, entries: 0, records: 0, listItems: 0, pictures: 0 };
  readonly now: Date;
  /** YYYY-MM-DD in Vietnam at `now`. */
  readonly today: string;
  readonly provinceName: { vi: string; en: string };

  readonly root: string;

  constructor(root: string, options: CheckOptions) {
    this.root = root;
    this.now = options.now ?? new Date();
    this.provinceName = options.provinceName ?? { vi: 'tỉnh', en: 'the province' };
    this.today = vietnamTime(this.now).slice(0, 10);
  }

  add(problem: Problem): void {
    if (!problem.field) problem.field = '(file)';
    this.problems.push(problem);
  }

  /** A warning: shown by check and build, never stops them. */
  warn(
    code: string,
    where: { file: string; field: string; line?: number; found?: unknown },
    params: Record<string, unknown> = {},
  ): void {
    this.warnings.push(problemFromRule(code, where, params));
  }

  rule(
    code: string,
    where: { file: string; field: string; line?: number; found?: unknown },
    params: Record<string, unknown> = {},
  ): void {
    this.add(problemFromRule(code, where, params));
  }
}
