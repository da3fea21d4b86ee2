import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  noticePath,
  productionPackages,
  renderNotice
} from '../../../scripts/third-party-licenses.mjs'
import { repoRoot } from './helpers'

const licences = join(repoRoot, 'resources', 'licenses')

/** Each licence file and the file it was copied from (resources/licenses/README.md). */
const copies: Array<[string, string]> = [
  ['NotoSansSC-OFL-1.1.txt', 'node_modules/@fontsource/noto-sans-sc/LICENSE'],
  ['nodejieba-MIT.txt', 'node_modules/nodejieba/LICENSE'],
  ['cppjieba-MIT.txt', 'node_modules/nodejieba/submodules/cppjieba/LICENSE'],
  ['limonp-MIT.txt', 'node_modules/nodejieba/submodules/cppjieba/deps/limonp/LICENSE'],
  // Debian's record of jieba's licence; only there where python3-jieba is installed.
  ['jieba-MIT.txt', '/usr/share/doc/python3-jieba/copyright'],
  // Debian's record of jekyll-seo-tag's licence; there where ruby-jekyll-seo-tag is installed.
  ['jekyll-seo-tag-MIT.txt', '/usr/share/doc/ruby-jekyll-seo-tag/copyright']
]

describe('the licence files in resources/licenses', () => {
  it.each(copies)('%s is a verbatim copy of %s', (file, source) => {
    const from = source.startsWith('/') ? source : join(repoRoot, source)
    const copy = readFileSync(join(licences, file), 'utf8')
    if (existsSync(from)) expect(copy).toBe(readFileSync(from, 'utf8'))
    expect(copy).toMatch(file.includes('OFL') ? /SIL OPEN FONT LICENSE Version 1\.1/ : /MIT|Expat/)
  })
})

describe('the third-party notice', () => {
  const packages = productionPackages()
  const names = packages.map((pkg) => pkg.name)

  it('lists the production dependency tree and nothing from devDependencies', () => {
    const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>
    }
    for (const pkg of packages) {
      const entry = lock.packages[pkg.dir]
      expect(entry, pkg.dir).toBeDefined()
      // devOptional: needed by a dev dependency and, optionally, by production (sass's optional
      // file watcher pulls in micromatch's helpers); only `dev` means development alone.
      expect(entry.dev, pkg.dir).toBeFalsy()
    }
    for (const name of [
      'nodejieba',
      'chokidar',
      'react',
      'monaco-editor',
      '@fontsource/noto-sans-sc'
    ])
      expect(names).toContain(name)
    for (const name of ['vitest', 'electron', 'electron-builder', 'typescript'])
      expect(names).not.toContain(name)
  })

  it('carries each package’s declared licence and licence text', () => {
    const nodejieba = packages.find((pkg) => pkg.name === 'nodejieba')
    expect(nodejieba).toMatchObject({ licence: 'MIT', licenceFiles: ['LICENSE'] })
    const notice = renderNotice(packages)
    expect(notice).toContain('nodejieba 3.5.8\nLicence: MIT')
    expect(notice).toContain(readFileSync(join(repoRoot, 'node_modules/nodejieba/LICENSE'), 'utf8'))
  })

  it('is current: the committed file is what the script writes for the installed tree', () => {
    // Fails after a dependency change: run `node scripts/third-party-licenses.mjs`.
    expect(readFileSync(noticePath, 'utf8')).toBe(renderNotice(packages))
  })
})
