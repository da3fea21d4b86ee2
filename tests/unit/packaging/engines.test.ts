import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minVersion, satisfies } from 'semver'
import { describe, expect, it } from 'vitest'
import { harmlessEngineWarnings } from '../../../scripts/setup-output.mjs'
import { repoRoot } from './helpers'

interface LockEntry {
  version?: string
  engines?: { node?: string } | string[]
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as T
}

const projectRange = readJson<{ engines: { node: string } }>('package.json').engines.node
const lockPackages = readJson<{ packages: Record<string, LockEntry> }>('package-lock.json').packages

/** Every installed package that names the Node it runs on: name and range, from the lock file. */
const nodeRanges = Object.entries(lockPackages).flatMap(([path, entry]) => {
  const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node
  if (path === '' || range === undefined) return []
  return [{ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), range }]
})

/** The oldest Node package.json promises, and the one running the tests (what npm checks). */
const supportedNodes = [minVersion(projectRange)?.version ?? '', process.versions.node]

describe('the Node versions installed packages ask for', () => {
  it.each(supportedNodes)(
    'every package accepts Node %s, or its warning was checked and found harmless',
    (node) => {
      const refusing = nodeRanges.filter(({ range }) => !satisfies(node, range))
      const unexplained = refusing.filter(
        ({ name, range }) =>
          !harmlessEngineWarnings.some((entry) => entry.name === name && entry.required === range)
      )
      expect(unexplained).toEqual([])
    }
  )

  it('names no harmless warning that the lock file no longer holds', () => {
    for (const entry of harmlessEngineWarnings)
      expect(nodeRanges).toContainEqual({ name: entry.name, range: entry.required })
  })
})
