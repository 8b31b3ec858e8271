/**
 * The site's security policy: one Content-Security-Policy and one set of headers, used by the
 * <meta> tag in every page and by every generated server configuration.
 */

/**
 * Everything comes from the site itself. No 'unsafe-inline' and no 'unsafe-eval': scripts are
 * external files; 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
};

/** Directives a <meta> CSP cannot carry; they go in the HTTP header only. */
const HEADER_ONLY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

const serialise = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

/** The policy for the <meta http-equiv> tag. */
export const cspMeta = (): string => serialise(CSP_DIRECTIVES);

/** The policy for the Content-Security-Policy HTTP header. */
export const cspHeader = (): string => serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY });

/** Headers every response gets. */
export function securityHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', cspHeader()],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Cache lifetimes: content-hashed assets forever, everything else briefly so updates show. */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'public, max-age=300, must-revalidate',
  other: 'public, max-age=3600',
} as const;

/** URL prefixes whose file names carry a content hash. */
export const HASHED_PREFIXES = ['/_astro/'];
