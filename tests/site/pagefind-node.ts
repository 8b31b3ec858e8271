/**
 * Searching the built site's Pagefind index from Node, the way the search page does in a browser:
 * dist/ served on a local port, dist/pagefind/pagefind.js loaded as a module with `document`
 * answering the language the search page has in <html lang>. Used by the output snapshot test,
 * which compares result sets before and after build changes.
 */
import { createServer, type Server } from 'node:http';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy?(): Promise<void>;
}

export interface NodeSearch {
  /** Every result URL for a query in a Pagefind language (vi, en, zh-cn), site-relative, in rank order. */
  search(language: string, query: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function nodeSearch(dist: string): Promise<NodeSearch> {
  const server: Server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path.includes('..')) throw new Error('outside');
      const body = await readFile(join(dist, path));
      response.writeHead(200);
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const tmp = await mkdtemp(join(tmpdir(), 'portico-pagefind-'));
  const moduleFile = join(tmp, 'pagefind.mjs');
  await copyFile(join(dist, 'pagefind', 'pagefind.js'), moduleFile);
  const instances = new Map<string, PagefindModule>();
  const g = globalThis as { document?: unknown };

  async function instance(language: string): Promise<PagefindModule> {
    let pf = instances.get(language);
    if (pf) return pf;
    // A fresh module per language: Pagefind picks its index from <html lang> when it starts.
    pf = (await import(`${pathToFileURL(moduleFile).href}?${language}`)) as PagefindModule;
    g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
    try {
      await pf.options({ basePath: `${base}/pagefind/` });
      await pf.init();
    } finally {
      delete g.document;
    }
    instances.set(language, pf);
    return pf;
  }

  return {
    async search(language, query) {
      const pf = await instance(language);
      const { results } = await pf.search(query);
      const data = await Promise.all(results.map((r) => r.data()));
      return data.map((d) => new URL(d.url, base).pathname);
    },
    async close() {
      for (const pf of instances.values()) await pf.destroy?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
