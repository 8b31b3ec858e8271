/**
 * /admin/ in Astro's runs: the dev server serves it from a folder that `portico editor build`
 * writes into node_modules/.cache (the status page made again on each visit), with /admin/'s own
 * headers; a build writes it into the built site. The work runs in a child process (see
 * ./admin.ts), so this module stays light.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { adminHeaders, type EditorSettings } from './backend.ts';

/** The URL path of the editor. */
export const ADMIN_PATH = '/admin/';

const BIN = resolve(import.meta.dirname, '../../bin/portico.js');

/** Run `portico editor <args>` for the site in `root`. */
export async function runEditorCommand(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'editor', ...args], {
      cwd: root,
      env: { ...process.env, PORTICO_ROOT: root },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`portico editor ${args.join(' ')} failed:\n${stderr || stdout || (error as Error).message}`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

interface Req {
  url?: string;
}
interface Res {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string | Buffer): unknown;
}

/**
 * The dev server's /admin/ (connect middleware). `make` writes /admin/ under a folder (by default
 * through `portico editor`): all of it at the first visit; the editor's page and configuration
 * again at each visit of the editor (a new .mdx entry gets its collection), the status page at
 * each visit of a status page. /admin/pages.json is Astro's (the route table): it passes through.
 */
export function adminMiddleware(
  root: string,
  settings: EditorSettings | undefined,
  make: (mode: 'build' | 'pages' | 'status', out: string) => Promise<unknown> = (mode, out) =>
    runEditorCommand(root, [mode, '--out', out]),
) {
  const out = join(root, 'node_modules/.cache/portico-editor/dev');
  const dir = join(out, ADMIN_PATH);
  let ready: Promise<unknown> | undefined;
  /** true until a request has used the folder just made (no need to make its pages again). */
  let first = true;
  return async (req: Req, res: Res, next: (error?: unknown) => void): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (/^\/admin(\/open|\/status(\/[\w-]+(\/\d+)?)?)?$/.test(path)) {
      res.statusCode = 301;
      res.setHeader('Location', `${path}/${url.search}`);
      res.end();
      return;
    }
    if (!path.startsWith(ADMIN_PATH) || path === `${ADMIN_PATH}pages.json`) return next();
    let rel = decodeURIComponent(path.slice(ADMIN_PATH.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir)) return next();
    // Made at the first visit, and again if the folder went away (a cleaned cache).
    if (!existsSync(join(dir, 'index.html'))) ready = undefined;
    if (!ready) first = true;
    ready ??= make('build', out).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    const fresh = await ready.then(() => first);
    first = false;
    if (rel.startsWith('status/') && !fresh) await make('status', out);
    if (rel === 'index.html' && !fresh) await make('pages', out);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Không có tệp này / Not found');
      return;
    }
    res.statusCode = 200;
    for (const [name, value] of adminHeaders(settings)) res.setHeader(name, value);
    res.setHeader('Content-Type', TYPES[extname(rel)] ?? 'application/octet-stream');
    res.end(body);
  };
}
