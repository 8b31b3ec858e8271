/**
 * The build's "now": the one place the clock is read. PORTICO_NOW (an ISO instant) pins it,
 * so tests can build the site as of any moment.
 */
import { EditorError } from '../lib/editor-error.ts';

export function buildNow(): Date {
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
