// How Postcloud's tests and benchmarks launch Chromium: which browser, and with which switches.
// No side effects here (scripts/chromium.mjs is the one that installs a browser when missing).
import { existsSync } from 'node:fs'

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/** POSTCLOUD_CHROMIUM, else a system Chrome or Chromium, else null (Playwright's own browser). */
export function findSystemChromium() {
  const fromEnv = process.env.POSTCLOUD_CHROMIUM
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  return systemPaths.find((path) => existsSync(path)) ?? null
}

// Headless in containers as root (no sandbox, no GPU), and never reaching for the network on its
// own: our machines are offline, and a test must not wait on an update check.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
