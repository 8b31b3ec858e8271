/**
 * portico <command> [options]: the commands a site's npm scripts call, run in the site's folder.
 *   check     validate the configuration and all content, with editors' messages
 *   build     check, build into a temporary folder, and swap it into dist/ when everything passed
 *   new       write a new entry in the three languages from a template
 *   status    translation status: done, missing or outdated, per entry and language
 *   calendar  a year's anniversaries and holidays, as a table or JSON
 *   editor    the form editor at /admin/: write it into a built site, or print its configuration
 *   outline   simplify a detailed boundary GeoJSON into the map outline
 *   bench     the build benchmark
 *   shrink    make an original picture small enough for the site
 *   screenshots  the main page types in every language at phone and desktop size, from dist/
 *   serve     serve dist/ on 127.0.0.1 as the production servers answer (404 pages per language)
 */
const COMMANDS: Record<string, () => Promise<unknown>> = {
  check: () => import('./check.ts'),
  build: () => import('./build.ts'),
  new: () => import('./new.ts'),
  status: () => import('./status.ts'),
  calendar: () => import('./calendar.ts'),
  editor: () => import('./editor.ts'),
  outline: () => import('./outline.ts'),
  bench: () => import('./bench.ts'),
  shrink: () => import('./shrink.ts'),
  'bench:lighthouse': () => import('./bench-lighthouse.ts'),
  screenshots: () => import('./screenshots.ts'),
  serve: () => import('./serve.ts'),
};

export {};

const [command] = process.argv.splice(2, 1);
const run = command ? COMMANDS[command] : undefined;
if (!run) {
  console.error(
    [
      command
        ? `portico: không có lệnh "${command}" / no command "${command}".`
        : 'portico: cần một lệnh / a command is needed.',
      `Các lệnh / Commands: ${Object.keys(COMMANDS).join(', ')}`,
      'Ví dụ / Example: portico check',
    ].join('\n'),
  );
  process.exit(2);
}
await run();
