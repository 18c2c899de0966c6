import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN, E2E_PORT as PORT } from './e2e/env.ts';

// A fresh database per run: tests see only the sample issue and what they import themselves. Kept in the
// environment so workers (which load this file again) and the teardown agree on the path.
const database = (process.env.GALLEY_E2E_DB ??= join(tmpdir(), `galley-e2e-${Date.now()}.db`));

export default defineConfig({
  testDir: 'e2e',
  // A folder of its own: Playwright empties it at start, and test-results/ holds other runners' reports.
  outputDir: 'test-results/e2e',
  globalTeardown: './e2e/teardown.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
    : 'list',
  // Generous: the suite shares the machine with builds and other test runs.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The UI follows the browser language; the specs read Chinese.
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: {
    // Serves the built SPA from dist/: run `npx vite build` first (`npm test` does).
    command: 'node --import tsx src/server/main.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      GALLEY_DB: database,
      GALLEY_ADMIN_PASSWORD: E2E_ADMIN.password,
      // Cheap password hashing: the specs log in many times.
      GALLEY_SCRYPT_N: '1024',
    },
  },
});
