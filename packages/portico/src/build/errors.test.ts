/** How a failed build speaks: editors' mistakes with file and field, bugs as bugs, never a stack trace. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainBuildError, UNCHANGED } from './errors.ts';
import { captureOutput } from './output.ts';
import { ContentProblemError, EditorError } from '../lib/editor-error.ts';
import { problemFromRule } from '../lib/problems.ts';

const logFile = () => join(mkdtempSync(join(tmpdir(), 'portico-log-')), 'last-build.log');
const STACK = /^\s+at \S/m;

describe('explainBuildError', () => {
  it('an editor’s mistake: its own message, and dist/ untouched', () => {
    const { text, editor } = explainBuildError(new EditorError('✖ src/content/x.md\n  trường / field: title'), {
      logFile: logFile(),
    });
    expect(editor).toBe(true);
    expect(text).toBe(`✖ src/content/x.md\n  trường / field: title\n\n${UNCHANGED}`);
  });

  it('a problem found while rendering names the file that makes the page, also from the bundled engine’s copy', () => {
    const problem = problemFromRule(
      'media.unusable',
      { file: '/bao-chi/tin-tuc/x/', field: '(body) <Gallery items>', found: 'nope' },
      { id: 'nope', example: 'ten-anh' },
    );
    // Inside the Astro build the engine is bundled: the class is another copy, the name and problems remain.
    const copy = Object.assign(new Error('…'), { name: 'ContentProblemError', problems: [problem] });
    for (const error of [new ContentProblemError([problem]), copy]) {
      const { text, editor } = explainBuildError(error, {
        logFile: logFile(),
        ownerOf: (url) => (url === '/bao-chi/tin-tuc/x/' ? 'src/content/news/vi/x.mdx' : undefined),
      });
      expect(editor).toBe(true);
      expect(text).toContain(
        '✖ src/content/news/vi/x.mdx (/bao-chi/tin-tuc/x/)\n  trường / field: (body) <Gallery items>',
      );
      expect(text).toContain('EN: There is no picture "nope" in src/content/media/');
      expect(text).toContain(UNCHANGED);
    }
  });

  it('anything else is a bug in Portico: it says so and where the details are, without a stack trace', () => {
    const file = logFile();
    const error = new TypeError("Cannot read properties of undefined (reading 'title')");
    const { text, editor } = explainBuildError(error, { logFile: file, errors: ['Caught error rendering /en/: x'] });
    expect(editor).toBe(false);
    expect(text).toContain(
      "An internal error in Portico, not a mistake in your content: Cannot read properties of undefined (reading 'title')",
    );
    expect(text).toContain('Lỗi bên trong Portico');
    expect(text).toContain(`Details: ${file}`);
    expect(text).toContain('Please report it');
    expect(text).toContain('· Caught error rendering /en/: x');
    expect(text).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toMatch(STACK);
  });
});

describe('captureOutput', () => {
  const real = { out: process.stdout.write, err: process.stderr.write };
  afterEach(() => {
    process.stdout.write = real.out;
    process.stderr.write = real.err;
  });

  it('lets progress through, keeps error reports and stack traces off the terminal, logs everything', () => {
    const shown: string[] = [];
    const record = ((chunk: string) => (shown.push(String(chunk)), true)) as typeof process.stdout.write;
    process.stdout.write = record;
    process.stderr.write = record;
    const file = logFile();
    const capture = captureOutput(file);
    process.stdout.write('15:22:03 [build] Building static entrypoints...\n15:22:03   ├─ /en/index.html (+4ms)\n');
    process.stderr.write(
      '15:22:03   ├─ /x/index.html15:22:03 [ERROR] Error: Gallery on /x/: the picture "a" is unknown\n',
    );
    process.stderr.write(
      '    at file:///x/chunk.mjs:217:21\n    at async Promise.all (index 0)\nBuild failed with 41 errors:\n',
    );
    process.stderr.write('[plugin astro:build]\nError: No cached compile metadata\n');
    process.stdout.write('15:22:04 [build] ✓ Completed in 1s.\n');
    capture.stop();
    const terminal = shown.join('');
    expect(terminal).toContain('Building static entrypoints');
    expect(terminal).toContain('├─ /en/index.html');
    expect(terminal).toContain('├─ /x/index.html');
    expect(terminal).toContain('Completed in 1s');
    expect(terminal).not.toContain('[ERROR]');
    expect(terminal).not.toContain('Build failed with 41 errors');
    expect(terminal).not.toMatch(STACK);
    expect(capture.errors).toEqual(['Error: Gallery on /x/: the picture "a" is unknown']);
    const logged = readFileSync(file, 'utf8');
    expect(logged).toContain('Build failed with 41 errors');
    expect(logged).toMatch(STACK);
  });

  it('after mute(), shows nothing more of the build but still prints the explanation', () => {
    const shown: string[] = [];
    const record = ((chunk: string) => (shown.push(String(chunk)), true)) as typeof process.stdout.write;
    process.stdout.write = record;
    process.stderr.write = record;
    const capture = captureOutput(logFile());
    capture.mute();
    process.stdout.write('15:22:05   ├─ /late/index.html (+3ms)\n');
    capture.print('✖ the explanation');
    capture.stop();
    expect(shown.join('')).toBe('✖ the explanation\n');
  });
});
