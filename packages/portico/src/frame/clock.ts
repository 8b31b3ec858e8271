/**
 * The build's "now": the one place the clock is read. PORTICO_NOW (an ISO instant) pins it,
 * so tests can build the site as of any moment.
 */
export function buildNow(): Date {
  const pinned = process.env.PORTICO_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`PORTICO_NOW is not a date: ${pinned}`);
    return date;
  }
  return new Date();
}
