import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanPosts } from '@core/library/scan'
import { tempFolder, useTempFolders, writeFiles } from './helpers'

useTempFolders()

async function ids(root: string): Promise<string[]> {
  return (await scanPosts(root)).map((file) => file.id).sort()
}

describe('scanPosts', () => {
  it('finds .md and .markdown posts at any depth and skips what Jekyll skips', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, {
      'index.md': '# home',
      'README.MD': 'upper-case extension',
      '_posts/2025-01-01-a.md': 'a',
      '_posts/2025/deep/2025-01-02-b.markdown': 'b',
      '_drafts/c.md': 'c',
      'notes.txt': 'not a post',
      'post.md.bak': 'not a post',
      '_site/built.md': 'skip',
      'node_modules/pkg/README.md': 'skip',
      '.git/x.md': 'skip',
      '.postcloud/templates/t.md': 'skip',
      '.hidden.md': 'skip',
      'sub/.jekyll-cache/x.md': 'skip',
      'sub/node_modules/y.md': 'skip',
      'vendor/bundle/gems/g/README.md': 'skip',
      'vendor/notes.md': 'kept'
    })
    expect(await ids(dir)).toEqual([
      'README.MD',
      '_drafts/c.md',
      '_posts/2025-01-01-a.md',
      '_posts/2025/deep/2025-01-02-b.markdown',
      'index.md',
      'vendor/notes.md'
    ])
  })

  it('does not follow symlinks out of the folder, file or folder', async () => {
    const outer = await tempFolder()
    const dir = join(outer, 'site')
    await writeFiles(outer, { 'secret.md': 's', 'elsewhere/out.md': 'o', 'site/in.md': 'i' })
    await symlink(join(outer, 'secret.md'), join(dir, 'secret-link.md'))
    await symlink(join(outer, 'elsewhere'), join(dir, 'elsewhere-link'))
    await symlink('/', join(dir, 'root-link'))
    await symlink(join(outer, 'missing.md'), join(dir, 'dangling.md'))
    expect(await ids(dir)).toEqual(['in.md'])
  })

  it('terminates on symlink loops', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { 'a/post.md': 'p' })
    await symlink(dir, join(dir, 'a', 'to-root'))
    await symlink(join(dir, 'a'), join(dir, 'a', 'to-self'))
    await symlink(join(dir, 'x'), join(dir, 'y'))
    await symlink(join(dir, 'y'), join(dir, 'x'))
    expect(await ids(dir)).toEqual(['a/post.md'])
  })

  it('follows a symlink inside the folder once, preferring the real path', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { 'real/one.md': '1', 'other/two.md': '2' })
    await symlink(join(dir, 'real'), join(dir, 'a-alias'))
    await mkdir(join(dir, 'links'))
    await symlink(join(dir, 'other'), join(dir, 'links', 'other-alias'))
    await symlink(join(dir, 'real', 'one.md'), join(dir, 'one-link.md'))
    expect(await ids(dir)).toEqual(['one-link.md', 'other/two.md', 'real/one.md'])
  })

  it('does not reach skipped folders through symlinks', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { '.store/posts/p.md': 'p', '_site/q.md': 'q' })
    await symlink(join(dir, '.store', 'posts'), join(dir, 'posts'))
    await symlink(join(dir, '_site'), join(dir, 'built'))
    // Into a dot-folder by real path: skipped like the folder itself; same for _site.
    expect(await ids(dir)).toEqual([])
  })

  it('lists ten thousand files in one folder', async () => {
    const dir = await tempFolder()
    await mkdir(join(dir, '_posts'))
    const files: Record<string, string> = {}
    for (let i = 0; i < 10_000; i += 1) files[`_posts/2025-01-01-p${i}.md`] = ''
    await writeFiles(dir, files)
    const started = performance.now()
    expect((await scanPosts(dir)).length).toBe(10_000)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
