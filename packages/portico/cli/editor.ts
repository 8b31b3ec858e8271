/**
 * portico editor <build|bundle|pages|status|config> [--out <folder>] [--published] [--root <site>]: the form
 * editor at /admin/ (docs/editing.md in the site).
 *   build   write /admin/ into <folder> (the built site's folder): the editor's files from
 *           node_modules, its generated configuration, its pages and the translation status
 *           (--published: a site to publish; the status lists only entries that have a page)
 *   bundle  make the editor's bundle in node_modules/.cache (what `build` copies), if not there yet;
 *           with --status-file <file>, also read the translation status into that file
 *   (build --status-file <file> takes the status from that file instead of reading it again)
 *   pages   rewrite only the generated pages in <folder>/admin/ (the configuration among them)
 *   status  rewrite only the translation status pages, <folder>/admin/status/ (the old ones removed)
 *   config  print the generated configuration (JSON)
 * The Astro integration runs `bundle` when a build starts (beside the page rendering) and `build`
 * after it when the site enables the editor; the dev server runs `build` into node_modules/.cache
 * to serve /admin/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSiteConfig } from '../src/config/load.ts';
import { EditorError } from '../src/lib/editor-error.ts';
import { formatReport } from '../src/lib/problems.ts';
import {
  ADMIN_PATH,
  adminCmsConfig,
  basePages,
  statusPages,
  translationStatus,
  writeAdmin,
  writeAdminPages,
  type TranslationStatus,
} from '../src/editor/admin.ts';
import { editorBundle } from '../src/editor/bundle.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    out: { type: 'string' },
    root: { type: 'string' },
    published: { type: 'boolean' },
    'status-file': { type: 'string' },
  },
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
  } else if (mode === 'bundle') {
    const started = performance.now();
    const statusFile = values['status-file'];
    // The translation status depends on the content only: read beside the bundle, kept for `build`.
    const [bundle, status] = await Promise.all([editorBundle(root), statusFile ? translationStatus(root) : undefined]);
    if (statusFile && status) {
      mkdirSync(dirname(statusFile), { recursive: true });
      writeFileSync(statusFile, JSON.stringify(status));
    }
    const how = bundle.fresh ? 'bundled now' : 'bundle from the cache';
    console.log(
      `  editor bundle: ${how}${status ? ', translation status read' : ''} in ${Math.round(performance.now() - started)} ms`,
    );
  } else if (mode && ['build', 'pages', 'status'].includes(mode) && values.out) {
    const out = resolve(values.out);
    if (mode === 'build') {
      const statusFile = values['status-file'];
      const status = statusFile ? (JSON.parse(readFileSync(statusFile, 'utf8')) as TranslationStatus) : undefined;
      await writeAdmin(out, site, (line) => console.log(line), {
        published: values.published ?? false,
        ...(status ? { status } : {}),
      });
    }
    const pages = mode === 'pages' ? basePages(site) : mode === 'status' ? await statusPages(site, new Date()) : {};
    writeAdminPages(join(out, ADMIN_PATH), pages);
  } else {
    console.error(
      [
        'Cách dùng / Usage: portico editor build|pages|status --out <thư mục / folder> | portico editor bundle|config',
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
