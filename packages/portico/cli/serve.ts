/**
 * portico serve [--port N] [--dir <folder>]: serve the built site (dist/) on 127.0.0.1 as the
 * production servers answer (the language's 404 page for a missing address), to look at a build
 * before it is published. The browser tests use it too.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDist } from './serve-dist.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string' } },
});
const dist = resolve(values.dir ?? join(process.cwd(), 'dist'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    `Chưa có trang đã dựng trong ${dist}: chạy "npm run build" trước. / No built site in ${dist}: run "npm run build" first.`,
  );
  process.exit(2);
}
const server = await serveDist(dist, Number(values.port));
console.log(`${server.origin}/ (Ctrl-C để dừng / to stop)`);
