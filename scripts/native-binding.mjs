// Builds nodejieba's native binding from the source in node_modules, which patches/ changes
// (one shared dictionary, known(), cutJoined()). Node built-ins only: it runs from postinstall.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The installed nodejieba package. */
export const nodejiebaDir = join(root, 'node_modules', 'nodejieba')

const binaryPath = (packageDir) => join(packageDir, 'build', 'Release', 'nodejieba.node')
// Beside the binary's folder, not in it: only *.node files are unpacked from app.asar.
const stampPath = (packageDir) => join(packageDir, 'build', 'postcloud-binding.stamp')

function sha256(...buffers) {
  const hash = createHash('sha256')
  for (const buffer of buffers) hash.update(buffer)
  return hash.digest('hex')
}

/** The cppjieba headers patches/ edits (a faster dictionary load and lookup). */
const patchedHeaders = ['DictTrie.hpp', 'Trie.hpp'].map((name) =>
  join('submodules', 'cppjieba', 'include', 'cppjieba', name)
)

/** What the binary is compiled from: binding.gyp, lib/ and the headers (the files patches/ edits). */
function sourceHash(packageDir) {
  const lib = join(packageDir, 'lib')
  const files = [
    'binding.gyp',
    ...patchedHeaders,
    ...readdirSync(lib)
      .sort()
      .map((name) => join('lib', name))
  ]
  return sha256(...files.flatMap((file) => [file, readFileSync(join(packageDir, file))]))
}

/**
 * The stamp names the source hash and the binary's own hash. nodejieba's install script (run
 * again by `npm rebuild`, or fetching a prebuilt binary online) replaces the binary with one
 * built from the unpatched source; its hash then no longer matches.
 */
function stampFor(packageDir) {
  return `${sourceHash(packageDir)} ${sha256(readFileSync(binaryPath(packageDir)))}\n`
}

/** True when the binary was built by buildBinding from the source now in the package. */
export function bindingIsCurrent(packageDir = nodejiebaDir) {
  const stamp = stampPath(packageDir)
  if (!existsSync(stamp) || !existsSync(binaryPath(packageDir))) return false
  return readFileSync(stamp, 'utf8') === stampFor(packageDir)
}

/**
 * npm's own node-gyp: npm names it to install scripts; run by hand, it sits in npm's folder
 * beside node (lib/node_modules/npm on POSIX, node_modules/npm on Windows).
 */
function nodeGypScript() {
  const named = process.env.npm_config_node_gyp
  if (named && existsSync(named)) return named
  const nodeDir = dirname(process.execPath)
  const candidates = [
    join(
      nodeDir,
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js'
    ),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  ]
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error('npm’s node-gyp was not found beside node')
  return found
}

/**
 * Where the running Node's headers are, when they are on this machine: node-gyp otherwise
 * downloads them, which fails offline. npm's `nodedir` setting, when set, wins.
 */
function localNodeDir() {
  if (process.env.npm_config_nodedir) return undefined
  const prefix = join(dirname(process.execPath), '..')
  return existsSync(join(prefix, 'include', 'node', 'node_api.h')) ? prefix : undefined
}

/**
 * Compiles the binding from source (never a prebuilt download: it would be unpatched) and writes
 * the stamp. Returns node-gyp's output; throws with it when the build fails.
 */
export function buildBinding(packageDir = nodejiebaDir) {
  const nodeDir = localNodeDir()
  const args = [nodeGypScript(), 'rebuild', ...(nodeDir ? [`--nodedir=${nodeDir}`] : [])]
  const result = spawnSync(process.execPath, args, {
    cwd: packageDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`
  if (result.status !== 0) throw new Error(`building nodejieba's binding failed:\n${output}`)
  writeFileSync(stampPath(packageDir), stampFor(packageDir))
  return output
}
