import type { APIRoute } from 'astro';
import { province } from '../frame/province.ts';
import { absoluteUrl } from '../frame/routing.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(province.site, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
