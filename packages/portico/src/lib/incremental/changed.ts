/**
 * Which languages an edit may have changed, told from the content files alone before a rebuild
 * knows what its pages read: a guess that lets the search index of those languages start early
 * (sections/search/index-worker.ts). A wrong guess costs time, never correctness: every page is
 * checked against what was fed ahead.
 */

/**
 * The locales whose content changed between two listings of the content folder (a file's path,
 * relative to it, to a stamp such as its size and time). A file added, removed or changed in a
 * folder named for a locale (`news/en/…`) changes that locale; any other (a list shared by the
 * languages, like `contacts.yaml`) changes every locale.
 */
export function changedLocales(
  before: Readonly<Record<string, string>>,
  now: Readonly<Record<string, string>>,
  locales: readonly string[],
): string[] {
  const changed = new Set<string>();
  const note = (path: string) => {
    const own = path.split('/').find((segment) => locales.includes(segment));
    if (own === undefined) for (const locale of locales) changed.add(locale);
    else changed.add(own);
  };
  for (const [path, stamp] of Object.entries(now)) if (before[path] !== stamp) note(path);
  for (const path of Object.keys(before)) if (!(path in now)) note(path);
  return locales.filter((locale) => changed.has(locale));
}
