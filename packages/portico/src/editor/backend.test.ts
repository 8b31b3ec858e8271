import { describe, expect, it } from 'vitest';
import {
  adminCspHeader,
  adminCspMeta,
  adminHeaders,
  apiRoot,
  cmsBackend,
  hostOrigins,
  isLocalOnly,
  type EditorSettings,
} from './backend.ts';

const local: EditorSettings = { enabled: true };
const gitlab: EditorSettings = {
  enabled: true,
  backend: {
    name: 'gitlab',
    repo: 'office/portal',
    branch: 'main',
    base_url: 'https://git.example.gov.vn',
    app_id: 'abc',
  },
};

describe('where the editor saves', () => {
  it('without a git host: the local folder only, under a placeholder named after the site folder, no other origin', () => {
    expect(isLocalOnly(local)).toBe(true);
    expect(cmsBackend(local, 'Cong Thong Tin')).toEqual({
      name: 'gitea',
      repo: 'local/cong-thong-tin',
      auth_methods: ['token'],
    });
    expect(hostOrigins(local)).toEqual({ connect: [], img: [] });
    expect(adminCspHeader(local)).not.toMatch(/https?:/);
  });

  it('a self-hosted GitLab: its API under base_url, PKCE sign-in with the OAuth application, its origin allowed', () => {
    expect(cmsBackend(gitlab, 'site')).toEqual({
      name: 'gitlab',
      repo: 'office/portal',
      branch: 'main',
      base_url: 'https://git.example.gov.vn',
      api_root: 'https://git.example.gov.vn/api/v4',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(hostOrigins(gitlab)).toEqual({
      connect: ['https://git.example.gov.vn'],
      img: ['https://git.example.gov.vn'],
    });
    expect(adminCspHeader(gitlab)).toContain("connect-src 'self' data: blob: https://git.example.gov.vn");
  });

  it('Gitea/Forgejo without an OAuth application, and GitHub without an authenticator: access tokens only', () => {
    const gitea: EditorSettings = {
      enabled: true,
      backend: { name: 'gitea', repo: 'o/p', branch: 'main', base_url: 'https://code.example.vn/' },
    };
    expect(cmsBackend(gitea, 's')).toMatchObject({
      api_root: 'https://code.example.vn/api/v1',
      auth_methods: ['token'],
    });
    const github: EditorSettings = { enabled: true, backend: { name: 'github', repo: 'o/p', branch: 'content' } };
    expect(cmsBackend(github, 's')).toEqual({
      name: 'github',
      repo: 'o/p',
      branch: 'content',
      auth_methods: ['token'],
    });
    expect(apiRoot(github.backend!)).toBe('https://api.github.com');
    expect(hostOrigins(github).connect).toEqual(['https://api.github.com', 'https://www.githubstatus.com']);
    expect(hostOrigins(github).img).toContain('https://avatars.githubusercontent.com');
  });
});

describe('/admin/’s own policy', () => {
  it('allows only what the editor needs: its files, inline styles, blob/data pictures, WebAssembly; no eval, no frames, no forms', () => {
    const header = adminCspHeader(local);
    expect(header).toContain("default-src 'none'");
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(header).not.toMatch(/'unsafe-eval'/);
    expect(header).toContain("style-src 'self' 'unsafe-inline'");
    expect(header).toContain("form-action 'none'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(adminCspMeta(local)).not.toContain('frame-ancestors');
  });

  it('replaces the site’s policy and opener rule, and keeps the editor out of search engines', () => {
    expect(adminHeaders(local).map(([n]) => n)).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'X-Robots-Tag',
    ]);
  });
});
