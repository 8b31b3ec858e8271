import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'packages/**/*.test.ts'],
        },
      },
      {
        // Checks on the built site in dist/ (run after `npm run build`).
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
