// The favicon is the province's logo from province.config.ts.
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { province } from '../frame/province.ts';

export const GET: APIRoute = async () =>
  new Response(await readFile(join(process.cwd(), 'src/assets', province.logo)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
