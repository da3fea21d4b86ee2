import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { spawnSync } from 'node:child_process'
import type { SpawnSyncReturns } from 'node:child_process'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { warningsWorthShowing } from '../../../scripts/setup-output.mjs'
import { repoRoot } from './helpers'

/** What npm 11 printed on stderr for `npm ci` on Node 20.20.2, word for word. */
const npmEngineWarnings = `npm warn EBADENGINE Unsupported engine {
npm warn EBADENGINE   package: '@electron/fuses@2.1.3',
npm warn EBADENGINE   required: { node: '>=22.12.0' },
npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }
npm warn EBADENGINE }
npm warn EBADENGINE Unsupported engine {
npm warn EBADENGINE   package: '@electron/rebuild@4.2.1',
npm warn EBADENGINE   required: { node: '>=22.12.0' },
npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }
npm warn EBADENGINE }
npm warn EBADENGINE Unsupported engine {
npm warn EBADENGINE   package: 'node-abi@4.40.0',
npm warn EBADENGINE   required: { node: '>=22.12.0' },
npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }
npm warn EBADENGINE }
`

/** The same block for another package or range. */
function engineBlock(spec: string, required: string): string {
  return [
    'npm warn EBADENGINE Unsupported engine {',
    `npm warn EBADENGINE   package: '${spec}',`,
    `npm warn EBADENGINE   required: { node: '${required}' },`,
    "npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }",
    'npm warn EBADENGINE }'
  ].join('\n')
}

describe('the warnings a successful install shows', () => {
  it('leaves out the engine warnings checked and found harmless', () => {
    expect(warningsWorthShowing(npmEngineWarnings)).toEqual([])
  })

  it('shows an engine warning for any other package', () => {
    const other = engineBlock('@scope/other@1.0.0', '>=22.12.0')
    expect(warningsWorthShowing(`${npmEngineWarnings}${other}\n`)).toEqual(other.split('\n'))
  })

  it('shows an engine warning for a listed package that asks for a newer Node', () => {
    const newer = engineBlock('node-abi@5.0.0', '>=24.0.0')
    expect(warningsWorthShowing(newer)).toEqual(newer.split('\n'))
  })

  it('shows every other warning and drops the rest of npm’s talk', () => {
    const stderr = [
      'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
      npmEngineWarnings.trimEnd(),
      'npm http fetch GET 200 https://registry.example/x 12ms (cache hit)',
      ''
    ].join('\n')
    expect(warningsWorthShowing(stderr)).toEqual([
      'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.'
    ])
  })
})

describe('scripts/setup.mjs on a fresh clone', () => {
  const temp = mkdtempSync(join(tmpdir(), 'postcloud-setup-'))
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  /**
   * A copy of what setup.mjs reads, with an `npm` that prints what `npm ci` printed on Node 20
   * (engine warnings on stderr; patch-package and the summary on stdout), and an installed
   * Electron stand-in so no download is tried.
   */
  function cloneWithFakeNpm(): { dir: string; bin: string; npmArgs: string } {
    const base = mkdtempSync(join(temp, 'case-'))
    const dir = join(base, 'clone')
    const npmArgs = join(base, 'npm-args.json')
    mkdirSync(join(dir, 'scripts'), { recursive: true })
    for (const file of [
      'scripts/setup.mjs',
      'scripts/setup-output.mjs',
      'package.json',
      'package-lock.json'
    ])
      copyFileSync(join(repoRoot, file), join(dir, file))
    mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true })
    writeFileSync(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron')
    const bin = join(base, 'bin')
    mkdirSync(bin)
    const npm = join(bin, 'npm')
    writeFileSync(
      npm,
      [
        '#!/usr/bin/env node',
        `require('node:fs').writeFileSync(${JSON.stringify(npmArgs)}, JSON.stringify(process.argv.slice(2)))`,
        `process.stderr.write(${JSON.stringify(npmEngineWarnings)})`,
        "process.stdout.write('\\n> postcloud@0.1.0 postinstall\\n> patch-package --error-on-fail\\n\\n')",
        "process.stdout.write('patch-package 8.0.1\\nApplying patches...\\nwordcloud@1.2.3 ✔\\n\\n')",
        "process.stdout.write('added 890 packages in 33s\\n')"
      ].join('\n')
    )
    chmodSync(npm, 0o755)
    return { dir, bin, npmArgs }
  }

  /** Runs the copy's setup.mjs with the fake npm first on the PATH. */
  function runSetup(dir: string, bin: string): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [join(dir, 'scripts', 'setup.mjs')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` }
    })
  }

  it('prints one progress line and nothing a writer must interpret', () => {
    const { dir, bin } = cloneWithFakeNpm()
    const result = runSetup(dir, bin)
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('postcloud setup: installing dependencies (npm ci)…\n')
    expect(result.stderr).toBe('')
  })

  it('installs from the npm cache without asking the registry first, so it is quick offline', () => {
    const { dir, bin, npmArgs } = cloneWithFakeNpm()
    expect(runSetup(dir, bin).status).toBe(0)
    const args = JSON.parse(readFileSync(npmArgs, 'utf8')) as string[]
    expect(args.slice(0, 1)).toEqual(['ci'])
    expect(args).toContain('--prefer-offline')
  })
})
