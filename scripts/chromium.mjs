// Finds a Chromium for the end-to-end tests, installing one when none is there: Debian's
// `chromium` and `fonts-noto-cjk` through apt when root on Debian, else Playwright's own build.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { findSystemChromium } from './chromium-launch.mjs'

function isRootOnDebian() {
  return (
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version')
  )
}

function hasDebianPackage(name) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], {
    encoding: 'utf8'
  }).stdout?.includes('install ok installed')
}

/** apt-get install of the packages not yet there; `apt-get update` only when needed. */
export function ensureDebianPackages(packages) {
  if (!isRootOnDebian()) return false
  const missing = packages.filter((name) => !hasDebianPackage(name))
  if (missing.length === 0) return true
  console.log(`postcloud test: installing ${missing.join(', ')} with apt-get…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0
  if (!apt(['install', '-y', '-qq', '--no-install-recommends', ...missing])) {
    if (
      !apt(['update', '-qq']) ||
      !apt(['install', '-y', '-qq', '--no-install-recommends', ...missing])
    ) {
      throw new Error(`apt-get could not install ${missing.join(', ')}`)
    }
  }
  return true
}

/** Returns the executable the e2e tests launch, or null to let Playwright use its own browser. */
export function ensureChromium(root) {
  ensureDebianPackages(['chromium', 'fonts-noto-cjk'])
  const found = findSystemChromium()
  if (found) return found
  console.log('postcloud test: no system Chromium; installing Playwright’s own Chromium…')
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'playwright-core', 'cli.js'), 'install', 'chromium'],
    {
      stdio: 'inherit'
    }
  )
  return null
}
