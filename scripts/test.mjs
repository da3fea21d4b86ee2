#!/usr/bin/env node
// `npm test`: every check and every test, after making sure what they need is installed.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureChromium, ensureDebianPackages } from './chromium.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const chromium = ensureChromium(root)
// Jekyll checks that exported clouds show on a built site (skipped, with a reason, without it).
ensureDebianPackages(['jekyll'])

const env = { ...process.env, ...(chromium ? { POSTCLOUD_CHROMIUM: chromium } : {}) }
const steps = [
  ['typecheck', [npm, 'run', 'typecheck']],
  ['lint', [npm, 'run', 'lint']],
  ['build', [npm, 'run', 'build']],
  ['unit tests', [process.execPath, join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run']],
  [
    'end-to-end tests',
    [process.execPath, join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test']
  ]
]

for (const [name, [command, ...args]] of steps) {
  console.log(`\n== ${name} ==`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\npostcloud test: ${name} failed.`)
    process.exit(result.status ?? 1)
  }
}
console.log('\npostcloud test: all checks passed.')
