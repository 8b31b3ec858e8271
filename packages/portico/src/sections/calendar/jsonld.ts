/**
 * schema.org Event objects for the calendar's occurrences and for festival pages (pass them to
 * BaseLayout's `jsonLd`). Pure.
 */

export type EventInput = {
  /** The event's name in the page's language. */
  name: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (defaults to `start`). */
  end?: string;
  /** Where it happens: a place name in the page's language (e.g. the province, or a commune and the province). */
  place: string;
  /** ISO 3166 country code of the place. */
  country?: string;
  /** Absolute URL of the page that describes it. */
  url?: string;
  description?: string;
  /** BCP 47 language of the texts, e.g. vi, en, zh-CN. */
  language?: string;
};

/** One schema.org Event for an all-day (possibly multi-day) occurrence. */
export function eventJsonLd(event: EventInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    startDate: event.start,
    endDate: event.end ?? event.start,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.place,
      address: { '@type': 'PostalAddress', addressCountry: event.country ?? 'VN' },
    },
    ...(event.url ? { url: event.url } : {}),
    ...(event.description ? { description: event.description } : {}),
    ...(event.language ? { inLanguage: event.language } : {}),
  };
}
