// The favicon is the province's logo (province.config.ts `logo`), served in its own format.
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import config from 'virtual:portico/config';

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };

export const GET: APIRoute = async () =>
  new Response(await readFile(join(config.root, config.province.logo)), {
    headers: { 'Content-Type': TYPES[config.province.logo.split('.').pop()!] ?? 'application/octet-stream' },
  });
