#!/usr/bin/env node
// `npm test`: every check and every test, after making sure what they need is installed.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rmSync } from 'node:fs'
import { ensureChromium, ensureDebianPackages } from './chromium.mjs'
import { skipReasons, summarize } from './test-summary.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const chromium = ensureChromium(root)
// Jekyll is the reference: exported clouds must show on a built site, and the Site view is
// compared with `jekyll build` on sites using the minima theme, jekyll-feed and jekyll-seo-tag
// (those tests skip, with a reason, where apt cannot install them).
ensureDebianPackages([
  'jekyll',
  'jekyll-theme-minima',
  'ruby-jekyll-feed',
  'ruby-jekyll-seo-tag',
  'ruby-jekyll-paginate'
])

// Not Playwright's test-results/, which it empties when it starts.
const results = join(root, '.test-reports')
const vitestJson = join(results, 'vitest.json')
const playwrightJson = join(results, 'playwright.json')
rmSync(results, { recursive: true, force: true })

const env = {
  ...process.env,
  ...(chromium ? { POSTCLOUD_CHROMIUM: chromium } : {}),
  PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson
}
const steps = [
  ['typecheck', [npm, 'run', 'typecheck']],
  ['lint', [npm, 'run', 'lint']],
  ['security audit', [process.execPath, join(root, 'scripts', 'security-audit.mjs')]],
  ['build', [npm, 'run', 'build']],
  [
    'unit tests',
    [
      process.execPath,
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJson}`
    ]
  ],
  [
    'end-to-end tests',
    [
      process.execPath,
      join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
      'test',
      '--reporter=list,json'
    ]
  ]
]

for (const [name, [command, ...args]] of steps) {
  console.log(`\n== ${name} ==`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\npostcloud test: ${name} failed.`)
    for (const line of skipReasons(playwrightJson)) console.log(line)
    console.log(summarize(vitestJson, playwrightJson))
    process.exit(result.status ?? 1)
  }
}
console.log('\npostcloud test: all checks passed.')
for (const line of skipReasons(playwrightJson)) console.log(line)
console.log(summarize(vitestJson, playwrightJson))
