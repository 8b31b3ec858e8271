/**
 * The dates every Vietnamese province shares, shipped with the engine in packages/portico/data/:
 * the national holidays and anniversaries, and Vietnam's diplomatic relations. A site lists only
 * its own dates in src/content/calendar-dates.yaml (and corrections in
 * src/content/diplomatic-relations.yaml); the engine's lists come first and an entry of the site
 * with the same id replaces the engine's. The content loader (collections/content.ts) and
 * `portico calendar` (source.ts) both merge through here, so the site and the command agree.
 */
import { fileURLToPath } from 'node:url';

/** The list collections the engine provides defaults for, and the file that holds them. */
export const ENGINE_LISTS: Readonly<Record<string, string>> = {
  'calendar-dates': 'national-dates.yaml',
  'diplomatic-relations': 'diplomatic-relations.yaml',
};

/** The engine's file of defaults for a list collection, if it has one (an absolute path). */
export function engineListFile(collection: string): string | undefined {
  const name = ENGINE_LISTS[collection];
  return name ? fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)) : undefined;
}

/**
 * The engine's records followed by the site's: the site's record replaces the engine's of the same
 * id (in the engine's position, so the order stays that of the engine's file), and the site's other
 * records follow in their own order.
 */
export function mergeById<T>(engine: Record<string, T>, site: Record<string, T>): [string, T][] {
  const merged = new Map<string, T>(Object.entries(engine));
  for (const [id, record] of Object.entries(site)) merged.set(id, record);
  return [...merged];
}
