/**
 * /admin/open/?collection=<name>&entry=<file name>&locale=<vi|en|zh>: the editor's "view on the
 * site" link. It looks the entry up in /admin/pages.json (the route table, made with the site)
 * and goes to its page; in the dev server that is the page as it is being written.
 */
const params = new URLSearchParams(location.search);
const key = `${params.get('collection')}/${params.get('entry')}`;
const locale = params.get('locale') ?? 'vi';
const pages: Record<string, Record<string, string>> = await (
  await fetch(new URL('./pages.json', import.meta.url))
).json();
const path = pages[key]?.[locale];
if (path) location.replace(new URL(path, location.origin).href);
else {
  const message = document.getElementById('portico-not-built');
  message?.removeAttribute('hidden');
  const name = document.getElementById('portico-entry');
  if (name) name.textContent = `${key} (${locale})`;
}
