/**
 * The build's "now": the one place the clock is read. PORTICO_NOW (an ISO instant) pins it,
 * so tests can build the site as of any moment.
 */
import { EditorError } from '../lib/editor-error.ts';
import { noteChangeAt, noteRead, registerFact, remember } from '../lib/incremental/track.ts';
import { nextMidnightIn } from './day.ts';

/**
 * The build's instant, for a value that changes by the clock only at the instant `changes(now)`
 * gives (ms; undefined: never by the clock alone). Until then, a build with the same code and
 * content makes the same site, and `portico build` publishes nothing (build/up-to-date.ts).
 */
export function buildNowUntil(changes: (now: Date) => number | undefined): Date {
  noteRead('t|instant');
  const now = instant();
  const at = changes(now);
  if (at !== undefined) noteChangeAt(at);
  return now;
}

/**
 * The build's instant. A page that reads it directly is rendered again by every build (unless
 * PORTICO_NOW pins it), and every build publishes; read a remembered day or year instead
 * (buildYear, a section's today), or say when the value changes (buildNowUntil).
 */
export const buildNow = (): Date => buildNowUntil((now) => now.getTime());

/** The build's instant, for a value that depends only on the date in `timeZone`. */
export const buildNowForDay = (timeZone: string): Date =>
  buildNowUntil((now) => nextMidnightIn(now, timeZone).getTime());

registerFact('t|instant', () => {
  const now = instant();
  noteChangeAt(now.getTime());
  return now.toISOString();
});

/** The build's year (a page showing it is rendered again when the year changes). */
export const buildYear = remember('clock:year', (): number =>
  buildNowForDay(Intl.DateTimeFormat().resolvedOptions().timeZone).getFullYear(),
);

/** The build's day as YYYY-MM-DD in UTC. */
export const buildUtcDay = remember('clock:utc-day', (): string => buildNowForDay('UTC').toISOString().slice(0, 10));

function instant(): Date {
  const pinned = process.env.PORTICO_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime()))
      throw new EditorError(
        `✖ PORTICO_NOW không phải một thời điểm / is not an instant: ${pinned}\n  ví dụ / example: PORTICO_NOW=2026-12-01T02:00:00Z`,
      );
    return date;
  }
  return new Date();
}
