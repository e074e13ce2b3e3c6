import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded database per run, one per port.
const dataDir = `.e2e-data/${port}`;
// e2e/notifications.spec.ts runs the SMTP server that gets the app's e-mail, on this port.
process.env.E2E_SMTP_PORT ??= String(port + 25);

/** End-to-end tests in Debian's Chromium against a real server on a fresh embedded database. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: process.env.CI === 'true',
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Root in a container: no sandbox. The closed network: no background fetches.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && npx tsx server/cli.ts serve`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      RODTRAD_DATA_DIR: dataDir,
      RODTRAD_LOGIN_ATTEMPTS_PER_MINUTE: '100',
      LOG_LEVEL: 'warn',
      RODTRAD_SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      RODTRAD_PUBLIC_URL: `http://localhost:${port}`,
      RODTRAD_MAIL_DIGEST_SECONDS: '1',
    },
  },
});
