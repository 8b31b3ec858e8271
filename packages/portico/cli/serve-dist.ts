/**
 * A static server for a built site on 127.0.0.1, as the production servers answer: files, a
 * folder's index.html (a folder asked without its "/" is redirected to it), and for a missing
 * address the 404 page of its language with status 404. Used by `portico serve`, the browser
 * tests, `portico screenshots` and `portico bench:lighthouse`. Text is sent gzipped to a browser
 * that accepts it, as the nginx configuration the build writes does (so Lighthouse weighs what a
 * reader downloads); no cache headers.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';
import type { AddressInfo } from 'node:net';
import { LOCALES } from '../src/i18n/locales.ts';
import { isCompressed } from '../src/frame/server-config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export interface DistServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve `root` (a built site) on 127.0.0.1:`port` (0: any free port). */
export async function serveDist(root: string, port: number): Promise<DistServer> {
  const base = resolvePath(root);
  const resolveFile = (urlPath: string): string | undefined => {
    const file = join(base, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(base)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  /** The 404 page of the language the address belongs to (by its first segment). */
  const notFound = (urlPath: string): string | undefined => {
    const first = urlPath.split('/')[1] ?? '';
    const locale = LOCALES.find((l) => l.prefix && l.prefix === first);
    return resolveFile(locale ? `/${locale.prefix}/404/` : '/404.html');
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveFile(url.pathname);
    if (file && !url.pathname.endsWith('/') && file.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    file ??= notFound(url.pathname);
    if (!file) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = isCompressed(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      'Content-Type': type,
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${actual}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
