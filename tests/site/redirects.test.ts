// Every entry's own `redirectFrom`, in any collection, becomes a redirect to that entry's page in
// the generated server configurations (issue: Invest entries accepted it and produced nothing).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fileForUrl } from '../../packages/portico/test/site/dist.ts';

const CONTENT = 'src/content';

function proseFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) proseFiles(path, out);
    else if (/\.mdx?$/.test(name)) out.push(path);
  }
  return out;
}

const declared = proseFiles(CONTENT).flatMap((file) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const data = (yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}) as { redirectFrom?: string[]; draft?: string };
  return (data.redirectFrom ?? []).map((from) => ({ file, from }));
});

const redirects = new Map(
  readFileSync('dist/_redirects', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [from, to, status] = line.split(/\s+/) as [string, string, string];
      return [from, { to, status }] as const;
    }),
);

describe('redirectFrom', () => {
  it('is used outside the plain pages too (the sample site has one on an Invest entry)', () => {
    expect(declared.some((d) => !d.file.includes('/pages/'))).toBe(true);
  });

  it.each(declared)('$from ($file) redirects permanently to an existing page', ({ from }) => {
    const target = redirects.get(from);
    expect(target, `no redirect from ${from} in dist/_redirects`).toBeDefined();
    expect(target!.status).toBe('301');
    expect(fileForUrl(target!.to), `${target!.to} is not a page of the site`).toBeTruthy();
  });

  it('also reaches the nginx and Caddy configurations', () => {
    const nginx = readFileSync('dist/_server.nginx.conf', 'utf8');
    const caddy = readFileSync('dist/_server.Caddyfile', 'utf8');
    for (const { from } of declared) {
      expect(nginx).toContain(from);
      expect(caddy).toContain(from);
    }
  });
});
