/** Whether a link leaves the site: an absolute http(s) URL on another origin. */
export function isExternalHref(href: string, site: string): boolean {
  if (!/^(https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, site).origin !== new URL(site).origin;
  } catch {
    return false;
  }
}
