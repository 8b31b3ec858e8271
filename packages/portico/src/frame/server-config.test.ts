import { describe, expect, it } from 'vitest';
import { caddyConfig, headersFile, nginxConfig, redirectsFile } from './server-config.ts';
import { cspHeader, cspMeta, securityHeaders } from '../lib/security.ts';

const site = {
  notFound: { '/': '/404.html', '/en/': '/en/404.html', '/zh/': '/zh/404.html' },
  redirects: [{ from: '/cu/', to: '/moi/', status: 301 as const }],
  serverName: 'langson.example',
};

describe('security policy', () => {
  it('never allows inline or eval scripts', () => {
    for (const policy of [cspMeta(), cspHeader()]) {
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toMatch(/'unsafe-eval'/);
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
  });

  it('keeps header-only directives out of the meta tag (browsers ignore them there)', () => {
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspHeader()).toContain("frame-ancestors 'none'");
  });

  it('sends the headers a government site needs', () => {
    const names = securityHeaders().map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
  });
});

describe('server configurations', () => {
  const https = (conf: string) => conf.slice(conf.indexOf('listen 443'));

  it('nginx: redirects, 404 per language (longest prefix first), immutable hashed assets', () => {
    const conf = https(nginxConfig(site));
    expect(conf).toContain('location = /cu/ { return 301 /moi/; }');
    expect(conf.indexOf('location ^~ /en/')).toBeLessThan(conf.indexOf('location / {'));
    expect(conf).toMatch(/location \^~ \/en\/ \{[\s\S]*?error_page 403 404 =404 \/en\/404\.html;/);
    expect(conf).toMatch(/location \^~ \/_astro\/ \{[\s\S]*?Cache-Control "public, max-age=31536000, immutable"/);
    // Every location that adds headers repeats the security headers (nginx does not inherit them).
    const locations = conf
      .split('location ')
      .slice(1)
      .filter((l) => l.includes('add_header'));
    for (const l of locations) expect(l).toContain('Content-Security-Policy');
  });

  it('nginx: quotes header values safely', () => {
    expect(nginxConfig(site)).toContain(`add_header Content-Security-Policy "${cspHeader()}" always;`);
  });

  it('nginx: a missing hashed asset is never cached for a year (Cache-Control only on success)', () => {
    const astro = /location \^~ \/_astro\/ \{([\s\S]*?)\n {4}\}/.exec(nginxConfig(site))![1]!;
    expect(astro).toContain('add_header Cache-Control "public, max-age=31536000, immutable";');
    expect(astro).not.toMatch(/immutable" always/);
  });

  it('nginx: headers on what the server block answers itself; HSTS only over HTTPS', () => {
    const conf = nginxConfig(site);
    const plain = conf.slice(0, conf.indexOf('listen 443'));
    expect(plain).toContain('return 301 https://$host$request_uri;');
    expect(plain).toContain('add_header Content-Security-Policy');
    expect(plain).not.toContain('Strict-Transport-Security');
    const server = https(conf).split('    location')[0]!;
    expect(server).toContain('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;');
    expect(server).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it('nginx: its own content types (ics, xml) compressed, and the server files refused', () => {
    const conf = https(nginxConfig(site));
    expect(conf).toContain('text/calendar ics;');
    expect(conf).toContain('application/xml xml;');
    const gzip = /gzip_types ([^;]*);/.exec(conf)![1]!.split(' ');
    expect(gzip).toEqual(expect.arrayContaining(['text/calendar', 'application/xml', 'image/svg+xml']));
    for (const path of ['^~ /_server.', '= /_headers', '= /_redirects'])
      expect(conf).toContain(`location ${path} { return 404; }`);
  });

  it('Caddy and static-host files carry the same policy and redirects', () => {
    expect(caddyConfig(site)).toContain('redir /cu/ /moi/ 301');
    expect(caddyConfig(site)).toContain(cspHeader());
    expect(headersFile()).toContain(`Content-Security-Policy: ${cspHeader()}`);
    expect(headersFile()).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(redirectsFile(site.redirects)).toBe('/cu/ /moi/ 301\n');
  });

  it('_headers sets Cache-Control in one rule only (hosts merge the rules that match a path)', () => {
    expect(headersFile().match(/Cache-Control:/g)).toHaveLength(1);
  });

  it('Caddy: errors get the security headers again and are never cached; the server files are refused', () => {
    const conf = caddyConfig(site);
    const errors = conf.slice(conf.indexOf('handle_errors'));
    expect(errors).toContain(cspHeader());
    expect(errors).toContain('Cache-Control "no-store"');
    expect(conf).toContain('@server_only path /_server.* /_headers /_redirects');
    expect(conf).toMatch(
      /@type_text_calendar path \*\.ics\n\theader @type_text_calendar \{\n\t\tContent-Type "text\/calendar; charset=utf-8"/,
    );
  });
});

describe('server configurations with the form editor at /admin/', () => {
  const admin = {
    headers: [
      ['Content-Security-Policy', "default-src 'none'; style-src 'self' 'unsafe-inline'"],
      ['X-Robots-Tag', 'noindex'],
    ] as [string, string][],
  };
  const withAdmin = { ...site, admin };

  it('leave the site as it was when the editor is not published', () => {
    expect(nginxConfig(site)).not.toContain('/admin/');
    expect(caddyConfig(site)).not.toContain('/admin/');
    expect(headersFile()).not.toContain('/admin/');
  });

  it('nginx: /admin/ gets its own policy in place of the site’s, with the other security headers', () => {
    const conf = nginxConfig(withAdmin);
    const block = /location \^~ \/admin\/ \{([\s\S]*?)\n {4}\}/.exec(conf)![1]!;
    expect(block).toContain(
      `add_header Content-Security-Policy "default-src 'none'; style-src 'self' 'unsafe-inline'" always;`,
    );
    expect(block).not.toContain(cspHeader());
    expect(block).toContain('Strict-Transport-Security');
    expect(block).toContain('X-Robots-Tag "noindex"');
    // A folder of the editor without an index page is the site's 404 page, not a bare 403.
    expect(block).toContain('error_page 403 404 =404 /404.html;');
    // The site's pages keep their policy (in the HTTPS block; port 80 only redirects).
    const https = conf.slice(conf.indexOf('listen 443'));
    expect(/location \/ \{([\s\S]*?)\n {4}\}/.exec(https)![1]).toContain(cspHeader());
  });

  it('Caddy: the site’s policy and /admin/’s never meet in one response (disjoint matchers)', () => {
    const conf = caddyConfig(withAdmin);
    expect(conf).toContain('@site not path /admin/*');
    expect(/header @site \{([\s\S]*?)\n\t\}/.exec(conf)![1]).toContain(cspHeader());
    expect(/header @admin \{([\s\S]*?)\n\t\}/.exec(conf)![1]).toContain("default-src 'none'");
    expect(/\theader \{([\s\S]*?)\n\t\}/.exec(conf)![1]).not.toContain('Content-Security-Policy');
  });

  it('_headers: /admin/ comes last, with the detach lines Cloudflare needs left as comments', () => {
    const file = headersFile(admin);
    expect(file.indexOf('/admin/*')).toBeGreaterThan(file.indexOf('/_astro/*'));
    expect(file).toContain('  # ! Content-Security-Policy\n');
    expect(file).not.toContain('# ! X-Robots-Tag');
    expect(file).toContain('/admin/*\n  # Cloudflare Pages');
    expect(file.split('/admin/*')[1]).toContain("Content-Security-Policy: default-src 'none'");
    expect(file.split('/admin/*')[0]).toContain(`Content-Security-Policy: ${cspHeader()}`);
  });
});
