import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findPackageDir } from '../../../scripts/third-party-licenses.mjs'
import { builderConfig, excludedPackages, repoRoot } from './helpers'

const config = builderConfig()

describe('electron-builder.yml', () => {
  it('builds AppImage and deb on Linux, NSIS on Windows, a dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.mac.category).toBe('public.app-category.productivity')
    expect(config.productName).toBe('Postcloud')
  })

  it('packs an asar archive and unpacks only nodejieba’s binding and jieba’s dictionaries', () => {
    expect(config.asar).toMatchObject({ smartUnpack: false })
    expect(config.asarUnpack).toEqual([
      'node_modules/nodejieba/build/Release/*.node',
      'node_modules/nodejieba/submodules/cppjieba/dict/**'
    ])
  })

  it('never rebuilds native modules (nodejieba is N-API)', () => {
    expect(config.npmRebuild).toBe(false)
  })

  it('runs an afterPack hook that exists and exports the hook', async () => {
    const hook = join(repoRoot, config.afterPack)
    expect(existsSync(hook)).toBe(true)
    expect(typeof (await import(hook)).default).toBe('function')
  })

  it('ships the built app, not the sources or tests', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'))
    expect(included).toEqual(['out/**', 'package.json'])
  })

  it('copies resources/ with every licence file the About dialog shows', () => {
    expect(config.extraResources).toEqual([{ from: 'resources', to: 'resources' }])
    const shown = readFileSync(
      join(repoRoot, 'src/renderer/src/features/about/licence-texts.ts'),
      'utf8'
    ).matchAll(/resources\/licenses\/([^?']+)\?raw/g)
    const files = [...shown].map((match) => match[1])
    expect(files).toHaveLength(7)
    for (const file of files) {
      expect(existsSync(join(repoRoot, 'resources', 'licenses', file)), file).toBe(true)
    }
  })

  it('writes its output to a git-ignored folder', () => {
    const ignored = readFileSync(join(repoRoot, '.gitignore'), 'utf8').split('\n')
    expect(ignored).toContain(config.directories.output)
  })
})

/** `highlight.js/lib/core` → `highlight.js`, `@scope/name/x` → `@scope/name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/**
 * Bare module names a bundle requires or imports, and the bundle's own chunks it loads. A module
 * loaded on first use goes through a require made by createRequire: `createRequire(…)("name")`.
 */
function requiresOf(file: string): { modules: string[]; chunks: string[] } {
  const text = readFileSync(file, 'utf8')
  const loads = /(?:require|import|createRequire\)\((?:[^()]|\([^()]*\))*\))\("([^"]+)"\)/g
  const specifiers = [...text.matchAll(loads)].map((m) => m[1])
  return {
    modules: specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')),
    chunks: specifiers.filter((s) => s.startsWith('.')).map((s) => join(file, '..', s))
  }
}

/** The packages a package loads at run time, itself included, as Node would find them. */
function withDependencies(names: string[]): Set<string> {
  const found = new Set<string>()
  const queue = names.map((name) => ({ name, from: repoRoot }))
  while (queue.length > 0) {
    const { name, from } = queue.shift()!
    const dir = findPackageDir(name, from, repoRoot)
    if (!dir || found.has(dir)) continue
    found.add(dir)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      queue.push({ name: dependency, from: dir })
    }
  }
  return new Set([...found].map((dir) => dir.slice(dir.lastIndexOf('node_modules/') + 13)))
}

const outMain = join(repoRoot, 'out', 'main')

describe.skipIf(!existsSync(join(outMain, 'index.js')))('the built app in out/', () => {
  it('loads no package that electron-builder.yml leaves out of app.asar', () => {
    // What the Electron app runs: main and the analysis worker, with the chunks they load.
    const seen = new Set<string>()
    const modules = new Set<string>()
    const queue = ['index.js', 'analysis-worker.js'].map((file) => join(outMain, file))
    while (queue.length > 0) {
      const file = queue.shift()!
      if (seen.has(file)) continue
      seen.add(file)
      const { modules: found, chunks } = requiresOf(file)
      found.forEach((name) => modules.add(name))
      queue.push(...chunks)
    }
    modules.delete('electron')
    // The bundles spell some built-ins without node: (createRequire(import.meta.url) → "url").
    for (const name of modules) if (builtinModules.includes(name)) modules.delete(name)
    // Packages as a whole: highlight.js is loaded language by language.
    const packages = new Set([...modules].map(packageName))
    expect([...packages].sort()).toEqual([
      'chokidar',
      'gray-matter',
      'highlight.js',
      'liquidjs',
      'markdown-it',
      'markdown-it-abbr',
      'markdown-it-deflist',
      'markdown-it-footnote',
      'nodejieba',
      'yaml'
    ])
    const excluded = excludedPackages(config)
    expect(excluded.length).toBeGreaterThan(5)
    // sass is resolved by path in the Site view's Sass worker, so no bundle names it.
    for (const name of withDependencies([...packages, 'sass'])) {
      expect(
        excluded.some((pattern) => pattern.test(name)),
        name
      ).toBe(false)
    }
  })

  it('carries the patched wordcloud2.js in the window’s bundle', () => {
    // A line only the patch adds (patches/wordcloud+1.2.3.patch); it survives minifying.
    const assets = join(repoRoot, 'out', 'renderer', 'assets')
    const withPatch = readdirSync(assets).filter(
      (file) =>
        file.endsWith('.js') &&
        readFileSync(join(assets, file), 'utf8').includes('actualBoundingBoxLeft')
    )
    expect(withPatch.length).toBeGreaterThan(0)
  })
})
