/**
 * portico editor <build|pages|status|config> [--out <folder>] [--published] [--root <site>]: the form editor at
 * /admin/ (docs/editing.md in the site).
 *   build   write /admin/ into <folder> (the built site's folder): the editor's files from
 *           node_modules, its generated configuration, its pages and the translation status
 *           (--published: a site to publish; the status lists only entries that have a page)
 *   pages   rewrite only the generated pages in <folder>/admin/ (the configuration among them)
 *   status  rewrite only the translation status page, <folder>/admin/status/
 *   config  print the generated configuration (JSON)
 * The Astro integration runs `build` after a build when the site enables the editor, and the dev
 * server runs it into node_modules/.cache to serve /admin/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteConfig } from '../src/config/load.ts';
import { EditorError } from '../src/lib/editor-error.ts';
import { formatReport } from '../src/lib/problems.ts';
import { ADMIN_PATH, adminCmsConfig, basePages, statusPage, writeAdmin } from '../src/editor/admin.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { out: { type: 'string' }, root: { type: 'string' }, published: { type: 'boolean' } },
  allowPositionals: true,
});
const [mode] = positionals;
const root = resolve(values.root ?? process.env.PORTICO_ROOT ?? process.cwd());

try {
  const result = await readSiteConfig(root);
  if (!result.ok) throw new EditorError(formatReport(result.problems));
  const site = { root, province: result.config.province };
  if (mode === 'config') {
    console.log(JSON.stringify(adminCmsConfig(site), null, 2));
  } else if (mode && ['build', 'pages', 'status'].includes(mode) && values.out) {
    const out = resolve(values.out);
    if (mode === 'build')
      await writeAdmin(out, site, (line) => console.log(line), { published: values.published ?? false });
    const pages =
      mode === 'pages'
        ? basePages(site)
        : mode === 'status'
          ? { 'status/index.html': await statusPage(site, new Date()) }
          : {};
    for (const [path, text] of Object.entries(pages)) {
      const file = join(out, ADMIN_PATH, path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    }
  } else {
    console.error(
      [
        'Cách dùng / Usage: portico editor build|pages|status --out <thư mục / folder> | portico editor config',
        '  build   ghi /admin/ vào thư mục trang đã dựng / write /admin/ into the built site',
        '  config  in cấu hình đã sinh / print the generated configuration',
      ].join('\n'),
    );
    process.exit(2);
  }
} catch (error) {
  if (error instanceof EditorError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
