/**
 * The search indexer's worker thread (see live-index.ts): receives built pages with their place
 * in the build's order, marks đ for folding (folding.ts), and feeds Pagefind one index per
 * language, each page strictly after the one before it in the build's order. Pagefind numbers
 * pages in the order they arrive, so a fixed order gives the same index files, byte for byte,
 * whatever order the pages were rendered in; the three languages are indexed side by side.
 *
 * At the end each language's index is written on its own (Pagefind writes the same files for a
 * language whether or not other languages share the run; only pagefind-entry.json, which lists
 * them, is merged by merge-indexes.ts), so that a language whose pages did not change can be
 * taken from the previous build instead of being written again (`reuse`).
 *
 * Ahead of the pages (a rebuild, for the languages whose content changed: `speculate`), a
 * language's thread feeds Pagefind the previous build's pages from the published site, in the
 * previous build's order, while Astro is still starting. As this build's pages come, each is
 * checked against the page fed at its place: the same page costs nothing, a page whose text
 * changed is given again (Pagefind replaces a page it already has, by URL, in its place), so the
 * index ends as a cold build's. A page that moved, came in between or went makes the language's
 * index start over from the output at the end. Nothing is sent to Pagefind before the page
 * ahead of it (Pagefind numbers pages in the order they come); up to WINDOW requests are on their
 * way at once (its process takes them one after the other, in that order).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markHtmlForIndex } from './folding.ts';
import { linkTree, scratchOf } from './merge-indexes.ts';
import { isIndexablePage } from './logic.ts';
import { langOf, type FromIndexer, type ToIndexer } from './live-index.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

interface Page {
  url: string;
  html: string | undefined;
  /** Where the page can be read again, unchanged, until the index is written (a page kept from the published site). */
  file?: string;
  /** The page's file, relative to the output folder. */
  out?: string;
  /** The `<html lang>` of a page given by its file. */
  lang?: string;
}

interface Data {
  /** Where the previous build's index of each language is kept (LiveSearchIndex's `cacheDir`). */
  cacheDir?: string;
  /** The published site, which the pages fed ahead are read from. */
  published?: string;
  /** The languages fed ahead from the published site. */
  speculate?: string[];
}
const { cacheDir, published, speculate = [] } = (workerData ?? {}) as Data;

/**
 * One page of a language, in order: its digest (URL and indexed text), URL, file in the output and
 * that file's stamp (inode, size and time: a page kept in the next build is a hard link to it).
 */
interface Listed {
  printed: string;
  url: string;
  out?: string;
  stamp?: string;
}

/** A file's inode, size and modification time (undefined when it is gone). */
function stampOf(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeMs}` : undefined;
}

/** Requests on their way to a Pagefind process at once. */
const WINDOW = 16;

const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

const pending = new Map<number, Page | undefined>();
let next = 0;
let skipped = 0;

interface Language {
  /** Started when the first page goes to Pagefind. */
  index: Promise<PagefindIndex> | undefined;
  /** Requests to Pagefind, made one after the other. */
  chain: Promise<void>;
  /** Requests sent and not yet answered (at most WINDOW). */
  inflight: Promise<void>[];
  /** This build's pages, in order. */
  pages: Listed[];
  /** The previous build's list: while the pages match it, none goes to Pagefind. */
  previous: Listed[] | undefined;
  /**
   * Pages held back while they match the previous build's: their text, or only the file to read
   * it from again when one comes after them that differs. In a rebuild, that keeps a language's
   * thousand unchanged pages out of memory (50-100 MB a thread) while they are compared.
   */
  held: { url: string; content?: string; file?: string }[];
  feeding: boolean;
  /** The pages fed ahead from the published site, in order (none when not speculating). */
  ahead: Listed[] | undefined;
  /** A page came that is not the one fed ahead at its place: the index starts over at the end. */
  broken: boolean;
  /** What Pagefind said it could not index. */
  errors: string[];
}
const languages = new Map<string, Language>();

/**
 * The first line of a language's list: an index written by another Pagefind version is never
 * reused nor compared with.
 */
const LIST_HEADER = `pagefind ${PAGEFIND_VERSION}`;

/**
 * A language's list as the previous build kept it with its index (written last, so a list means
 * a whole index): the header, then `digest<TAB>url<TAB>file<TAB>stamp` per page.
 */
function previousList(lang: string): Listed[] | undefined {
  try {
    if (!cacheDir) return undefined;
    const [header, ...lines] = readFileSync(join(cacheDir, lang, '.pages'), 'utf8').split('\n');
    if (header !== LIST_HEADER) return undefined;
    return lines.map((line) => {
      const [printed = '', url = '', out, stamp] = line.split('\t');
      return { printed, url, ...(out ? { out } : {}), ...(stamp ? { stamp } : {}) };
    });
  } catch {
    return undefined;
  }
}

function language(lang: string): Language {
  let state = languages.get(lang);
  if (!state) {
    const previous = previousList(lang);
    state = {
      index: undefined,
      chain: Promise.resolve(),
      inflight: [],
      pages: [],
      previous,
      held: [],
      feeding: previous === undefined,
      ahead: undefined,
      broken: false,
      errors: [],
    };
    languages.set(lang, state);
  }
  return state;
}

function indexOf(state: Language): Promise<PagefindIndex> {
  state.index ??= pagefind.createIndex({}).then(({ index, errors: e }) => {
    if (!index) throw new Error(`Pagefind could not start: ${e.join('; ')}`);
    return index;
  });
  return state.index;
}

/**
 * Give a page to Pagefind after the ones before it; a page given by a function is read only when
 * its turn comes (undefined: nothing to give).
 */
function feed(state: Language, url: string, content: string | (() => string | undefined)): void {
  const index = indexOf(state);
  state.chain = state.chain.then(async () => {
    const text = typeof content === 'string' ? content : content();
    if (text === undefined) return;
    const ready = await index;
    if (state.inflight.length >= WINDOW) await state.inflight.shift();
    state.inflight.push(
      ready.addHTMLFile({ url, content: text }).then((added) => {
        if (added.errors.length) state.errors.push(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      }),
    );
  });
}

/** Every page given so far is in Pagefind. */
async function drain(state: Language): Promise<void> {
  await state.chain;
  await Promise.all(state.inflight.splice(0));
}

/** A page's text as indexed, and its digest. */
function indexed(url: string, html: string): { content: string; printed: string } {
  const content = markHtmlForIndex(html);
  return { content, printed: createHash('sha256').update(`${url}\0${content}`).digest('base64url') };
}

/**
 * Feed the previous build's pages of a language from the published site, before this build's
 * come. A published page that is not what the list says (changed by hand) breaks the guess.
 */
function feedAhead(lang: string): void {
  const state = language(lang);
  const list = state.previous;
  if (!published || !list?.length || list.some((p) => !p.out || !p.url)) return;
  state.ahead = list;
  state.feeding = true;
  for (const listed of list)
    feed(state, listed.url, () => {
      if (state.broken) return undefined;
      let html: string;
      try {
        html = readFileSync(join(published, listed.out!), 'utf8');
      } catch {
        state.broken = true;
        return undefined;
      }
      const { content, printed } = indexed(listed.url, html);
      if (printed !== listed.printed) state.broken = true;
      return state.broken ? undefined : content;
    });
}

/** From the first page that differs from the previous build's, every page goes to Pagefind. */
function startFeeding(state: Language): void {
  if (state.feeding) return;
  state.feeding = true;
  for (const { url, content, file } of state.held.splice(0))
    feed(state, url, content ?? (() => markHtmlForIndex(readFileSync(file!, 'utf8'))));
}

/**
 * A page kept from the published site that is the very file the previous build listed at this
 * place (same URL; same inode, size and time): its digest is the listed one, its text not read.
 */
function knownPage(page: Page): { state: Language; printed: string } | undefined {
  if (page.html !== undefined || !page.file || !page.lang) return undefined;
  const state = language(page.lang.toLowerCase());
  const listed = state.previous?.[state.pages.length];
  if (!listed?.stamp || listed.url !== page.url || stampOf(page.file) !== listed.stamp) return undefined;
  return { state, printed: listed.printed };
}

function dispatch(page: Page | undefined): void {
  if (!page) return;
  const { url, file, out } = page;
  let state: Language;
  let printed: string;
  /** The text to index, when it was read. */
  let content: string | undefined;
  const known = knownPage(page);
  if (known) ({ state, printed } = known);
  else {
    // A page given by its file only (kept from the previous build) is read here, on this thread.
    const html = page.html ?? (file ? readFileSync(file, 'utf8') : undefined);
    if (!html) return;
    if (!isIndexablePage(html)) {
      skipped++;
      return;
    }
    state = language(langOf(html));
    ({ content, printed } = indexed(url, html));
  }
  const text = content ?? (() => markHtmlForIndex(readFileSync(file!, 'utf8')));
  const place = state.pages.length;
  state.pages.push({ printed, url, ...(out ? { out } : {}) });
  if (state.ahead) {
    // Fed ahead: the same page at its place costs nothing, a changed one is given again (in its
    // place), one after the last fed ahead is added; any other breaks the guess.
    const guess = state.ahead[place];
    if (state.broken) return;
    if (!guess) feed(state, url, text);
    else if (guess.url !== url) state.broken = true;
    else if (guess.printed !== printed) feed(state, url, text);
    return;
  }
  if (!state.feeding && state.previous?.[place]?.printed !== printed) startFeeding(state);
  if (state.feeding) feed(state, url, text);
  else state.held.push(file ? { url, file } : { url, content: content! });
}

/** Hand over every page whose predecessors have all arrived. */
function flush(): void {
  while (pending.has(next)) {
    const page = pending.get(next);
    pending.delete(next);
    next++;
    dispatch(page);
  }
}

/** A language's index made again from the pages in the output, in order (the guess ahead failed). */
async function startOver(state: Language, outDir: string): Promise<void> {
  await drain(state).catch(() => {});
  const old = state.index;
  state.index = undefined;
  state.ahead = undefined;
  if (old) await (await old).deleteIndex();
  for (const { url, out } of state.pages) {
    if (!out) throw new Error(`The search index cannot read ${url} again: no file given for it`);
    feed(state, url, () => markHtmlForIndex(readFileSync(join(outDir, out), 'utf8')));
  }
}

const sameList = (a: Listed[] | undefined, b: Listed[]): boolean =>
  a !== undefined && a.length === b.length && a.every((p, i) => p.printed === b[i]!.printed);

/** How a language's index was made: fed ahead and corrected, started over, or given page by page. */
type Made = 'ahead' | 'over' | 'new';

/**
 * Write a language's index into the scratch folder. Before the end (`atEnd` false: every page of
 * the language has come, others are still rendered) a language whose guess ahead failed is left
 * for the end, when every page it must read again is in the output: undefined, nothing written.
 * Also undefined when Pagefind could not index a page (state.errors).
 */
async function writeLanguage(lang: string, state: Language, outDir: string, atEnd: boolean): Promise<Made | undefined> {
  if (state.ahead) {
    // Every page fed ahead read first: one may turn out not to be what the list said. With
    // fewer pages in this build, the last ones fed ahead should not be there.
    await drain(state);
    if (state.pages.length < state.ahead.length) state.broken = true;
  }
  let made: Made;
  if (state.broken) {
    if (!atEnd) return undefined;
    made = 'over';
    await startOver(state, outDir);
  } else if (state.ahead) made = 'ahead';
  else {
    made = 'new';
    startFeeding(state);
  }
  await drain(state);
  if (state.errors.length) return undefined;
  const written = join(scratchOf(outDir), lang);
  // Nothing left there by an interrupted run or an earlier write: its files may be the cache's
  // (linkTree), and Pagefind would write over them in place.
  await rm(written, { recursive: true, force: true });
  const result = await (await indexOf(state)).writeFiles({ outputPath: written });
  if (result.errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${result.errors.join('; ')}`);
  return made;
}

/** Set by a 'last' message: the place after which no page of this thread's language is expected. */
let early: { last: number; outDir: string; started: boolean } | undefined;
/** Languages written before the end, with how many pages they had then. */
const writtenEarly = new Map<string, { pages: number; made: Promise<Made | undefined> }>();

/** Every place up to the last expected page has come: write the languages that have pages now. */
function writeEarly(): void {
  if (!early || early.started || next <= early.last) return;
  early.started = true;
  for (const [lang, state] of languages) {
    // A language that will be taken from the cache, or fed ahead with nothing of it left, waits.
    if (!state.pages.length || (cacheDir && sameList(state.previous, state.pages))) continue;
    const made = writeLanguage(lang, state, early.outDir, false);
    made.catch(() => {});
    writtenEarly.set(lang, { pages: state.pages.length, made });
  }
}

/** A language's pages as the next build's list has them, with each file's stamp in `outDir`. */
const listOf = (state: Language, outDir: string): Listed[] =>
  state.pages.map((p) => {
    const stamp = p.out && stampOf(join(outDir, p.out));
    return { ...p, ...(stamp ? { stamp } : {}) };
  });

/**
 * Write a language's list beside its kept index (see previousList), as a new file: the one it
 * replaces may be linked into an output. Written first beside the folder, so that a build that
 * stops halfway leaves nothing in it that the next build would take for part of the index.
 */
async function keepList(cached: string, pages: Listed[]): Promise<void> {
  const aside = `${cached}.pages`;
  await writeFile(
    aside,
    [LIST_HEADER, ...pages.map((p) => [p.printed, p.url, p.out ?? '', p.stamp ?? ''].join('\t'))].join('\n'),
  );
  await rename(aside, join(cached, '.pages'));
}

async function finish(outDir: string): Promise<FromIndexer> {
  // Paths that were never rendered leave gaps: the rest go in, still in the build's order.
  for (const seq of [...pending.keys()].sort((a, b) => a - b)) dispatch(pending.get(seq));
  pending.clear();
  const report: FromIndexer & { type: 'done' } = {
    type: 'done',
    pages: {},
    skipped,
    reused: [],
    ahead: [],
    over: [],
    early: [],
    errors: [],
  };
  // A language fed ahead whose pages all went has nothing to write.
  const used = [...languages.entries()].filter(([, state]) => state.pages.length);
  for (const [, state] of languages)
    if (!state.pages.length) {
      // The rest of what was fed ahead is not read.
      state.broken = true;
      await drain(state).catch(() => {});
    }
  for (const [lang, state] of used.sort(([a], [b]) => a.localeCompare(b))) report.pages[lang] = state.pages.length;
  await Promise.all(
    used.map(async ([lang, state]) => {
      const cached = cacheDir ? join(cacheDir, lang) : undefined;
      const written = join(scratchOf(outDir), lang);
      let made: Made | undefined;
      const before = writtenEarly.get(lang);
      if (before) {
        made = await before.made;
        // A page of the language came after its index was written: it is made again from the output.
        if (made && before.pages !== state.pages.length) {
          state.broken = true;
          made = undefined;
        } else if (made) report.early.push(lang);
      }
      if (!made && !state.errors.length) {
        if (cached && sameList(state.previous, state.pages)) {
          // Whatever was fed ahead is dropped with its process (the rest of it is not read).
          state.broken = true;
          await drain(state).catch(() => {});
          await rm(written, { recursive: true, force: true });
          await linkTree(cached, written);
          // The pages rendered again since the list was written are new files: the list takes
          // their stamps, so that the next build knows them without reading them.
          const listed = listOf(state, outDir);
          if (listed.some((p, i) => p.stamp !== state.previous![i]!.stamp)) await keepList(cached, listed);
          report.reused.push(lang);
          return;
        }
        made = await writeLanguage(lang, state, outDir, true);
      }
      if (state.errors.length || !made) {
        report.errors.push(...state.errors);
        return;
      }
      if (made !== 'new') report[made].push(lang);
      if (cached) {
        await rm(cached, { recursive: true, force: true });
        await mkdir(cached, { recursive: true });
        await linkTree(written, cached);
        await keepList(cached, listOf(state, outDir));
      }
    }),
  );
  await pagefind.close();
  // Its languages' indexes stay in the scratch folder: the thread that started the workers
  // merges every language into <outDir>/pagefind (mergeLanguageIndexes).
  return report;
}

for (const lang of speculate) feedAhead(lang);

parentPort!.on('message', (message: ToIndexer) => {
  if (message.type === 'batch') {
    for (const item of message.items)
      if (typeof item === 'number') pending.set(item, undefined);
      else
        pending.set(
          item.seq,
          item.html === undefined && item.file === undefined
            ? undefined
            : {
                url: item.url,
                html: item.html,
                ...(item.file ? { file: item.file } : {}),
                ...(item.out ? { out: item.out } : {}),
                ...(item.lang ? { lang: item.lang } : {}),
              },
        );
    flush();
    writeEarly();
  } else if (message.type === 'last') {
    early = { last: message.seq, outDir: message.outDir, started: false };
    writeEarly();
  } else if (message.type === 'finish') {
    finish(message.outDir).then(
      (report) => parentPort!.postMessage(report),
      (error: unknown) =>
        parentPort!.postMessage({
          type: 'failed',
          message: String((error as Error)?.stack ?? error),
        } satisfies FromIndexer),
    );
  }
});
