/**
 * List files (contacts.yaml, glossary.yaml…) hold a map of id → record; the editor's forms have no
 * widget for such a map, so the /admin/ script registers a custom file format that shows the file
 * as `{ items: [{ id, …record }] }` and writes the map back, in the same order. Pure and free of
 * imports: the browser bundle and the configuration generator both use it.
 */

/** The custom file format the /admin/ script registers for list files (a map of id → record). */
export const LIST_FORMAT = 'portico-list';
/** Where the records of a list file appear in the form. */
export const LIST_ITEMS = 'items';
/** A list record's key in the form. */
export const LIST_ID = 'id';

/**
 * A list file's map (id → record) as the form sees it, `{ items: [{ id, …record }] }`, and back.
 * Used by the custom format LIST_FORMAT; the file keeps its map and its order.
 */
export function listToItems(map: unknown): { [LIST_ITEMS]: Record<string, unknown>[] } {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return { [LIST_ITEMS]: [] };
  return {
    [LIST_ITEMS]: Object.entries(map as Record<string, unknown>).map(([id, record]) => ({
      [LIST_ID]: id,
      ...(record && typeof record === 'object' ? (record as Record<string, unknown>) : {}),
    })),
  };
}

export function itemsToList(value: unknown): Record<string, Record<string, unknown>> {
  const items = (value as { [LIST_ITEMS]?: unknown })?.[LIST_ITEMS];
  const out: Record<string, Record<string, unknown>> = {};
  if (!Array.isArray(items)) return out;
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const { [LIST_ID]: id, ...record } = item as Record<string, unknown>;
    if (typeof id === 'string' && id) out[id] = record;
  }
  return out;
}
