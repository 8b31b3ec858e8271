/**
 * <portico-search>: the search page's results, on Pagefind's JavaScript API.
 *
 * The element wraps the page's GET form (which works without JavaScript) and enhances it: it
 * runs the query from the address (?q=…), shows results as a list of links with their type,
 * date, picture and excerpt, offers filters (section, type, sector, kind) as checkboxes, and
 * announces every change in a polite live region. Pagefind (/pagefind/pagefind.js, same origin)
 * is loaded only here, on the first search; it picks the index of the page's <html lang>.
 * `data-state` (idle, searching, done, error) says where it stands, for styles and tests.
 */
import { foldQuery, markedWords, rankExactFirst, unmarkStrokedD } from '../folding.ts';
import {
  SEARCH_FILTERS,
  calendarDay,
  excerptParts,
  fill,
  filterOptions,
  pagefindFilters,
  queryFromSearch,
  searchWithQuery,
  switcherHref,
} from '../logic.ts';

interface Strings {
  clearFilters: string;
  pageTitle: string;
  status: Record<'prompt' | 'loading' | 'searching' | 'none' | 'one' | 'many' | 'shown' | 'error', string>;
  filter: Record<string, string>;
}

interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
interface Response {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string, options?: { filters?: object }) => Promise<Response | null>;
}

const PAGE_SIZE = 10;
/** How many of the first results are re-ranked for a query typed with Vietnamese marks. */
const RERANK = 30;

/** A result whose data is fetched once (the re-ranking reads it, then the list shows it). */
function memoized(result: Result): Result {
  let data: Promise<ResultData> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

class PorticoSearch extends HTMLElement {
  #strings!: Strings;
  #intl = 'vi-VN';
  #pagefind: Promise<Pagefind> | undefined;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #filters!: HTMLDetailsElement;
  #groups!: HTMLElement;
  #section!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #baseTitle = document.title;
  #query = '';
  #chosen: Record<string, string[]> = {};
  #results: Result[] = [];
  #shown = 0;
  #run = 0;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#intl = this.dataset.intl ?? this.#intl;
    const form = this.querySelector('form')!;
    this.#input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#filters = this.querySelector('[data-search-filters]')!;
    this.#groups = this.querySelector('[data-search-filter-groups]')!;
    this.#section = this.querySelector('[data-search-results]')!;
    this.#list = this.querySelector('[data-search-list]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    for (const note of this.querySelectorAll<HTMLElement>('[data-search-noscript]')) note.hidden = true;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const query = this.#input.value.trim();
      history.pushState(null, '', `${location.pathname}${searchWithQuery(location.search, query)}`);
      this.#chosen = {};
      void this.#search(query);
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    this.#filters.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const { filter = '' } = box.dataset;
      const values = new Set(this.#chosen[filter] ?? []);
      if (box.checked) values.add(box.value);
      else values.delete(box.value);
      this.#chosen[filter] = [...values];
      void this.#search(this.#query);
    });
    this.#filters.addEventListener('click', (event) => {
      if (!(event.target as HTMLElement).closest('[data-search-clear]')) return;
      this.#chosen = {};
      this.#input.focus();
      void this.#search(this.#query);
    });
    window.addEventListener('popstate', () => this.#fromAddress());
    this.#fromAddress();
  }

  #fromAddress(): void {
    const query = queryFromSearch(location.search);
    this.#input.value = query;
    this.#chosen = {};
    void this.#search(query);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = new URL('pagefind.js', new URL(this.dataset.bundle ?? '/pagefind/', location.href)).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Pagefind also matches words that merely start with a query word. Vietnamese words are
      // short syllables, so "nghi" would rank "nghiệp" (industry) pages above "Ngũ Nghị": a
      // stronger term-similarity weight (default 1) keeps such matches but ranks them lower.
      await pagefind.options({ excerptLength: 28, ranking: { termSimilarity: 5 } });
      await pagefind.init();
      // Loads the filter index, so every search also returns its counts per filter value.
      await pagefind.filters();
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  async #search(query: string): Promise<void> {
    const run = ++this.#run;
    this.#query = query;
    // The language switcher opens the other language's search with the same query.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a[href]')) {
      link.href = switcherHref(link.getAttribute('href') ?? '', query);
    }
    const s = this.#strings.status;
    if (!query) {
      document.title = this.#baseTitle;
      this.#reset();
      this.#say(s.prompt);
      this.dataset.state = 'idle';
      return;
    }
    document.title = `${fill(this.#strings.pageTitle, { query })} | ${this.#baseTitle}`;
    this.#say(this.#pagefind ? fill(s.searching, { query }) : s.loading);
    this.#section.setAttribute('aria-busy', 'true');
    this.dataset.state = 'searching';
    try {
      const pagefind = await this.#load();
      const term = foldQuery(query);
      const response = await pagefind.search(term, { filters: pagefindFilters(this.#chosen) });
      if (run !== this.#run || !response) return;
      // Values of one filter are alternatives ("any"), so each filter with a choice is counted
      // as if only the other filters applied (the usual faceted search).
      const counts = { ...response.filters };
      for (const [name, values] of Object.entries(this.#chosen)) {
        if (!values.length) continue;
        const others = pagefindFilters({ ...this.#chosen, [name]: [] });
        counts[name] = (await pagefind.search(term, { filters: others }))?.filters[name] ?? {};
      }
      if (run !== this.#run) return;
      let results = response.results.map(memoized);
      // Pagefind folds marks away ("chợ" and "cho" are one word to it): for a query typed with
      // marks, the first results that contain its words exactly come first.
      if (markedWords(query).length) {
        const head = results.slice(0, RERANK);
        const texts = (await Promise.all(head.map((r) => r.data()))).map(
          (d) => `${d.meta['title'] ?? ''} ${d.content ?? ''}`,
        );
        if (run !== this.#run) return;
        results = [...rankExactFirst(head, texts, query), ...results.slice(RERANK)];
      }
      this.#results = results;
      this.#list.replaceChildren();
      this.#shown = 0;
      this.#renderFilters(counts);
      await this.#showMore(false);
      if (run !== this.#run) return;
      const count = this.#results.length;
      this.#say(fill(count === 0 ? s.none : count === 1 ? s.one : s.many, { count, query }));
      this.dataset.state = 'done';
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#reset();
      this.#say(s.error);
      this.dataset.state = 'error';
    } finally {
      if (run === this.#run) this.#section.removeAttribute('aria-busy');
    }
  }

  #reset(): void {
    this.#results = [];
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#groups.replaceChildren();
    this.#filters.hidden = true;
    this.#section.hidden = true;
    this.#more.hidden = true;
  }

  /** Show the next results; when asked by the reader, move focus to the first new one. */
  async #showMore(byReader: boolean): Promise<void> {
    const run = this.#run;
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map((d) => this.#item(d));
    this.#list.append(...items);
    this.#shown += next.length;
    this.#section.hidden = this.#results.length === 0;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (byReader) {
      items[0]?.querySelector('a')?.focus();
      this.#say(fill(this.#strings.status.shown, { shown: this.#shown, count: this.#results.length }));
    }
  }

  #item(data: ResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = unmarkStrokedD(data.meta.title ?? data.url);
    heading.append(link);
    li.append(heading);

    const type = data.meta.type;
    const day = calendarDay(data.meta.date);
    if (type || day) {
      const meta = document.createElement('p');
      meta.className = 'search-result__meta';
      if (type) meta.append(unmarkStrokedD(type));
      if (type && day) meta.append(' · ');
      if (day) {
        const time = document.createElement('time');
        time.dateTime = data.meta.date!.slice(0, 10);
        time.textContent = new Intl.DateTimeFormat(this.#intl, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
        meta.append(time);
      }
      li.append(meta);
    }

    if (data.meta.image) {
      const img = document.createElement('img');
      img.src = data.meta.image;
      img.alt = unmarkStrokedD(data.meta.image_alt ?? '');
      img.width = 120;
      img.height = 80;
      img.loading = 'lazy';
      img.decoding = 'async';
      img.className = 'search-result__image';
      li.append(img);
    }

    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    for (const part of excerptParts(unmarkStrokedD(data.excerpt), document.documentElement.lang)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    li.append(excerpt);
    return li;
  }

  #renderFilters(counts: Record<string, Record<string, number>>): void {
    // Keep keyboard focus on the same checkbox when the filters are rebuilt.
    const focused =
      document.activeElement instanceof HTMLInputElement && this.#filters.contains(document.activeElement)
        ? document.activeElement
        : null;
    const collator = new Intl.Collator(this.#intl);
    const groups: HTMLFieldSetElement[] = [];
    for (const name of SEARCH_FILTERS) {
      const chosen = this.#chosen[name] ?? [];
      const options = filterOptions(counts[name], chosen, collator);
      if (options.length < 2 && !chosen.length) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.#strings.filter[name] ?? name;
      fieldset.append(legend);
      for (const option of options) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = option.value;
        box.checked = option.checked;
        box.dataset.filter = name;
        label.append(box, ` ${unmarkStrokedD(option.value)} (${option.count})`);
        fieldset.append(label);
      }
      groups.push(fieldset);
    }
    const anyChosen = Object.values(this.#chosen).some((v) => v.length);
    if (!groups.length) {
      this.#groups.replaceChildren();
      this.#filters.hidden = true;
      return;
    }
    const children: HTMLElement[] = [...groups];
    if (anyChosen) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'button button--quiet';
      clear.dataset.searchClear = '';
      clear.textContent = this.#strings.clearFilters;
      children.push(clear);
    }
    this.#groups.replaceChildren(...children);
    this.#filters.hidden = false;
    if (focused) {
      const same = [...this.#filters.querySelectorAll<HTMLInputElement>('input')].find(
        (box) => box.dataset.filter === focused.dataset.filter && box.value === focused.value,
      );
      same?.focus();
    }
  }
}

if (!customElements.get('portico-search')) customElements.define('portico-search', PorticoSearch);
