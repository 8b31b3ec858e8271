/**
 * What a page read while it rendered, so the next build can tell whether it would come out the
 * same (incremental builds, integration/incremental.ts).
 *
 * Three kinds of reads are noted, each under a key whose current value the next build can
 * compute again without rendering the page:
 * - a field of a content entry (`f|news|vi/x|title`), through the proxies `trackEntries` puts
 *   around every entry the engine reads (the whole stored file, `$content`, for its body);
 * - the list of a collection's entries (`c|news`), when a page enumerates it itself;
 * - the result of a remembered computation (`m|name|args`, see `remember`): what a memo returns
 *   is fingerprinted as a whole, so what it read on the way (every entry's dates, the clock) is
 *   not noted for every page that asks it.
 * A page's own props are fingerprinted in getStaticPaths (`withCacheKeys`).
 *
 * The bundle Astro renders from holds its own copies of the engine's modules, so the state lives
 * on globalThis, shared by those copies and the integration. No Astro import, no clock.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, type Hash } from 'node:crypto';

/** The keys one page read; `null` while a remembered computation runs (nothing is noted). */
type Reads = Set<string> | null;

interface State {
  als: AsyncLocalStorage<Reads>;
  /** Remembered computations by name: called again to compute a key's current value. */
  memos: Map<string, (...args: never[]) => unknown>;
  /** Loads a collection's entries as stored (set by the bundle: astro:content's getCollection). */
  load?: (collection: string) => Promise<readonly object[]>;
  /** Facts outside content (the clock), by key. */
  facts: Map<string, () => unknown>;
  /**
   * The earliest instant (ms) at which something read from the clock will read differently
   * (an embargo lifts, the day changes), or Infinity; see `noteChangeAt`.
   */
  changesAt: number;
  /** Proxy → the entry it stands for (`news|vi/x`); data proxies map to `news|vi/x|data`. */
  identity: WeakMap<object, string>;
  /** Raw entry → its proxy, so one entry always has one proxy. */
  proxies: WeakMap<object, object>;
}

const KEY = Symbol.for('portico.incremental');
const state: State =
  ((globalThis as Record<symbol, unknown>)[KEY] as State | undefined) ??
  (((globalThis as Record<symbol, unknown>)[KEY] = {
    als: new AsyncLocalStorage<Reads>(),
    memos: new Map(),
    facts: new Map(),
    changesAt: Infinity,
    identity: new WeakMap(),
    proxies: new WeakMap(),
  } satisfies State) as State);

export const trackingState = (): State => state;

/** Note a key for the page being rendered (nothing outside a page, nothing inside a memo). */
export function noteRead(key: string): void {
  const reads = state.als.getStore();
  if (reads) reads.add(key);
}

/** Run `render` noting what it reads into `reads`. */
export function recording<T>(reads: Set<string>, render: () => T): T {
  return state.als.run(reads, render);
}

/** Run `make` without noting anything (its result stands for what it read). */
function unnoted<T>(make: () => T): T {
  return state.als.run(null, make);
}

/**
 * A computation done once per build and shared by every page that asks (the route table, a
 * section's entries with their dates, today's date): a page depends on its result, fingerprinted,
 * not on everything it read. `name` must be unique across the engine; arguments must be JSON.
 */
export function remember<A extends unknown[], T>(name: string, make: (...args: A) => T): (...args: A) => T {
  const values = new Map<string, T>();
  const call = (...args: A): T => {
    const argKey = JSON.stringify(args);
    noteRead(`m|${name}|${argKey}`);
    if (values.has(argKey)) return values.get(argKey)!;
    const value = unnoted(() => make(...args));
    values.set(argKey, value);
    return value;
  };
  state.memos.set(name, call as (...args: never[]) => unknown);
  return call;
}

/**
 * Work shared by a few pages that is too costly to redo when the next build compares (a press
 * kit's files): done once, noting what it reads, and every page that uses it depends on those
 * reads (not on its result). `cache` belongs to the caller, one per kind of work.
 */
export function shared<T>(cache: Map<string, { value: T; reads: Set<string> }>, key: string, make: () => T): T {
  let hit = cache.get(key);
  if (!hit) {
    const reads = new Set<string>();
    hit = { value: recording(reads, make), reads };
    cache.set(key, hit);
  }
  const { value, reads } = hit;
  const current = state.als.getStore();
  if (!current) return value;
  if (value instanceof Promise)
    return value.then((result: unknown) => {
      for (const key of reads) current.add(key);
      return result;
    }) as T;
  for (const key of reads) current.add(key);
  return value;
}

/** A fact outside content that pages may read directly (the build's instant). */
export function registerFact(key: string, value: () => unknown): void {
  state.facts.set(key, value);
}

/**
 * Note that a value read from the clock during this build stays the same only until `at` (ms):
 * a build with the same code and content before then makes the same site (`portico build` then
 * publishes nothing, build/up-to-date.ts). A read of the bare instant notes the instant itself.
 */
export function noteChangeAt(at: number): void {
  if (at < state.changesAt) state.changesAt = at;
}

/** The earliest instant noted by `noteChangeAt` in this process (Infinity: none). */
export const nextChangeAt = (): number => state.changesAt;

/** Where the entries of a collection come from, for the next build's comparison. */
export function registerLoader(load: (collection: string) => Promise<readonly object[]>): void {
  state.load = load;
}

const PASS_THROUGH = new Set<PropertyKey>(['id', 'collection', 'then', 'toJSON']);

function dataProxy(collection: string, entry: { id: string; data?: object }): object {
  const data = entry.data ?? {};
  const base = `f|${collection}|${entry.id}|`;
  const proxy = new Proxy(data, {
    // The store is looked up before the key is made: most reads happen where nothing is noted
    // (getStaticPaths, remembered computations) and must stay cheap.
    get(target, prop, receiver) {
      const reads = state.als.getStore();
      if (reads && typeof prop === 'string' && prop !== 'then' && prop !== 'toJSON') reads.add(base + prop);
      return Reflect.get(target, prop, receiver);
    },
    has(target, prop) {
      const reads = state.als.getStore();
      if (reads && typeof prop === 'string') reads.add(base + prop);
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      state.als.getStore()?.add(`${base}$keys`);
      return Reflect.ownKeys(target);
    },
  });
  state.identity.set(proxy, `${collection}|${entry.id}|data`);
  return proxy;
}

/**
 * The entries of a collection, each wrapped so that a page reading one of its fields depends on
 * that field only. A page that enumerates the collection itself depends on its list of entries.
 */
export function trackEntries<E extends { id: string; data?: object }>(collection: string, entries: readonly E[]): E[] {
  noteRead(`c|${collection}`);
  return entries.map((entry) => {
    const known = state.proxies.get(entry);
    if (known) return known as E;
    let data: object | undefined;
    const content = `f|${collection}|${entry.id}|$content`;
    const proxy = new Proxy(entry, {
      get(target, prop, receiver) {
        if (prop === 'data') return (data ??= dataProxy(collection, target));
        if (typeof prop === 'string' && !PASS_THROUGH.has(prop)) state.als.getStore()?.add(content);
        return Reflect.get(target, prop, receiver);
      },
    });
    state.identity.set(proxy, `${collection}|${entry.id}`);
    state.proxies.set(entry, proxy);
    return proxy;
  });
}

/** A value that cannot be fingerprinted (a function, a cycle): its page is always rendered. */
export class Unkeyable extends Error {}

/**
 * What is hashed, gathered into one string before each call to the hash: one update per piece
 * (a call into the crypto binding for every key and value of every path's props) took most of
 * withCacheKeys' time. The bytes hashed are the same as with an update per piece.
 */
class Printer {
  #text = '';
  readonly hash: Hash;
  constructor(hash: Hash) {
    this.hash = hash;
  }
  put(piece: string): void {
    this.#text += piece;
    if (this.#text.length > 1 << 16) this.flush();
  }
  bytes(view: Uint8Array): void {
    this.flush();
    this.hash.update(view);
  }
  flush(): void {
    if (this.#text) this.hash.update(this.#text);
    this.#text = '';
  }
}

function feed(out: Printer, value: unknown, path: Set<object>): void {
  if (value === null) return out.put('n;');
  switch (typeof value) {
    case 'undefined':
      return out.put('u;');
    case 'string':
      return out.put(`s${value.length}:${value};`);
    case 'number':
    case 'boolean':
    case 'bigint':
      return out.put(`${typeof value}:${String(value)};`);
    case 'function':
    case 'symbol':
      throw new Unkeyable(typeof value);
  }
  const object = value as object;
  const identity = state.identity.get(object);
  if (identity) return out.put(`E${identity};`);
  if (path.has(object)) throw new Unkeyable('cycle');
  path.add(object);
  if (object instanceof Date) out.put(`D${object.getTime()};`);
  else if (ArrayBuffer.isView(object)) {
    out.put(`B${object.byteLength}:`);
    out.bytes(new Uint8Array(object.buffer, object.byteOffset, object.byteLength));
  } else if (object instanceof ArrayBuffer) {
    out.put(`B${object.byteLength}:`);
    out.bytes(new Uint8Array(object));
  } else if (object instanceof URL) out.put(`U${object.href};`);
  else if (Array.isArray(object)) {
    out.put(`[${object.length}`);
    for (const item of object) feed(out, item, path);
    out.put(']');
  } else if (object instanceof Map || object instanceof Set) {
    out.put(object instanceof Map ? 'M{' : 'S{');
    for (const item of object) feed(out, item, path);
    out.put('}');
  } else {
    out.put('{');
    for (const key of Object.keys(object)) {
      out.put(`${key}=`);
      feed(out, (object as Record<string, unknown>)[key], path);
    }
    out.put('}');
  }
  path.delete(object);
}

/** A short digest of a value: tracked entries count by identity (what a page reads of them is noted apart). */
export function fingerprint(value: unknown): string {
  const out = new Printer(createHash('sha1'));
  feed(out, value, new Set());
  out.flush();
  return out.hash.digest('base64url').slice(0, 16);
}

/**
 * getStaticPaths' results with a `cacheKey`: the fingerprint of each path's props (Astro hands
 * it to the build, which compares it with the previous build's). A path whose props cannot be
 * fingerprinted gets none and is always rendered.
 */
export function withCacheKeys<P extends object>(paths: P[]): (P & { cacheKey?: string })[] {
  return paths.map((path) => {
    try {
      return { ...path, cacheKey: fingerprint((path as { props?: unknown }).props ?? null) };
    } catch (error) {
      if (error instanceof Unkeyable) return path;
      throw error;
    }
  });
}
