import { defineConfig } from 'vitest/config';

const databaseTests = [
  'server/**/*.{usecases,repository,routes,db}.test.ts',
  'server/**/*.int.test.ts',
  'server/access.test.ts',
  'server/app.test.ts',
  'demo/**/*.test.ts',
];

if (!process.env.TEST_DATABASE_URL) {
  if (process.env.CI === 'true')
    throw new Error('CI must run the PostgreSQL leg: set TEST_DATABASE_URL');
  console.warn(
    'PostgreSQL leg not run: set TEST_DATABASE_URL=postgres://… to run the database tests on a server too.',
  );
}

// Every test runs on PGlite; the tests that touch the database run again on PostgreSQL when
// TEST_DATABASE_URL names a server (CI sets it).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: [
            'server/**/*.test.ts',
            'contracts/**/*.test.ts',
            'demo/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgresql',
                include: databaseTests,
                environment: 'node',
                env: { TZ: 'UTC', RODTRAD_TEST_DB: 'postgresql' },
              },
            },
          ]
        : []),
      {
        extends: true,
        test: { name: 'web', include: ['web/**/*.test.{ts,tsx}'], environment: 'node' },
      },
    ],
  },
});
