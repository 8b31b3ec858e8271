/**
 * The current value of each key a page read (track.ts), computed once per build: what the next
 * build compares with the values a page saw when it was rendered.
 */
import { fingerprint, trackingState, Unkeyable } from './track.ts';

/** Past this many entries of one collection read for the same field, a page depends on that field of all of them. */
export const WHOLE_FIELD_AFTER = 48;

/** A value that never matches: the page is rendered again. */
const never = (why: string) => `!${why}:${Math.random().toString(36).slice(2)}`;

interface Stored {
  id: string;
  data?: Record<string, unknown>;
  body?: string;
  digest?: string;
  rendered?: unknown;
}

const safePrint = (value: unknown, why: string): string => {
  try {
    return fingerprint(value);
  } catch (error) {
    if (error instanceof Unkeyable) return never(why);
    throw error;
  }
};

function fieldOf(entry: Stored | undefined, field: string): unknown {
  if (!entry) return { missing: true };
  if (field === '$content') return entry.digest ?? [entry.body, entry.rendered];
  if (field === '$keys') return Object.keys(entry.data ?? {});
  return entry.data?.[field];
}

export class CurrentValues {
  readonly #values = new Map<string, Promise<string>>();
  readonly #collections = new Map<string, Promise<{ order: Stored[]; byId: Map<string, Stored> }>>();

  #collection(name: string) {
    let loaded = this.#collections.get(name);
    if (!loaded) {
      const { load } = trackingState();
      loaded = (load ? (load(name) as Promise<readonly Stored[]>) : Promise.resolve([] as Stored[])).then(
        (entries) => ({
          order: [...entries],
          byId: new Map(entries.map((e) => [e.id, e])),
        }),
      );
      this.#collections.set(name, loaded);
    }
    return loaded;
  }

  /** The current value of one key. */
  value(key: string): Promise<string> {
    let value = this.#values.get(key);
    if (!value) {
      value = this.#compute(key).catch(() => never('failed'));
      this.#values.set(key, value);
    }
    return value;
  }

  async #compute(key: string): Promise<string> {
    const [kind, ...rest] = key.split('|');
    const state = trackingState();
    switch (kind) {
      case 'f': {
        const [collection, id, field] = rest as [string, string, string];
        const { byId } = await this.#collection(collection);
        return safePrint(fieldOf(byId.get(id), field), key);
      }
      case 'F': {
        const [collection, field] = rest as [string, string];
        const { order } = await this.#collection(collection);
        return safePrint(
          order.map((e) => [e.id, fieldOf(e, field)]),
          key,
        );
      }
      case 'c': {
        const { order } = await this.#collection(rest[0]!);
        return fingerprint(order.map((e) => e.id));
      }
      case 'm': {
        const [name, ...args] = rest;
        const memo = state.memos.get(name!);
        if (!memo) return never('no memo');
        return safePrint(
          await (memo as (...a: unknown[]) => unknown)(...(JSON.parse(args.join('|')) as unknown[])),
          key,
        );
      }
      case 't': {
        const fact = state.facts.get(key);
        return fact ? safePrint(fact(), key) : never('no fact');
      }
      default:
        return never('unknown');
    }
  }

  /** One digest of the values of `keys`, in order. */
  async digest(keys: readonly string[]): Promise<string> {
    return fingerprint(await Promise.all(keys.map((k) => this.value(k))));
  }
}

/**
 * A page's reads, sorted, with a collection's field read for many entries folded into one key
 * for that field of the whole collection (smaller records; a little coarser).
 */
export function foldReads(reads: Iterable<string>): string[] {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const key of reads) {
    if (key.startsWith('f|')) {
      // f|collection|id|field, read without splitting (every read of every page comes here).
      const second = key.indexOf('|', 2);
      const third = second < 0 ? -1 : key.indexOf('|', second + 1);
      const fourth = third < 0 ? -1 : key.indexOf('|', third + 1);
      const collection = second < 0 ? key.slice(2) : key.slice(2, second);
      const field = third < 0 ? undefined : key.slice(third + 1, fourth < 0 ? undefined : fourth);
      const group = `${collection}|${field}`;
      const list = byField.get(group);
      if (list) list.push(key);
      else byField.set(group, [key]);
    } else other.push(key);
  }
  for (const [group, keys] of byField) {
    if (keys.length > WHOLE_FIELD_AFTER) other.push(`F|${group}`);
    else other.push(...keys);
  }
  return other.sort();
}
