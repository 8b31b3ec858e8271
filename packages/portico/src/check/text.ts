/** Small text helpers of the content check: suggestions, lists of names, display of times. */

export function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest to `value` (edit distance), if any. */
export const closest = (value: string, candidates: Iterable<string>): string | undefined => {
  let best: string | undefined;
  let score = Infinity;
  for (const c of candidates) {
    const d = levenshtein(value, c);
    if (d < score) {
      score = d;
      best = c;
    }
  }
  return best;
};

/** "a, b, c, … (+4)": a sorted, shortened list for messages. */
export const listNames = (names: Iterable<string>, max = 8): string => {
  const all = [...names].sort();
  if (!all.length) return '(—)';
  return all.length > max ? `${all.slice(0, max).join(', ')}, … (+${all.length - max})` : all.join(', ');
};

export const isMap = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** "2026-12-01 09:00": an instant as Vietnam's clock shows it. */
export const vietnamTime = (date: Date): string =>
  new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An entry name an editor could use for `name`: "Lễ_hội" → "le-hoi". */
export function slugifyName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'ten-muc'
  );
}
