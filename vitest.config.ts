import { defineConfig } from 'vitest/config';
import { allTestFiles, databaseTestFiles } from './vitest.tests.ts';

// Every test below these folders runs on Node with PGlite; web/ has a project of its own.
const nodeFolders = ['server', 'contracts', 'demo', 'scripts', 'bench'];
const testFiles = allTestFiles();
const inNoProject = testFiles.filter(
  (file) => !['web', ...nodeFolders].includes(file.split('/')[0]!),
);
if (inNoProject.length > 0)
  throw new Error(
    `These test files are in no vitest project; move them or add their folder to vitest.config.ts: ${inNoProject.join(', ')}`,
  );

if (!process.env.TEST_DATABASE_URL) {
  if (process.env.CI === 'true')
    throw new Error('CI must run the PostgreSQL leg: set TEST_DATABASE_URL');
  console.warn(
    'PostgreSQL leg not run: set TEST_DATABASE_URL=postgres://… to run the database tests on a server too.',
  );
}

// Every test runs on PGlite; those whose imports reach the test database helper run again on
// PostgreSQL when TEST_DATABASE_URL names a server (CI sets it).
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['./vitest.setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: nodeFolders.map((folder) => `${folder}/**/*.test.{ts,tsx}`),
          environment: 'node',
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgresql',
                include: databaseTestFiles(testFiles.filter((file) => !file.startsWith('web/'))),
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
