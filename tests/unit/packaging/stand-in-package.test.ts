import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fusesNotSet } from '../../../scripts/after-pack.mjs'
import { bundledResourcesDir, jiebaDictDir, unpackedPackageDir } from '@main/packaged-paths'
import type { AppLayout } from '@main/packaged-paths'
import {
  asarFiles,
  builderConfig,
  excludedPackages,
  repoRoot,
  writeStandInElectron
} from './helpers'

/**
 * electron-builder run for real on this config, with a stand-in for the Electron download (no
 * binary can be fetched here): it copies the app, packs app.asar, unpacks, copies extraResources
 * and runs the afterPack hook, exactly as `npm run dist` would, up to the installers. Needs the
 * build in out/ and Linux (the stand-in is a Linux unpacked Electron); about 10 s.
 */
const runs = process.platform === 'linux' && existsSync(join(repoRoot, 'out', 'main', 'index.js'))

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

describe.skipIf(!runs)('a package built with a stand-in Electron', () => {
  const temp = mkdtempSync(join(tmpdir(), 'postcloud-package-'))
  const appOutDir = join(temp, 'dist', 'linux-unpacked')
  const resourcesPath = join(appOutDir, 'resources')
  const layout: AppLayout = { packaged: true, resourcesPath, checkoutRoot: '/unused' }
  let log = ''

  beforeAll(() => {
    writeStandInElectron(join(temp, 'electron'))
    const run = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        `-c.electronDist=${join(temp, 'electron')}`,
        `-c.directories.output=${join(temp, 'dist')}`
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 }
    )
    log = `${run.stdout}\n${run.stderr}`
    if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${log}`)
  }, 150_000)
  afterAll(() => rmSync(temp, { recursive: true, force: true }))

  it('flips the fuses of the packaged binary', async () => {
    expect(log).toContain('fuses set')
    expect(await fusesNotSet(join(appOutDir, 'postcloud'))).toEqual([])
  })

  it('puts jieba’s dictionaries and nodejieba’s binding where the app looks for them', () => {
    for (const file of readdirSync(
      jiebaDictDir({ ...layout, packaged: false, checkoutRoot: repoRoot })
    )) {
      expect(existsSync(join(jiebaDictDir(layout), file)), file).toBe(true)
    }
    const binding = join(
      unpackedPackageDir(layout, 'nodejieba'),
      'build',
      'Release',
      'nodejieba.node'
    )
    expect(existsSync(binding)).toBe(true)
  })

  it('leaves nothing else out of app.asar', () => {
    const unpacked = allFiles(join(resourcesPath, 'app.asar.unpacked'))
    for (const file of unpacked) {
      expect(file, file).toMatch(
        /^node_modules\/nodejieba\/(build\/Release\/nodejieba\.node|submodules\/cppjieba\/dict\/)/
      )
    }
  })

  it('packs the built app and the modules main loads, marking only the native parts unpacked', () => {
    const files = asarFiles(join(resourcesPath, 'app.asar'))
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/main/analysis-worker.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'node_modules/nodejieba/index.js',
      'node_modules/chokidar/package.json',
      'node_modules/gray-matter/package.json',
      'node_modules/yaml/package.json'
    ]) {
      expect(files.get(file), file).toEqual({ unpacked: false })
    }
    expect(files.get('node_modules/nodejieba/build/Release/nodejieba.node')).toEqual({
      unpacked: true
    })
    const paths = [...files.keys()]
    expect(paths.filter((path) => path.startsWith('src/') || path.startsWith('tests/'))).toEqual([])
    const excluded = excludedPackages(builderConfig())
    const leftIn = paths.filter((path) => {
      const name = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1]
      return name !== undefined && excluded.some((pattern) => pattern.test(name))
    })
    expect(leftIn).toEqual([])
  })

  it('copies the resources main reads by path, licences included', () => {
    const dir = bundledResourcesDir(layout)
    for (const file of [
      'stopwords/zh.txt',
      'templates/report.md',
      'sample-posts/_config.yml',
      'licenses/NotoSansSC-OFL-1.1.txt',
      'licenses/jieba-MIT.txt',
      'licenses/THIRD-PARTY-NOTICES.txt'
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true)
    }
  })
})
