import { textOf } from '@core/analysis/text-source'
import { chmod, lstat, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library, writeFileAtomic } from '@core/library'
import type { LineEnding } from '@shared/post'
import {
  codeOf,
  errorOf,
  fixtureFolder,
  runningAsRoot,
  tempFolder,
  useTempFolders
} from './helpers'

useTempFolders()

const resourcesDir = '/nonexistent-resources'

async function open(names?: string[]): Promise<{ dir: string; outer: string; library: Library }> {
  const { dir, outer } = await fixtureFolder(names)
  return { dir, outer, library: await Library.open(dir, { resourcesDir }) }
}

describe('reading posts', () => {
  const cases: Array<[string, boolean, LineEnding]> = [
    ['2025-11-11-normal-report.md', false, 'lf'],
    ['bom.md', true, 'lf'],
    ['crlf.md', false, 'crlf'],
    ['mixed-endings.md', false, 'mixed'],
    ['no-front-matter.md', false, 'lf'],
    ['notes.markdown', false, 'lf']
  ]
  it.each(cases)(
    '%s: bom %s, line endings %s, stamp of the bytes',
    async (name, bom, lineEnding) => {
      const { dir, library } = await open([name])
      const post = await library.read(name)
      const bytes = await readFile(join(dir, name))
      expect(post).toMatchObject({ id: name, bom, lineEnding, readOnly: false })
      expect(post.raw.startsWith('\ufeff')).toBe(false)
      expect(Buffer.from(post.raw).equals(bom ? bytes.subarray(3) : bytes)).toBe(true)
      expect(post.stamp.size).toBe(bytes.length)
      expect(post.stamp.hash).toMatch(/^[0-9a-f]{64}$/)
    }
  )

  it('gives the front matter status, problem and body of broken posts', async () => {
    const { library } = await open(['duplicate-keys.md', 'unclosed.md', 'js-fence.md'])
    const dup = await library.read('duplicate-keys.md')
    expect(dup).toMatchObject({ frontMatterStatus: 'invalid', frontMatter: null, bodyLine: 5 })
    expect(dup.frontMatterProblem).toMatchObject({ line: 4, column: 1 })
    const unclosed = await library.read('unclosed.md')
    expect(unclosed).toMatchObject({
      frontMatterStatus: 'unclosed',
      body: unclosed.raw,
      bodyLine: 0
    })
    expect((await library.read('js-fence.md')).frontMatterStatus).toBe('refused')
  })

  it('refuses binary, missing, folder and outside ids with clear codes; GBK opens read-only', async () => {
    const { library } = await open()
    expect(await codeOf(library.read('binary.md'))).toBe('BINARY_FILE')
    expect(await library.read('gbk.md')).toMatchObject({ encoding: 'gb18030', readOnly: true })
    expect(await codeOf(library.read('missing.md'))).toBe('NOT_FOUND')
    expect(await codeOf(library.read('../site/bom.md'))).toBe('OUTSIDE_FOLDER')
  })

  it('reads only the text for word counting, refusing what read refuses', async () => {
    const { library } = await open()
    for (const id of ['bom.md', 'gbk.md', 'crlf.md']) {
      expect(textOf(await library.readSource(id))).toBe((await library.read(id)).raw)
    }
    expect(await codeOf(library.readSource('binary.md'))).toBe('BINARY_FILE')
    expect(await codeOf(library.readSource('missing.md'))).toBe('NOT_FOUND')
    expect(await codeOf(library.readSource('../site/bom.md'))).toBe('OUTSIDE_FOLDER')
  })

  it('marks a file without write bits read-only', async () => {
    const { dir, library } = await open(['bom.md'])
    await chmod(join(dir, 'bom.md'), 0o444)
    expect((await library.read('bom.md')).readOnly).toBe(true)
  })
})

describe('saving posts', () => {
  it.each([
    'bom.md',
    'crlf.md',
    'mixed-endings.md',
    'no-front-matter.md',
    '2025-11-11-normal-report.md'
  ])('open -> save unchanged is byte-identical for %s', async (name) => {
    const { dir, library } = await open([name])
    const before = await readFile(join(dir, name))
    const post = await library.read(name)
    const stamp = await library.save(name, post.raw, post.stamp)
    expect((await readFile(join(dir, name))).equals(before)).toBe(true)
    expect(stamp.hash).toBe(post.stamp.hash)
    expect(stamp.size).toBe(before.length)
  })

  it('writes the BOM back and returns a stamp that the next save accepts', async () => {
    const { dir, library } = await open(['bom.md'])
    const post = await library.read('bom.md')
    const first = await library.save('bom.md', `${post.raw}追加一行。\n`, post.stamp)
    const bytes = await readFile(join(dir, 'bom.md'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8').endsWith('追加一行。\n')).toBe(true)
    const second = await library.save('bom.md', post.raw, first)
    expect(second.hash).toBe(post.stamp.hash)
  })

  it('is a CONFLICT when the file changed on disk since it was opened, and writes nothing', async () => {
    const { dir, library } = await open(['crlf.md'])
    const post = await library.read('crlf.md')
    await writeFile(join(dir, 'crlf.md'), 'someone else\r\n')
    const error = await errorOf(library.save('crlf.md', 'mine', post.stamp))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toMatch(/changed on disk since it was opened/)
    expect(await readFile(join(dir, 'crlf.md'), 'utf8')).toBe('someone else\r\n')
  })

  it('is a CONFLICT when the file was deleted, and when expected is null but the file exists', async () => {
    const { dir, library } = await open(['crlf.md', 'bom.md'])
    const post = await library.read('crlf.md')
    await writeFile(join(dir, 'other.md'), 'x')
    expect(await codeOf(library.save('bom.md', 'x', null))).toBe('CONFLICT')
    await rm(join(dir, 'crlf.md'))
    expect(await codeOf(library.save('crlf.md', post.raw, post.stamp))).toBe('CONFLICT')
    // Recreating it is an explicit choice: expected null.
    await library.save('crlf.md', post.raw, null)
    expect(await readFile(join(dir, 'crlf.md'), 'utf8')).toBe(post.raw)
  })

  it('creates new posts (and folders) only with expected null, and only Markdown ids', async () => {
    const { dir, library } = await open(['bom.md'])
    const stamp = await library.save('new/deep/post.md', '# 新\n', null)
    expect(await readFile(join(dir, 'new', 'deep', 'post.md'), 'utf8')).toBe('# 新\n')
    expect(stamp.size).toBe(Buffer.byteLength('# 新\n'))
    expect(await codeOf(library.save('script.js', 'x', null))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(library.save('../escape.md', 'x', null))).toBe('OUTSIDE_FOLDER')
  })

  it('refuses a read-only file with READ_ONLY and leaves its mode and bytes alone', async () => {
    const { dir, library } = await open(['bom.md'])
    const path = join(dir, 'bom.md')
    const post = await library.read('bom.md')
    await chmod(path, 0o444)
    const before = await readFile(path)
    const error = await errorOf(library.save('bom.md', 'changed', post.stamp))
    expect(error.code).toBe('READ_ONLY')
    expect(error.message).toMatch(/read-only/)
    expect((await stat(path)).mode & 0o777).toBe(0o444)
    expect((await readFile(path)).equals(before)).toBe(true)
  })

  // Root writes into any folder, so this one can only be seen as a normal user.
  it.skipIf(runningAsRoot)('fails with PERMISSION in a folder it may not write', async () => {
    const { dir, library } = await open(['bom.md'])
    const post = await library.read('bom.md')
    await chmod(dir, 0o555)
    try {
      expect((await library.read('bom.md')).readOnly).toBe(true)
      expect(await codeOf(library.save('bom.md', 'x', post.stamp))).toBe('PERMISSION')
    } finally {
      await chmod(dir, 0o755)
    }
  })

  it('removes its temp file when a write fails', async () => {
    const { dir } = await fixtureFolder(['bom.md'])
    const error = await errorOf(writeFileAtomic(join(dir, 'bom.md'), 42 as unknown as string))
    expect(error.code).toBe('INTERNAL')
    expect(await readdir(dir)).toEqual(['bom.md'])
  })

  it('gives a new file the umask default, or the mode asked for', async () => {
    const dir = await tempFolder()
    await writeFileAtomic(join(dir, 'a.md'), 'a')
    await writeFileAtomic(join(dir, 'b.md'), 'b', { mode: 0o600 })
    expect((await stat(join(dir, 'a.md'))).mode & 0o777).toBe(0o666 & ~process.umask())
    expect((await stat(join(dir, 'b.md'))).mode & 0o777).toBe(0o600)
  })

  it('writes atomically: keeps the mode, leaves no temp files', async () => {
    const { dir, library } = await open(['crlf.md'])
    const path = join(dir, 'crlf.md')
    await chmod(path, 0o640)
    const post = await library.read('crlf.md')
    const inodeBefore = (await stat(path)).ino
    await library.save('crlf.md', `${post.raw}more\r\n`, post.stamp)
    const after = await stat(path)
    expect(after.mode & 0o777).toBe(0o640)
    expect(after.ino).not.toBe(inodeBefore) // replaced by rename, never rewritten in place
    expect(await readdir(dir)).toEqual(['crlf.md'])
  })

  it('saves through a symlink inside the folder to its target, keeping the link', async () => {
    const { dir, library } = await open(['bom.md'])
    await symlink(join(dir, 'bom.md'), join(dir, 'alias.md'))
    const post = await library.read('alias.md')
    await library.save('alias.md', `${post.raw}x`, post.stamp)
    expect((await lstat(join(dir, 'alias.md'))).isSymbolicLink()).toBe(true)
    expect((await readFile(join(dir, 'bom.md'), 'utf8')).endsWith('x')).toBe(true)
  })

  it('serializes concurrent saves of one file: the second sees the first and conflicts', async () => {
    const { dir, library } = await open(['crlf.md'])
    const post = await library.read('crlf.md')
    const results = await Promise.allSettled([
      library.save('crlf.md', 'first', post.stamp),
      library.save('crlf.md', 'second', post.stamp),
      library.save('crlf.md', 'third', post.stamp)
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected'])
    expect(await readFile(join(dir, 'crlf.md'), 'utf8')).toBe('first')
    // Chained on each other's stamps, many saves all land in order.
    let stamp = (results[0] as PromiseFulfilledResult<Awaited<ReturnType<Library['save']>>>).value
    for (let i = 0; i < 20; i += 1) stamp = await library.save('crlf.md', `v${i}`, stamp)
    expect(await readFile(join(dir, 'crlf.md'), 'utf8')).toBe('v19')
    expect(await readdir(dir)).toEqual(['crlf.md'])
  })
})
