import { defineConfig } from '@playwright/test'

// The e2e tests drive the real UI in Chromium through the web host. POSTCLOUD_CHROMIUM names the
// browser (Debian's chromium on our machines); without it Playwright's own Chromium is used.
const executablePath = process.env.POSTCLOUD_CHROMIUM || undefined

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    },
    screenshot: 'only-on-failure'
  }
})
