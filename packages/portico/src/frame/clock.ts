/**
 * The build's "now": the one place the clock is read. PORTICO_NOW (an ISO instant) pins it,
 * so tests can build the site as of any moment.
 */
import { EditorError } from '../lib/editor-error.ts';
import { noteRead, registerFact, remember } from '../lib/incremental/track.ts';

/**
 * The build's instant. A page that reads it directly is rendered again by every build (unless
 * PORTICO_NOW pins it); read a remembered day or year instead (buildYear, a section's today).
 */
export function buildNow(): Date {
  noteRead('t|instant');
  return instant();
}

registerFact('t|instant', () => instant().toISOString());

/** The build's year (a page showing it is rendered again when the year changes). */
export const buildYear = remember('clock:year', (): number => buildNow().getFullYear());

/** The build's day as YYYY-MM-DD in UTC. */
export const buildUtcDay = remember('clock:utc-day', (): string => buildNow().toISOString().slice(0, 10));

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
