import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { idSegments, resolveInside } from '@core/library'
import { codeOf, fixtureFolder, useTempFolders } from './helpers'

useTempFolders()

describe('resolveInside', () => {
  const refused: Array<[string, string]> = [
    ['../outside.md', 'OUTSIDE_FOLDER'],
    ['a/../../outside.md', 'OUTSIDE_FOLDER'],
    ['/etc/passwd', 'OUTSIDE_FOLDER'],
    ['%2e%2e%2foutside.md', 'OUTSIDE_FOLDER'],
    ['%2E%2E%2Foutside.md', 'OUTSIDE_FOLDER'],
    ['%252e%252e%252foutside.md', 'OUTSIDE_FOLDER'],
    ['..%2foutside.md', 'OUTSIDE_FOLDER'],
    ['..\\outside.md', 'OUTSIDE_FOLDER'],
    ['a\\..\\..\\outside.md', 'OUTSIDE_FOLDER'],
    ['C:\\Windows\\win.ini', 'OUTSIDE_FOLDER'],
    ['C:/Windows/win.ini', 'OUTSIDE_FOLDER'],
    ['\\\\host\\share\\post.md', 'OUTSIDE_FOLDER'],
    ['//host/share/post.md', 'OUTSIDE_FOLDER'],
    ['./post.md', 'OUTSIDE_FOLDER'],
    ['..', 'OUTSIDE_FOLDER'],
    ['a//b.md', 'INVALID_ARGUMENT'],
    ['a/', 'INVALID_ARGUMENT'],
    ['', 'INVALID_ARGUMENT'],
    ['a\0.md', 'INVALID_ARGUMENT']
  ]
  it.each(refused)('refuses %j with %s', async (id, code) => {
    const { dir } = await fixtureFolder(['bom.md'])
    expect(await codeOf(resolveInside(dir, id))).toBe(code)
  })

  it('refuses ids that are not strings', () => {
    expect(() => idSegments(42)).toThrow(/non-empty relative path/)
  })

  it('resolves plain, nested, Chinese and not-yet-existing ids inside the folder', async () => {
    const { dir } = await fixtureFolder(['bom.md'])
    expect(await resolveInside(dir, 'bom.md')).toBe(join(dir, 'bom.md'))
    expect(await resolveInside(dir, '_posts/2025-11-11-新文章.md')).toBe(
      join(dir, '_posts', '2025-11-11-新文章.md')
    )
    expect(await resolveInside(dir, 'a b/c..d.md')).toBe(join(dir, 'a b', 'c..d.md'))
  })

  it('refuses symlinks that lead out of the folder, file or folder, even dangling', async () => {
    const { outer, dir } = await fixtureFolder(['bom.md'])
    await writeFile(join(outer, 'secret.md'), 'secret')
    await mkdir(join(outer, 'elsewhere'))
    await symlink(join(outer, 'secret.md'), join(dir, 'link-out.md'))
    await symlink(join(outer, 'elsewhere'), join(dir, 'dir-out'))
    await symlink(join(outer, 'missing.md'), join(dir, 'dangling.md'))
    await symlink('/etc', join(dir, 'etc'))
    expect(await codeOf(resolveInside(dir, 'link-out.md'))).toBe('OUTSIDE_FOLDER')
    expect(await codeOf(resolveInside(dir, 'dir-out/new.md'))).toBe('OUTSIDE_FOLDER')
    expect(await codeOf(resolveInside(dir, 'dir-out/deeper/new.md'))).toBe('OUTSIDE_FOLDER')
    expect(await codeOf(resolveInside(dir, 'dangling.md'))).toBe('OUTSIDE_FOLDER')
    expect(await codeOf(resolveInside(dir, 'etc/passwd'))).toBe('OUTSIDE_FOLDER')
  })

  it('accepts symlinks that stay inside the folder', async () => {
    const { dir } = await fixtureFolder(['bom.md'])
    await mkdir(join(dir, 'real'))
    await symlink(join(dir, 'real'), join(dir, 'alias'))
    await symlink(join(dir, 'bom.md'), join(dir, 'bom-link.md'))
    expect(await resolveInside(dir, 'alias/new.md')).toBe(join(dir, 'alias', 'new.md'))
    expect(await resolveInside(dir, 'bom-link.md')).toBe(join(dir, 'bom-link.md'))
  })

  it('refuses a symlink loop in the way', async () => {
    const { dir } = await fixtureFolder(['bom.md'])
    await symlink(join(dir, 'loop-b'), join(dir, 'loop-a'))
    await symlink(join(dir, 'loop-a'), join(dir, 'loop-b'))
    expect(await codeOf(resolveInside(dir, 'loop-a/post.md'))).toBe('OUTSIDE_FOLDER')
  })
})
