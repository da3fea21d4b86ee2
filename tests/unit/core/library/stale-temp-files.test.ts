import { lstat, mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import { isOwnTempFileName, tempPathFor } from '@core/library/atomic-write'
import { staleTempAgeMs } from '@core/library/stale-temp-files'
import {
  filesBelow,
  noResources,
  openLibrary,
  tempFolder,
  useTempFolders,
  writeFiles
} from './helpers'

useTempFolders()

/** Sets a file's mtime `ms` into the past, as if a crash had left it there that long ago. */
async function age(path: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms)
  await utimes(path, then, then)
}

describe('temp file names', () => {
  it.each(['post.md', '2025-11-11-很长的中文标题'.repeat(6) + '.md', 'a.b.c.md', 'odd\nname.md'])(
    'recognises the names tempPathFor makes: %j',
    (name) => {
      const temp = basename(tempPathFor(join('/posts', name)))
      expect(isOwnTempFileName(temp)).toBe(true)
      expect(Buffer.byteLength(temp)).toBeLessThan(255)
    }
  )

  it.each([
    '.post.md.swp',
    '.notes.tmp',
    'post.md.postcloud-0123456789ab.tmp', // not a dot-file
    '.post.md.0123456789ab.tmp', // no mark: not provably ours
    '.post.md.postcloud-0123456789a.tmp', // 11 hex digits
    '.post.md.postcloud-0123456789AB.tmp', // upper case: randomBytes hex is lower case
    '.post.md.postcloud-0123456789ab.tmp.bak',
    '.postcloud-0123456789ab.tmp' // no name before the mark
  ])('leaves %j to the writer', (name) => {
    expect(isOwnTempFileName(name)).toBe(false)
  })
})

describe('listing a folder removes stale temp files of ours', () => {
  it('removes old ones in any post folder, keeps fresh ones and everything else', async () => {
    const dir = await tempFolder()
    const outside = await tempFolder()
    const staleRoot = basename(tempPathFor(join(dir, 'a.md')))
    const staleDeep = `_posts/2025/${basename(tempPathFor(join(dir, '日报.md')))}`
    const fresh = basename(tempPathFor(join(dir, 'b.md')))
    const writers = ['.notes.tmp', '.a.md.0123456789ab.tmp', 'b.md.postcloud-0123456789ab.tmp']
    await writeFiles(dir, {
      'a.md': '# a\n',
      '_posts/2025/日报.md': '# 日报\n',
      [staleRoot]: '# half of a',
      [staleDeep]: '# half',
      [fresh]: '# a save in progress',
      ...Object.fromEntries(writers.map((name) => [name, 'the writer’s own']))
    })
    // A folder and a link that look like ours are not plain files of ours: never touched.
    const folderLike = basename(tempPathFor(join(dir, 'c.md')))
    await mkdir(join(dir, folderLike))
    await writeFile(join(outside, 'target.md'), 'outside')
    const linkLike = basename(tempPathFor(join(dir, 'd.md')))
    await symlink(join(outside, 'target.md'), join(dir, linkLike))
    const old = staleTempAgeMs + 60_000
    for (const name of [staleRoot, staleDeep, folderLike, ...writers])
      await age(join(dir, name), old)
    await age(join(dir, fresh), staleTempAgeMs - 60_000)

    const library = await Library.open(dir, { resourcesDir: noResources })
    const ids = (await library.list()).map((post) => post.id).sort()
    expect(ids).toEqual(['_posts/2025/日报.md', 'a.md'])
    expect(await filesBelow(dir)).toEqual(['_posts/2025/日报.md', 'a.md', fresh, ...writers].sort())
    expect((await lstat(join(dir, linkLike))).isSymbolicLink()).toBe(true)
    expect((await lstat(join(dir, folderLike))).isDirectory()).toBe(true)
    expect(await readFile(join(outside, 'target.md'), 'utf8')).toBe('outside')
    await library.close()
  })

  it('keeps a temp file of a save still running in another process, however many listings', async () => {
    const { dir, library } = await openLibrary({ 'a.md': '# a\n' })
    const temp = tempPathFor(join(dir, 'a.md'))
    await writeFile(temp, 'being written')
    for (let i = 0; i < 3; i += 1) await library.list()
    expect(await readFile(temp, 'utf8')).toBe('being written')
    await library.close()
  })
})
