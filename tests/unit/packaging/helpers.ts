import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

export const repoRoot = resolve(__dirname, '..', '..', '..')

/** The parts of electron-builder.yml the tests read. */
export interface BuilderConfig {
  appId: string
  productName: string
  directories: { output: string }
  files: string[]
  extraResources: Array<{ from: string; to: string }>
  asar: { smartUnpack: boolean }
  asarUnpack: string[]
  npmRebuild: boolean
  afterPack: string
  linux: { target: string[]; category: string; maintainer: string }
  win: { target: string[] }
  mac: { target: string[]; category: string }
}

export function builderConfig(): BuilderConfig {
  return parse(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig
}

/**
 * The whole packages (names, globs with `*`) that `files` leaves out of app.asar, from its
 * `!**\/node_modules/<name>{,/**}` entries; folders inside a package are not counted.
 */
export function excludedPackages(config: BuilderConfig): RegExp[] {
  return config.files
    .map((pattern) => /^!\*\*\/node_modules\/((?:@[^/{]+\/)?[^/{]+)\{,\/\*\*\}$/.exec(pattern)?.[1])
    .filter((name): name is string => name !== undefined)
    .map((name) => new RegExp(`^${name.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`))
}

/** Electron's fuse sentinel, followed by the fuse wire's version and length. */
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * A stand-in for an unpacked Electron (no binary can be downloaded here): an "executable" that
 * carries a fuse wire in Electron's default states (9 fuses: only RunAsNode, the Node options and
 * inspect switches, file: privileges and Wasm trap handlers on), and the files electron-builder
 * copies beside it.
 */
export function writeStandInElectron(dir: string, executable = 'electron'): string {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.from(`${sentinel}\x01\x09101100011`, 'latin1')
  const binary = join(dir, executable)
  writeFileSync(binary, Buffer.concat([Buffer.alloc(4096, 7), wire, Buffer.alloc(4096, 9)]))
  chmodSync(binary, 0o755)
  writeFileSync(join(dir, 'LICENSE'), 'stand-in for Electron’s licence\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n')
  writeFileSync(join(dir, 'version'), '40.8.5')
  return binary
}

interface AsarEntry {
  files?: Record<string, AsarEntry>
  unpacked?: boolean
  size?: number
}

/**
 * Every file in an asar archive, by path with `/`, and whether it was unpacked. The archive
 * starts with two Chromium pickles: the header's size, then the header, a JSON string.
 */
export function asarFiles(archive: string): Map<string, { unpacked: boolean }> {
  const bytes = readFileSync(archive)
  const jsonLength = bytes.readUInt32LE(12)
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + jsonLength)) as AsarEntry
  const found = new Map<string, { unpacked: boolean }>()
  const walk = (entry: AsarEntry, path: string): void => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const childPath = path ? `${path}/${name}` : name
      if (child.files) walk(child, childPath)
      else found.set(childPath, { unpacked: child.unpacked === true })
    }
  }
  walk(header, '')
  return found
}
