import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

const distDir = join(__dirname, '../../dist');

export default defineConfig({
  testDir: join(__dirname, 'src'),
  testMatch: '**/*.e2e.ts',
  outputDir: join(distDir, 'e2e-artifacts'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A journey is many pages with an accessibility check on each: on a busy 2-core machine the longest
  // (staff: register, case, service; admit, extend, discharge) took over the default 30 s.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: join(distDir, 'e2e-results.json') }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    // Material skips its animations then, so accessibility checks never catch a half-faded text.
    contextOptions: { reducedMotion: 'reduce' },
    locale: 'bg-BG',
    timezoneId: 'Europe/Sofia',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
});
