import { defineConfig } from '@playwright/test'
import { chromiumArgs } from './scripts/chromium-launch.mjs'

// The e2e tests drive the real UI in Chromium through the web host. POSTCLOUD_CHROMIUM names the
// browser (Debian's chromium on our machines); without it Playwright's own Chromium is used.
// The Electron smoke test starts the built app itself, and skips (saying why) without a binary.
const executablePath = process.env.POSTCLOUD_CHROMIUM || undefined

export default defineConfig({
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  projects: [
    { name: 'web', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' }
  ],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: chromiumArgs
    },
    screenshot: 'only-on-failure'
  }
})
