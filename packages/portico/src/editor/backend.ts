/**
 * Where the editor saves, and what /admin/'s own Content-Security-Policy lets it reach: the
 * site's `editor` settings (province.config.ts) → the CMS's backend options and the git host's
 * origins. Pure: settings in, values out.
 *
 * Without a git host the editor works on a folder of this computer only (the CMS's local
 * repository mode, offered on http://localhost); the backend options then name a placeholder
 * repository after the site's folder and allow no sign-in.
 */
import type { ProvinceConfig } from '../config/schema.ts';

export type EditorSettings = ProvinceConfig['editor'];
export type GitHost = NonNullable<EditorSettings['backend']>;

/** The usual addresses of each host, when the settings name none. */
const DEFAULT_BASE: Record<GitHost['name'], string> = {
  github: 'https://github.com',
  gitlab: 'https://gitlab.com',
  gitea: 'https://gitea.com',
};
const API_PATH: Record<GitHost['name'], string> = { github: '', gitlab: '/api/v4', gitea: '/api/v1' };

const origin = (url: string) => new URL(url).origin;
const trim = (url: string) => url.replace(/\/+$/, '');

/** The placeholder repository of the local-only mode (the CMS wants one; it names the folder to pick). */
export const LOCAL_ONLY_OWNER = 'local';

/** true when the settings name no git host: the editor then offers only the local folder. */
export const isLocalOnly = (settings: EditorSettings | undefined): boolean => !settings?.backend;

/** The API root of a git host. */
export function apiRoot(host: GitHost): string {
  if (host.api_root) return trim(host.api_root);
  if (host.name === 'github') return 'https://api.github.com';
  return `${trim(host.base_url ?? DEFAULT_BASE[host.name])}${API_PATH[host.name]}`;
}

/**
 * The CMS's backend options. Sign-in: an OAuth application where the host has one configured
 * (`app_id` for GitLab and Gitea, an authenticator at `base_url` for GitHub), otherwise a
 * personal access token — never the CMS's default third-party authenticator.
 */
export function cmsBackend(settings: EditorSettings | undefined, folderName: string): Record<string, unknown> {
  const host = settings?.backend;
  if (!host) {
    // The CMS wants a host and a sign-in method: a token, whose button /admin/ hides (admin.css).
    const name = folderName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'site';
    // Gitea: the one host the CMS does not check a public status page for, so nothing leaves.
    return { name: 'gitea', repo: `${LOCAL_ONLY_OWNER}/${name}`, auth_methods: ['token'] };
  }
  const out: Record<string, unknown> = { name: host.name, repo: host.repo, branch: host.branch };
  if (host.name === 'github') {
    if (host.api_root) out.api_root = trim(host.api_root);
    if (host.base_url) out.base_url = trim(host.base_url);
    else out.auth_methods = ['token'];
    return out;
  }
  if (host.base_url) out.base_url = trim(host.base_url);
  out.api_root = apiRoot(host);
  if (host.app_id) {
    out.app_id = host.app_id;
    if (host.name === 'gitlab') out.auth_type = 'pkce';
  } else out.auth_methods = ['token'];
  return out;
}

/** The origins the editor talks to besides its own: the host's API (and sign-in), and its pictures (avatars). */
export function hostOrigins(settings: EditorSettings | undefined): { connect: string[]; img: string[] } {
  const host = settings?.backend;
  if (!host) return { connect: [], img: [] };
  const connect = new Set([origin(apiRoot(host))]);
  if (host.base_url) connect.add(origin(host.base_url));
  const img = new Set([origin(host.base_url ?? DEFAULT_BASE[host.name])]);
  // The public hosts' avatars and status pages (the CMS warns when the host has an incident).
  if (host.name === 'github' && !host.api_root) {
    img.add('https://avatars.githubusercontent.com');
    connect.add('https://www.githubstatus.com');
  }
  if (host.name === 'gitlab' && !host.base_url && !host.api_root) connect.add('https://status-api.hostedstatus.com');
  return { connect: [...connect], img: [...img] };
}

/**
 * /admin/'s policy: the editor's own files only, plus the git host when one is set. It needs
 * inline styles (the CMS injects its stylesheets), data: and blob: pictures (previews of what is
 * being uploaded), and WebAssembly (it converts HEIC photos and optimises pictures). No eval, no
 * frames, no form posts, no other origin.
 */
export function adminCspDirectives(settings: EditorSettings | undefined): Record<string, string[]> {
  const { connect, img } = hostOrigins(settings);
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'blob:', 'data:', ...img],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'data:', 'blob:', ...connect],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

const serialise = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/** The policy for /admin/'s <meta> tag. */
export const adminCspMeta = (settings: EditorSettings | undefined): string => serialise(adminCspDirectives(settings));

/** The policy for /admin/'s Content-Security-Policy header (with what a <meta> cannot carry). */
export const adminCspHeader = (settings: EditorSettings | undefined): string =>
  serialise({ ...adminCspDirectives(settings), 'frame-ancestors': ["'none'"] });

/**
 * Headers /admin/ gets in place of the site's ones of the same name: its policy, sign-in pop-ups
 * that may report back to it, and no indexing. The site's other security headers still apply.
 */
export function adminHeaders(settings: EditorSettings | undefined): [string, string][] {
  return [
    ['Content-Security-Policy', adminCspHeader(settings)],
    ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
    ['X-Robots-Tag', 'noindex'],
  ];
}
