/**
 * When the day turns in a time zone: the instant a value that depends on the date there (today's
 * events, a picture's last day, the year in the footer) next changes. Pure: an instant in, an
 * instant out; time zones from the platform's Intl.
 */

/** The wall-clock reading of `at` in `timeZone`, as if that reading were UTC (ms). */
export function wallClock(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // Offsets are whole seconds: the milliseconds are the instant's own.
  const ms = ((at % 1000) + 1000) % 1000;
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) + ms;
}

/** The next instant after `now` at which the date in `timeZone` changes (its next midnight). */
export function nextMidnightIn(now: Date, timeZone: string): Date {
  const at = now.getTime();
  const local = wallClock(at, timeZone);
  const day = 86_400_000;
  const midnight = Math.floor(local / day) * day + day;
  // The offset at `now` first, then at the candidate (a change of offset during the night).
  let candidate = midnight - (local - at);
  candidate = midnight - (wallClock(candidate, timeZone) - candidate);
  // A midnight skipped by a change of offset: the day still turns, at the first instant after it.
  return new Date(candidate > at ? candidate : at + 1);
}
