/**
 * Whether an entry is public at a given instant. Drafts never are; an entry with a future
 * publication time (embargo) is held back until a build after that time.
 */

export interface PublicationFields {
  draft?: boolean;
  /** When the entry may be published; an absolute instant. */
  publishAt?: Date;
}

export type Visibility =
  { visible: true } | { visible: false; reason: 'draft' } | { visible: false; reason: 'scheduled'; until: Date };

export function visibility(entry: PublicationFields, now: Date): Visibility {
  if (entry.draft) return { visible: false, reason: 'draft' };
  if (entry.publishAt && entry.publishAt.getTime() > now.getTime()) {
    return { visible: false, reason: 'scheduled', until: entry.publishAt };
  }
  return { visible: true };
}

export const isPublic = (entry: PublicationFields, now: Date): boolean => visibility(entry, now).visible;

/**
 * Read an editor's date-time as Vietnam time unless it names its own offset:
 * "2026-12-01 09:00" → 2026-12-01T09:00:00+07:00. A bare date means midnight in Vietnam.
 */
export function parseLocalDateTime(value: string, offset = '+07:00'): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone ?? offset}`);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** What decides whether one language version of an entry is public. */
export interface MemberPublication extends PublicationFields {
  /** A translation that may be public while its source is not (it says so explicitly). */
  publishBeforeSource?: boolean;
}

/**
 * Visibility of every language version of one entry at `now`. A translation is public only when
 * it is public itself and so is its source: a draft source holds back every translation, an
 * embargoed (scheduled) source holds them back until its own time, unless a translation says
 * `publishBeforeSource: true`. A group without its source file judges each version on its own.
 */
export function groupVisibility<L extends string>(
  members: Partial<Record<L, MemberPublication>>,
  sourceLocale: NoInfer<L>,
  now: Date,
): Partial<Record<L, Visibility>> {
  const result: Partial<Record<L, Visibility>> = {};
  const source = members[sourceLocale];
  const sourceVisibility = source ? visibility(source, now) : undefined;
  for (const locale of Object.keys(members) as L[]) {
    const member = members[locale]!;
    const own = visibility(member, now);
    if (locale === sourceLocale || !sourceVisibility || !own.visible || member.publishBeforeSource) {
      result[locale] = own;
    } else if (!sourceVisibility.visible) {
      result[locale] = sourceVisibility;
    } else result[locale] = own;
  }
  return result;
}
