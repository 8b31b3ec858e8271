import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The engine's own tests, beside its code, on fixtures only (packages/portico).
        test: {
          name: 'engine',
          include: ['packages/portico/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'packages/portico/test/fixtures/**'],
          testTimeout: 60_000,
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
        test: { name: 'starter', include: ['examples/starter/tests/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // The Lạng Sơn content: consistency checks on src/content.
        test: { name: 'content', include: ['tests/content/**/*.test.ts'] },
      },
      {
        // Checks on the built site in dist/ (run after `npm run build`).
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
