import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PostStore } from '@core/assets'
import { Library } from '@core/library'

export const fixturesDir = fileURLToPath(new URL('../../../fixtures/assets', import.meta.url))

/** Enough of a JPEG for the magic-byte check: SOI + APP0 (JFIF) header, then arbitrary bytes. */
export function fakeJpeg(seed = 1): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
    Buffer.alloc(64, seed),
    Buffer.from([0xff, 0xd9])
  ])
}

export function fakePng(seed = 1): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(32, seed)
  ])
}

export interface Sandbox {
  /** The temp folder around the posts folder, so writes that escape it can be seen. */
  outer: string
  /** The posts folder: `<outer>/a/site`, a copy of one fixture folder. */
  dir: string
}

/** A fresh temp folder holding a copy of one fixture folder two levels down. */
export async function copyFixture(name: string): Promise<Sandbox> {
  const outer = await mkdtemp(join(tmpdir(), 'postcloud-assets-'))
  const dir = join(outer, 'a', 'site')
  await mkdir(dir, { recursive: true })
  await cp(join(fixturesDir, name), dir, { recursive: true })
  return { outer, dir }
}

/** Every file under `root` with its bytes, to prove an operation changed nothing. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[relative(root, path)] = (await readFile(path)).toString('base64')
  }
  return out
}

export const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url))

/** The real Library on a folder: exportCloud's PostStore in the app. */
export async function openStore(dir: string): Promise<PostStore> {
  return Library.open(dir, { resourcesDir })
}

export { codeOf } from '../../../support/code-of'
