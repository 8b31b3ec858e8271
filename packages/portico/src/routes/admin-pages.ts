// /admin/pages.json: every entry's page in each language, for the editor's "view on the site"
// link (src/editor/browser/open.ts). Injected when the editor is there (the dev server, or a site
// that enables it).
import type { APIRoute } from 'astro';
import { getRoutes } from '../frame/routes.ts';
import { entryPages } from '../editor/preview.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(entryPages(await getRoutes()))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
