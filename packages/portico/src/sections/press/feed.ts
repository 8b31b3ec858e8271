/**
 * A thin adapter over the `feed` library: Portico's feed description in, Atom 1.0 XML out.
 * Every URL is absolute, every entry has a unique id and an updated time, the feed links to itself,
 * and nothing depends on the clock: the feed's `updated` is its newest entry's.
 */
import { Feed } from 'feed';

export interface FeedEntry {
  /** Absolute URL of the item's page; also its id (unique across languages, since paths differ). */
  url: string;
  title: string;
  summary: string;
  published: Date;
  updated: Date;
  /** Category terms, e.g. the item's type. */
  categories?: string[];
}

export interface AtomFeedInput {
  /** Absolute URL of the feed itself (its id and rel="self"). */
  selfUrl: string;
  /** Absolute URL of the page the feed mirrors (rel="alternate"). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** BCP 47 language of the feed, e.g. zh-CN. */
  language: string;
  author: { name: string; uri: string };
  rights: string;
  /** Absolute URL of an icon. */
  icon?: string;
  entries: readonly FeedEntry[];
  /** The feed's `updated` when it has no entries (e.g. a fixed date). */
  emptyUpdated: Date;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function atomFeed(input: AtomFeedInput): string {
  const newest = input.entries.reduce<Date | undefined>(
    (max, e) => (!max || e.updated > max ? e.updated : max),
    undefined,
  );
  const feed = new Feed({
    id: input.selfUrl,
    title: input.title,
    description: input.subtitle,
    link: input.pageUrl,
    feedLinks: { atom: input.selfUrl },
    language: input.language,
    updated: newest ?? input.emptyUpdated,
    author: { name: input.author.name, link: input.author.uri },
    copyright: input.rights,
    generator: 'Portico',
    ...(input.icon ? { favicon: input.icon } : {}),
  });
  for (const e of input.entries) {
    feed.addItem({
      id: e.url,
      link: e.url,
      // Atom title and summary are written as type="html": escape the plain text.
      title: escapeHtml(e.title),
      description: escapeHtml(e.summary),
      date: e.updated,
      published: e.published,
      ...(e.categories?.length ? { category: e.categories.map((term) => ({ term, name: term })) } : {}),
    });
  }
  // The library leaves out xml:lang; readers use it to pick fonts and hyphenation.
  return feed
    .atom1()
    .replace(
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.language}">`,
    );
}
