#!/usr/bin/env node
// Installs the project's dependencies when they are missing or stale, with Node built-ins only,
// so `npm start` and `npm test` work on a fresh clone online or offline (npm registry only).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { warningsWorthShowing } from './setup-output.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stampFile = join(root, 'node_modules', '.postcloud-setup-stamp')

/**
 * What the installed tree depends on: the lock file, the install scripts npm may run, the patches
 * applied to installed packages (patches/, by patch-package after every install), and the Node ABI
 * the native addons were built for (editing a script in package.json changes none).
 */
function wantedStamp() {
  const hash = createHash('sha256')
  hash.update(readFileSync(join(root, 'package-lock.json')))
  hash.update(
    JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).allowScripts)
  )
  const patches = join(root, 'patches')
  for (const name of existsSync(patches) ? readdirSync(patches).sort() : []) {
    hash.update(name)
    hash.update(readFileSync(join(patches, name)))
  }
  hash.update(process.versions.modules)
  return hash.digest('hex')
}

/** Runs a command with its output captured (npm's own progress and summary are no news to a writer). */
function runQuietly(command, args, env) {
  return spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
    shell: process.platform === 'win32'
  })
}

const wanted = wantedStamp()
const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''
if (current !== wanted) {
  console.log('postcloud setup: installing dependencies (npm ci)…')
  // The Electron and Playwright packages would download binaries from outside the npm registry
  // and fail the whole install offline; both are fetched (or not) separately below.
  // --prefer-offline takes what the npm cache holds without asking the registry first: the lock
  // file pins each tarball by its hash, so a cached one is the right one. Offline, npm would
  // otherwise retry the registry for every package before falling back to the cache (over
  // 15 minutes instead of about 3 on a two-core machine).
  const install = runQuietly('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
    ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'
  })
  if (install.status !== 0) {
    // A failed install shows everything npm said: whoever fixes it needs all of it.
    process.stdout.write(install.stdout ?? '')
    process.stderr.write(install.stderr ?? '')
    if (install.error) console.error(install.error.message)
    console.error('postcloud setup: npm ci failed; see the messages above.')
    process.exit(install.status ?? 1)
  }
  for (const line of warningsWorthShowing(install.stderr)) console.error(line)
  fetchElectronOnce()
  writeFileSync(stampFile, wanted + '\n')
}

/**
 * One bounded attempt at the Electron binary. Without it the app runs in the browser instead;
 * `npm start` says so in its one line (scripts/start.mjs), so this stays quiet.
 */
function fetchElectronOnce() {
  const electronDir = join(root, 'node_modules', 'electron')
  if (existsSync(join(electronDir, 'path.txt'))) return
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' }
  })
}
