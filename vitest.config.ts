import { defineConfig } from 'vitest/config';

const FIXTURE_SITE = 'packages/portico/test/fixtures/site';

export default defineConfig({
  test: {
    projects: [
      {
        // The engine's own tests, beside its code, on fixtures only.
        test: {
          name: 'engine',
          include: ['packages/portico/**/*.test.ts'],
          exclude: [
            '**/node_modules/**',
            'packages/*/test/fixtures/**',
            'packages/portico/test/site/**',
            'packages/portico/test/fixture-site.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        // The checks every built Portico site passes, on the engine's fixture site (built first).
        test: {
          name: 'engine-site',
          include: ['packages/portico/test/site/**/*.test.ts', 'packages/portico/test/fixture-site.test.ts'],
          globalSetup: ['packages/portico/test/build-fixture-site.ts'],
          env: { PORTICO_SITE_ROOT: FIXTURE_SITE },
          testTimeout: 120_000,
        },
      },
      {
        // The create command (packages/create-portico): its answers, the files it writes, a site made,
        // installed and built in a temporary folder.
        test: {
          name: 'create',
          include: ['packages/create-portico/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The second site (examples/starter): checks on its dist/ (run after its build).
        test: {
          name: 'starter',
          include: ['examples/starter/tests/**/*.test.ts', 'packages/portico/test/site/**/*.test.ts'],
          env: { PORTICO_SITE_ROOT: 'examples/starter' },
          testTimeout: 120_000,
        },
      },
      {
        // The Lạng Sơn content: consistency checks on src/content.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'] },
      },
      {
        // The built Lạng Sơn site in dist/ (after `npm run build`): the same checks, and its own.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'packages/portico/test/site/**/*.test.ts'],
          env: { PORTICO_SITE_ROOT: '.' },
          testTimeout: 120_000,
        },
      },
    ],
  },
});
