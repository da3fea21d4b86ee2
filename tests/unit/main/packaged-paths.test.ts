import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundledResourcesDir, jiebaDictDir, unpackedPackageDir } from '@main/packaged-paths'
import type { AppLayout } from '@main/packaged-paths'
import { builderConfig, repoRoot } from '../packaging/helpers'

const dictFiles = [
  'jieba.dict.utf8',
  'hmm_model.utf8',
  'user.dict.utf8',
  'idf.utf8',
  'stop_words.utf8'
]

const checkout: AppLayout = { packaged: false, resourcesPath: '/unused', checkoutRoot: repoRoot }

const installs: Array<[string, string]> = [
  ['Linux', '/opt/Postcloud/resources'],
  ['Windows', 'C:\\Program Files\\Postcloud\\resources'],
  ['macOS', '/Applications/Postcloud.app/Contents/Resources']
]

describe('paths in a checkout', () => {
  it('find jieba’s dictionaries and nodejieba’s binding where npm installed them', () => {
    for (const file of dictFiles)
      expect(existsSync(join(jiebaDictDir(checkout), file)), file).toBe(true)
    const binding = join(
      unpackedPackageDir(checkout, 'nodejieba'),
      'build',
      'Release',
      'nodejieba.node'
    )
    expect(existsSync(binding)).toBe(true)
  })

  it('agree with nodejieba about where its dictionaries are', () => {
    // Reading DEFAULT_DICT does not load the native binding.
    const nodejieba = createRequire(__filename)('nodejieba') as { DEFAULT_DICT: string }
    expect(dirname(nodejieba.DEFAULT_DICT)).toBe(jiebaDictDir(checkout))
  })

  it('find the bundled resources, licences included', () => {
    const dir = bundledResourcesDir(checkout)
    for (const file of ['stopwords/zh.txt', 'templates/report.md', 'sample-posts/_config.yml']) {
      expect(existsSync(join(dir, file)), file).toBe(true)
    }
    expect(existsSync(join(dir, 'licenses', 'NotoSansSC-OFL-1.1.txt'))).toBe(true)
  })
})

describe.each(installs)('paths in a package installed on %s', (_os, resourcesPath) => {
  const packaged: AppLayout = { packaged: true, resourcesPath, checkoutRoot: '/unused' }
  const segments = (path: string): string[] => path.split(/[\\/]/)

  it('put the dictionaries in app.asar.unpacked, never inside app.asar', () => {
    const dir = jiebaDictDir(packaged)
    expect(dir.startsWith(join(resourcesPath, 'app.asar.unpacked'))).toBe(true)
    expect(segments(dir)).not.toContain('app.asar')
    expect(segments(unpackedPackageDir(packaged, 'nodejieba'))).not.toContain('app.asar')
  })

  it('mirror the checkout’s layout inside app.asar.unpacked', () => {
    const inPackage = relative(join(resourcesPath, 'app.asar.unpacked'), jiebaDictDir(packaged))
    const inCheckout = relative(repoRoot, jiebaDictDir(checkout))
    expect(segments(inPackage)).toEqual(inCheckout.split(sep))
  })

  it('find the resources where extraResources copies them', () => {
    const [copy] = builderConfig().extraResources
    expect(bundledResourcesDir(packaged)).toBe(join(resourcesPath, copy.to))
  })
})

describe('electron-builder.yml unpacks what the paths expect', () => {
  const unpack = builderConfig().asarUnpack
  const fromRoot = (path: string): string => relative(repoRoot, path).split(sep).join('/')

  it('jieba’s dictionary folder', () => {
    expect(unpack).toContain(`${fromRoot(jiebaDictDir(checkout))}/**`)
  })

  it('nodejieba’s native binding', () => {
    const release = join(unpackedPackageDir(checkout, 'nodejieba'), 'build', 'Release')
    expect(unpack).toContain(`${fromRoot(release)}/*.node`)
  })
})
