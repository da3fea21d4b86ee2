import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { Library } from '@core/library'
import { PostcloudError } from '@shared/errors'

export const postFixtures = fileURLToPath(new URL('../../../fixtures/posts', import.meta.url))

/** "中文报告" in GBK: valid GB18030, invalid UTF-8. */
export const gbkBytes = Buffer.from([
  0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xb1,
  0xa8, 0xb8, 0xe6, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0x0a
])

/** Starts like text, then NUL bytes: a binary file that happens to be named `.md`. */
export const binaryBytes = Buffer.concat([
  Buffer.from('PK\u0003\u0004'),
  Buffer.alloc(64, 0),
  Buffer.from('tail')
])

const made: string[] = []

/** Removes every temp folder a test made, after each test. Call once at the top of a test file. */
export function useTempFolders(): void {
  afterEach(async () => {
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
  })
}

/** A fresh empty temp folder (real path, so symlink checks compare like with like). */
export async function tempFolder(prefix = 'postcloud-lib-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/**
 * A temp folder `<outer>/site` holding copies of the named fixtures (all when omitted), plus the
 * generated GBK and binary files. `outer` lets a test put things just outside the posts folder.
 */
export async function fixtureFolder(names?: string[]): Promise<{ outer: string; dir: string }> {
  const outer = await tempFolder()
  const dir = join(outer, 'site')
  await mkdir(dir)
  const all = (await readdir(postFixtures)).filter((name) => !name.startsWith('.'))
  for (const name of names ?? all) await cp(join(postFixtures, name), join(dir, name))
  if (!names) {
    await writeFile(join(dir, 'gbk.md'), gbkBytes)
    await writeFile(join(dir, 'binary.md'), binaryBytes)
  }
  return { outer, dir }
}

/** Writes files (text or bytes) under `root`, creating folders. */
export async function writeFiles(
  root: string,
  files: Record<string, string | Uint8Array>
): Promise<void> {
  for (const [id, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, id)), { recursive: true })
    await writeFile(join(root, id), contents)
  }
}

/** The rejection of a promise, which must be a PostcloudError. */
/** A resources folder that does not exist: these tests need no bundled templates. */
export const noResources = '/nonexistent-resources'

/** A fresh temp folder holding `files`, opened as a Library. */
export async function openLibrary(
  files: Record<string, string | Uint8Array>
): Promise<{ dir: string; library: Library }> {
  const dir = await tempFolder()
  await writeFiles(dir, files)
  return { dir, library: await Library.open(dir, { resourcesDir: noResources }) }
}

export async function errorOf(promise: Promise<unknown>): Promise<PostcloudError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PostcloudError) return error
    throw error
  }
  throw new Error('expected the promise to reject')
}

/** Every file name below `dir`, recursively, `/`-separated. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/')
    )
    .sort()
}

/** True when this process ignores file permissions (root), so mode bits alone decide. */
export const runningAsRoot = process.getuid?.() === 0

export { codeOf } from '../../../support/code-of'
