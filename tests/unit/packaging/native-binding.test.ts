import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bindingIsCurrent, nodejiebaDir } from '../../../scripts/native-binding.mjs'

const binaryPath = (packageDir: string): string =>
  join(packageDir, 'build', 'Release', 'nodejieba.node')

const dir = mkdtempSync(join(tmpdir(), 'postcloud-binding-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A copy of the installed package, built binding and stamp included. */
function installedCopy(name: string): string {
  const copy = join(dir, name)
  cpSync(nodejiebaDir, copy, { recursive: true })
  return copy
}

describe('nodejieba’s binding after npm ci (scripts/rebuild-native.mjs)', () => {
  it('is built from the patched source and has what the patch adds', () => {
    expect(bindingIsCurrent()).toBe(true)
    const binding = createRequire(__filename)(binaryPath(nodejiebaDir)) as Record<string, unknown>
    expect(typeof binding.known).toBe('function')
    expect(typeof binding.cutIds).toBe('function')
  })

  it('counts as stale once the binary or its source changes, so the next install rebuilds it', () => {
    const binaryReplaced = installedCopy('binary')
    expect(bindingIsCurrent(binaryReplaced)).toBe(true)
    // What nodejieba's own install script leaves: a binary built from the unpatched source.
    writeFileSync(binaryPath(binaryReplaced), 'another build')
    expect(bindingIsCurrent(binaryReplaced)).toBe(false)

    const sourceChanged = installedCopy('source')
    writeFileSync(join(sourceChanged, 'lib', 'index.cpp'), '// another patch\n')
    expect(bindingIsCurrent(sourceChanged)).toBe(false)

    const headerChanged = installedCopy('header')
    const header = join(
      headerChanged,
      'submodules',
      'cppjieba',
      'include',
      'cppjieba',
      'DictTrie.hpp'
    )
    writeFileSync(header, '// another patch\n')
    expect(bindingIsCurrent(headerChanged)).toBe(false)
  })
})
