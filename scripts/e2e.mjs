// Runs the Playwright end-to-end tests in Debian's Chromium. Outside CI a machine without
// Chromium skips them with a printed reason; in CI (CI=true) a missing browser is a failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const reason = `Chromium not found at ${chromium} (install it with: apt-get install chromium)`;
  if (process.env.CI === 'true') {
    console.error(`End-to-end tests cannot run: ${reason}`);
    process.exit(1);
  }
  console.warn(`SKIPPED end-to-end tests: ${reason}`);
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
