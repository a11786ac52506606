import { defineConfig } from '@playwright/test';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, missingChromium } from './src/support/browser';
import { RESULTS_DIR, WORKSPACE_ROOT } from './src/support/paths';

// Checked as the configuration loads, in the main process: before the server starts, a missing browser ends the run
// with a message that says how to install it (Playwright would otherwise fail every test, one by one).
const missingBrowser = process.env['TEST_WORKER_INDEX'] === undefined ? missingChromium() : null;
if (missingBrowser) {
  console.error(missingBrowser);
  process.exit(1);
}

// Overridable so that several checkouts on one machine can run their suites at once.
const PORT = Number(process.env['E2E_PORT'] ?? 3210);
const PG_PORT = process.env['E2E_PG_PORT'] ?? '54431';
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * A fresh, empty database per run, so every run starts from the same demo data. Playwright evaluates this file in
 * its main process and again in each worker; only the main process starts the server, so only it needs the folder.
 */
function freshDatabaseDir(): string {
  if (process.env['TEST_WORKER_INDEX'] !== undefined) return '';
  const dir = mkdtempSync(join(tmpdir(), 'masswerk-e2e-'));
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to reach its data folder.
  chmodSync(dir, 0o755);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'postgres');
}

export default defineConfig({
  testDir: join(__dirname, 'src'),
  testMatch: '**/*.e2e.ts',
  outputDir: join(RESULTS_DIR, 'artifacts'),
  globalSetup: join(__dirname, 'src/support/global-setup.ts'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: join(RESULTS_DIR, 'playwright-report'), open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Playwright cannot download its browsers here; Debian's Chromium does the job.
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', headless: true } }],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: WORKSPACE_ROOT,
    url: `${BASE_URL}/health`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    // SIGTERM lets the server stop its embedded PostgreSQL cleanly.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: BASE_URL,
      EMBEDDED_PG_DIR: freshDatabaseDir(),
      EMBEDDED_PG_PORT: PG_PORT,
      // The suite runs on its own embedded database, whatever the shell says (never on a real server).
      DATABASE_URL: '',
      MASSWERK_TODAY: '2026-11-21',
      // Every project's round is due from midnight: the round at start writes the reminders whatever the hour of the
      // run (decision 0061: a project's round runs once a day from its send time).
      REMINDER_TIME: '00:00',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      // Each test signs in from its own client address (X-Forwarded-For, see support/fixtures.ts), so the
      // per-address sign-in limit (20 attempts in 15 minutes) does not block a suite that signs in ~30 times.
      TRUST_PROXY: 'true',
      // The installation's legal links and accessibility contact (decision 0067), as an operator would set them;
      // legal-links.e2e.ts checks they are shown. Plain links: the tests never follow the external one.
      IMPRINT_URL: 'https://www.example.org/impressum',
      PRIVACY_URL: '/datenschutz',
      ACCESSIBILITY_CONTACT_EMAIL: 'barrierefreiheit@example.org',
      ACCESSIBILITY_CONTACT_URL: 'https://www.example.org/kontakt-barrierefreiheit',
      // The sites that may frame a project's summary (decision 0073); public-embed.e2e.ts plays such a site.
      PUBLIC_EMBED_ANCESTORS: "'self' http://kreis.example",
    },
  },
});
