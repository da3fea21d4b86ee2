import { mkdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFolderImage } from '@core/assets'
import { Library } from '@core/library'
import { codeOf, tempFolder, useTempFolders, writeFiles } from '../library/helpers'

useTempFolders()

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

/** `<outer>/site` with images inside, and a secret image and text just outside it. */
async function site(): Promise<{ outer: string; dir: string; library: Library }> {
  const outer = await tempFolder('postcloud-read-image-')
  const dir = join(outer, 'site')
  await writeFiles(outer, {
    'secret.png': png,
    'secret.txt': 'secret',
    'site/post.md': '# post\n',
    'site/assets/图 1.png': png,
    'site/assets/logo.SVG': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'site/photo.jpeg': png,
    'site/notes.txt': 'not an image',
    'site/.postcloud/clouds.json': '{}'
  })
  return { outer, dir, library: await Library.open(dir, { resourcesDir: dir }) }
}

describe('readFolderImage', () => {
  it.each([
    ['assets/图 1.png', 'image/png'],
    ['assets/logo.SVG', 'image/svg+xml'],
    ['photo.jpeg', 'image/jpeg']
  ])('serves %s as %s', async (path, mime) => {
    const { dir, library } = await site()
    const image = await readFolderImage(library, path)
    expect(image.mime).toBe(mime)
    expect(Buffer.from(image.bytes).equals(await readFile(join(dir, path)))).toBe(true)
  })

  it.each([
    ['a parent escape', '../secret.png', 'OUTSIDE_FOLDER'],
    ['a deeper escape', 'assets/../../secret.png', 'OUTSIDE_FOLDER'],
    ['an absolute path', '/etc/hosts.png', 'OUTSIDE_FOLDER'],
    ['a drive letter', 'C:\\Windows\\win.png', 'OUTSIDE_FOLDER'],
    ['a drive letter with a slash', 'C:/Windows/win.png', 'OUTSIDE_FOLDER'],
    ['a UNC path', '\\\\host\\share\\x.png', 'OUTSIDE_FOLDER'],
    ['a backslash', 'assets\\图 1.png', 'OUTSIDE_FOLDER'],
    ['an encoded escape left encoded', '%2e%2e/secret.png', 'OUTSIDE_FOLDER'],
    ['a dot segment', './photo.jpeg', 'OUTSIDE_FOLDER'],
    ['a NUL byte', 'photo.jpeg\0.png', 'INVALID_ARGUMENT'],
    ['an empty path', '', 'INVALID_ARGUMENT'],
    ['not an image', 'notes.txt', 'INVALID_ARGUMENT'],
    ['a post', 'post.md', 'INVALID_ARGUMENT'],
    ['no extension', 'assets', 'INVALID_ARGUMENT'],
    ['a text file outside', '../secret.txt', 'OUTSIDE_FOLDER'],
    ['a missing image', 'assets/missing.png', 'NOT_FOUND'],
    ['a missing folder', 'nowhere/x.png', 'NOT_FOUND']
  ])('refuses %s (%j)', async (_label, path, code) => {
    const { library } = await site()
    expect(await codeOf(readFolderImage(library, path))).toBe(code)
  })

  it('refuses a symlink that leads out of the folder, file or folder', async () => {
    const { outer, dir, library } = await site()
    await symlink(join(outer, 'secret.png'), join(dir, 'link.png'))
    await symlink(outer, join(dir, 'up'))
    expect(await codeOf(readFolderImage(library, 'link.png'))).toBe('OUTSIDE_FOLDER')
    expect(await codeOf(readFolderImage(library, 'up/secret.png'))).toBe('OUTSIDE_FOLDER')
  })

  it('follows a symlink that stays inside the folder', async () => {
    const { dir, library } = await site()
    await symlink(join(dir, 'photo.jpeg'), join(dir, 'alias.jpg'))
    expect((await readFolderImage(library, 'alias.jpg')).mime).toBe('image/jpeg')
  })

  it('refuses a folder named like an image and an image over 50 MB', async () => {
    const { dir, library } = await site()
    await mkdir(join(dir, 'album.png'))
    expect(await codeOf(readFolderImage(library, 'album.png'))).toBe('INVALID_ARGUMENT')
    // Sparse: the size is what counts, not the bytes.
    await writeFile(join(dir, 'huge.png'), '')
    await truncate(join(dir, 'huge.png'), 50 * 1024 * 1024 + 1)
    expect(await codeOf(readFolderImage(library, 'huge.png'))).toBe('TOO_LARGE')
  })
})
