import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreApi } from '@core/api'
import type { ContractMethod } from '@shared/contract'
import { contractMethods } from '@shared/contract'
import { PostcloudError } from '@shared/errors'
import { fakeJpeg, fakePng, snapshot } from '../assets/helpers'
import { stubCore } from '../stub-core'

/**
 * No contract method reads or writes outside the open folder and the app's data folder (#6).
 * Beside the posts folder lies `outside/`, holding a secret; the folder holds symbolic links to
 * it and a post whose cloud link climbs out. Every method is called with every way out its
 * arguments allow; afterwards nothing outside the two folders has changed, and no answer holds
 * the secret. The table is keyed by method, so a new contract method does not compile until it
 * is listed here.
 */

const secret = 'SECRET-MARKER-7f3a'
const b64 = (bytes: Buffer): string => bytes.toString('base64')
const stamp = { mtimeMs: 1, size: 1, hash: '0'.repeat(64) }

/** Post ids and file names that lead out of the folder, each in its own way. */
function waysOut(outside: string): string[] {
  return [
    '../outside/secret.md',
    '_posts/../../outside/secret.md',
    `${outside}/secret.md`,
    '%2e%2e/outside/secret.md',
    '..\\outside\\secret.md',
    '\\\\host\\share\\secret.md',
    'C:\\outside\\secret.md',
    'out/secret.md',
    '_posts/link.md'
  ]
}

interface World {
  api: CoreApi
  outside: string
  ids: string[]
  good: string
  evil: string
}

type Attempt = (world: World) => (() => Promise<unknown>)[]

/** One entry per contract method: its attempts, or why it takes nothing that names a place. */
const attempts: Record<ContractMethod, Attempt | { none: string }> = {
  openFolder: { none: 'names the folder the writer chose; that is the confinement root' },
  currentFolder: { none: 'no arguments' },
  recentFolders: { none: 'no arguments; paths the writer opened' },
  listPosts: ({ api }) => [() => api.listPosts()],
  readPost: ({ api, ids }) => ids.map((id) => () => api.readPost(id)),
  savePost: ({ api, ids }) => ids.map((id) => () => api.savePost(id, 'overwritten', null)),
  convertToUtf8: ({ api, ids }) => ids.map((id) => () => api.convertToUtf8(id, stamp)),
  listTemplates: { none: 'no arguments; bundled and folder templates' },
  createPost: ({ api }) => [
    () => api.createPost({ title: '../../outside/escape', now: '2025-01-02T00:00:00Z' }),
    () => api.createPost({ title: '..', template: '../../outside/secret.md' })
  ],
  updateFrontMatter: ({ api, ids }) =>
    ids.map((id) => () => api.updateFrontMatter(id, { title: 'x' }, stamp)),
  renamePost: ({ api, ids, good, outside }) => [
    ...ids.map((id) => () => api.renamePost(id, 'renamed.md')),
    ...waysOut(outside).map((name) => () => api.renamePost(good, name))
  ],
  deletePost: ({ api, ids }) => ids.map((id) => () => api.deletePost(id)),
  listTrash: { none: 'no arguments' },
  restoreFromTrash: ({ api, outside }) =>
    waysOut(outside).map((entry) => () => api.restoreFromTrash(entry)),
  searchPosts: ({ api }) => [() => api.searchPosts(secret)],
  saveImage: ({ api, ids, good, outside }) => [
    ...ids.map((id) => () => api.saveImage(id, b64(fakePng()), 'pasted.png')),
    ...waysOut(outside).map(
      (name) => () => api.saveImage(good, b64(fakePng()), name.replace(/\.md$/, '.png'))
    )
  ],
  getSettings: { none: 'no arguments; the data folder' },
  updateSettings: { none: 'changes the data folder only; no value names a place' },
  analyzeText: ({ api, ids }) => ids.map((id) => () => api.analyzeText('文本', { postId: id })),
  termSuggestions: { none: 'reads only the open folder, named by no argument' },
  exportCloud: ({ api, ids, evil }) => [
    ...ids.map((id) => () => api.exportCloud(id, b64(fakeJpeg()))),
    () => api.exportCloud(evil, b64(fakeJpeg()), { onExisting: 'replace' })
  ],
  getCloudSettings: ({ api, ids }) => ids.map((id) => () => api.getCloudSettings(id)),
  updateCloudOptions: ({ api, ids, good, outside }) => [
    ...ids.map((id) => () => api.updateCloudOptions(id, { seed: 1 })),
    ...waysOut(outside).map(
      (mask) => () =>
        api.updateCloudOptions(good, { shape: 'mask', mask: mask.replace(/\.md$/, '.png') })
    )
  ],
  updateFolderCloudSettings: ({ api, good }) => [
    () => api.updateFolderCloudSettings({ pattern: '../../outside/{title}.jpg' }),
    () => api.updateFolderCloudSettings({ pattern: '/tmp/{title}.jpg' }),
    () => api.updateFolderCloudSettings({ pattern: '{title}/../../../outside/x.jpg' }),
    // Had a pattern got through, this export would write where it leads.
    () => api.exportCloud(good, b64(fakeJpeg()))
  ],
  addFolderWords: { none: 'writes the folder’s own .postcloud lists; words name no place' },
  saveCloudMask: ({ api, outside }) =>
    waysOut(outside).map(
      (name) => () => api.saveCloudMask(name.replace(/\.md$/, '.png'), b64(fakePng()))
    ),
  backupBuffer: ({ api, ids }) =>
    ids.map((id) => () => api.backupBuffer(id, 'unsaved', null, randomUUID())),
  discardBackup: ({ api, ids }) => ids.map((id) => () => api.discardBackup(id)),
  listRecoverable: { none: 'no arguments; the data folder' },
  listHistory: ({ api, ids }) => ids.map((id) => () => api.listHistory(id)),
  readHistoryVersion: ({ api, ids, good, outside }) => [
    ...ids.map((id) => () => api.readHistoryVersion(id, 'abc-12345678')),
    ...waysOut(outside).map((version) => () => api.readHistoryVersion(good, version))
  ],
  renderSitePage: ({ api, ids, good }) => [
    ...ids.map((id) => () => api.renderSitePage(id, '---\nlayout: post\n---\ntext\n')),
    // A post that includes, links and reads data out of the folder renders nothing of it.
    () =>
      api.renderSitePage(
        good,
        '{% include ../../outside/secret.md %}{% include_relative ../../outside/secret.md %}' +
          '{% link ../outside/secret.md %}{% include /etc/passwd %}'
      )
  ]
}

describe('every contract method stays inside the open folder and the data folder', () => {
  let root: string
  let world: World
  let before: Record<string, string>
  const outcomes: { method: string; value?: unknown; error?: unknown }[] = []

  beforeAll(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-confine-')))
    const outside = join(root, 'outside')
    const folder = join(root, 'posts')
    await mkdir(outside)
    await mkdir(join(folder, '_posts'), { recursive: true })
    await writeFile(join(outside, 'secret.md'), `---\ntitle: ${secret}\n---\n${secret}\n`)
    await writeFile(join(outside, 'secret.png'), fakePng(9))
    await writeFile(join(outside, 'cloud.jpg'), fakeJpeg(9))
    const good = '_posts/2025-01-01-good.md'
    const evil = '_posts/2025-01-02-evil.md'
    await writeFile(join(folder, good), '---\ntitle: Good\n---\n正文\n')
    await writeFile(
      join(folder, evil),
      '---\ntitle: Evil\n---\n正文\n\n## 词云分析\n\n![词云图](../../outside/cloud.jpg)\n'
    )
    await symlink(outside, join(folder, 'out'))
    await symlink(join(outside, 'secret.md'), join(folder, '_posts', 'link.md'))
    const api = stubCore(join(root, 'data'))
    await api.openFolder(folder)
    world = { api, outside, ids: waysOut(outside), good, evil }
    before = await snapshot(outside)

    for (const method of contractMethods) {
      const entry = attempts[method]
      if ('none' in entry) continue
      for (const call of entry(world)) {
        await call().then(
          (value) => outcomes.push({ method, value }),
          (error: unknown) => outcomes.push({ method, error })
        )
      }
    }
  })

  afterAll(async () => {
    await world?.api.close()
    await rm(root, { recursive: true, force: true })
  })

  it('lists every method, and says why for those that take no place', () => {
    expect(Object.keys(attempts).sort()).toEqual([...contractMethods].sort())
    for (const [method, entry] of Object.entries(attempts)) {
      if ('none' in entry) expect(entry.none, method).not.toBe('')
    }
  })

  it('changes nothing outside: no file written, replaced, moved or deleted', async () => {
    expect(await snapshot(world.outside)).toEqual(before)
    // Nothing landed beside the two folders either.
    const stray = Object.keys(await snapshot(root)).filter(
      (path) => !/^(posts|data|outside)[/\\]/.test(path)
    )
    expect(stray).toEqual([])
  })

  it('refuses with a reason, never with an unexpected error', () => {
    const codes = new Set(['OUTSIDE_FOLDER', 'INVALID_ARGUMENT', 'NOT_FOUND'])
    for (const { method, error } of outcomes) {
      if (error === undefined) continue
      expect(error, method).toBeInstanceOf(PostcloudError)
      expect(codes, `${method}: ${(error as Error).message}`).toContain(
        (error as PostcloudError).code
      )
    }
  })

  it('answers nothing of what lies outside', () => {
    for (const { method, value } of outcomes) {
      expect(JSON.stringify(value) ?? '', method).not.toContain(secret)
    }
  })

  it('neither lists nor finds the files that links lead to', async () => {
    const ids = (await world.api.listPosts()).map((post) => post.id)
    expect(ids).toContain(world.good)
    expect(ids.filter((id) => id.startsWith('out/') || id === '_posts/link.md')).toEqual([])
  })

  it('remembers no mask path that names a place outside, on any machine', async () => {
    const { options } = await world.api.getCloudSettings(world.good)
    if (options.mask !== null) {
      expect(options.mask).not.toMatch(/^[/\\]|[\\:]|(^|\/)\.\.(\/|$)/)
    }
    const refused = outcomes.filter(
      ({ method, error }) =>
        method === 'updateCloudOptions' &&
        (error as PostcloudError | undefined)?.code === 'INVALID_ARGUMENT'
    )
    // Absolute, `..`, backslash, UNC and drive paths: refused as a mask before anything is read.
    expect(refused).toHaveLength(6)
  })

  it('refuses the cloud link that climbs out, whatever the writer chose for existing files', () => {
    const evil = outcomes.filter(
      ({ method, error }) =>
        method === 'exportCloud' && (error as PostcloudError | undefined)?.code === 'OUTSIDE_FOLDER'
    )
    expect(evil.length).toBeGreaterThan(0)
  })
})
