// Server configuration generated with the site: _headers and _redirects for static hosts, and
// nginx / Caddy configurations (served as files named _server.*, which those configs refuse to serve).
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKeys } from '../lib/incremental/track.ts';
import { caddyConfig, headersFile, nginxConfig, redirectsFile, type ServerSite } from '../frame/server-config.ts';
import { getRedirects } from '../frame/redirects.ts';
import { LOCALES } from '../i18n/locales.ts';
import { province } from '../frame/province.ts';
import { adminHeaders } from '../editor/backend.ts';

const FILES = {
  _headers: (site: ServerSite) => headersFile(site.admin),
  _redirects: (site: ServerSite) => redirectsFile(site.redirects),
  '_server.nginx.conf': (site: ServerSite) => nginxConfig(site),
  '_server.Caddyfile': (site: ServerSite) => caddyConfig(site),
} as const;

export const getStaticPaths = (() =>
  withCacheKeys(Object.keys(FILES).map((serverFile) => ({ params: { serverFile } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const notFound = Object.fromEntries(
    LOCALES.map((l) => (l.prefix ? [`/${l.prefix}/`, `/${l.prefix}/404.html`] : ['/', '/404.html'])),
  );
  const site: ServerSite = {
    notFound,
    redirects: await getRedirects(),
    serverName: new URL(province.site).hostname,
    // The form editor's own headers at /admin/, when the site publishes it.
    ...(province.editor.enabled ? { admin: { headers: adminHeaders(province.editor) } } : {}),
  };
  const make = FILES[params.serverFile as keyof typeof FILES];
  return new Response(make(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
