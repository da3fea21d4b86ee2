import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreApi } from '@core/api'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import type { ContractMethod } from '@shared/contract'
import { stubCore } from '../core/stub-core'
import { rawRequest } from './raw-request'
import type { Reply } from './raw-request'

// docs/BAD-INPUTS.md#bi-host-path-out: post ids that lead out of the open folder (climbs,
// absolute and encoded paths, symlinks) are refused with a clear error. The asset paths are in
// real-core-assets.test.ts; here the post ids, over HTTP into the real core on a real folder.
// (tests/unit/core/api/confinement.test.ts calls every method of the core directly.)

const secret = 'SECRET-OUTSIDE-THE-FOLDER'
const post = '_posts/2025-01-01-a.md'
const postText = '---\ntitle: a\n---\n\ntext\n'
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64')

/**
 * Post ids that lead out of `posts/` to `secret/` beside it by their letters alone (`TEMP` stands
 * for the temp folder, known only once it is made).
 */
const spelledOut: [string, string][] = [
  ['a climb', '../secret/secret.md'],
  ['a climb from a subfolder', '_posts/../../secret/secret.md'],
  ['an absolute path', 'TEMP/secret/secret.md'],
  ['an encoded climb', '%2e%2e%2fsecret%2fsecret.md'],
  ['a double-encoded climb', '%252e%252e%252fsecret%252fsecret.md'],
  ['a backslash climb', '..\\secret\\secret.md'],
  ['a UNC path', '\\\\host\\share\\secret.md'],
  ['a UNC path with slashes', '//host/share/secret.md'],
  ['a Windows drive', 'C:\\Windows\\win.ini']
]

/** Post ids that look harmless and lead out through a symbolic link in the folder. */
const linkedOut: [string, string][] = [
  ['a symlink to a post outside', 'escape.md'],
  ['a post in a symlinked folder outside', 'linked/secret.md'],
  ['a new post in a symlinked folder outside', 'linked/new.md']
]

/**
 * Methods that take a post id, with the arguments around it and the ids to try. The local
 * history lives in the app's data folder, keyed by the id's letters, and never opens the post:
 * a symlinked id names no file there, so only the spelled-out ways are refused.
 */
const methods: [ContractMethod, (id: string) => unknown[], [string, string][]][] = [
  ['readPost', (id) => [id], [...spelledOut, ...linkedOut]],
  ['savePost', (id) => [id, 'overwritten', null], [...spelledOut, ...linkedOut]],
  ['deletePost', (id) => [id], [...spelledOut, ...linkedOut]],
  ['renamePost', (id) => [id, 'renamed.md'], [...spelledOut, ...linkedOut]],
  ['getCloudSettings', (id) => [id], [...spelledOut, ...linkedOut]],
  ['listHistory', (id) => [id], spelledOut]
]

describe('post ids leading outside the open folder, over HTTP into the real core', () => {
  let temp: string
  let core: CoreApi
  let host: WebHost

  const call = (method: string, args: unknown[]): Promise<Reply> =>
    rawRequest(host.origin, `/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args })
    })

  /** Every file under `secret/` with its text. */
  async function secretFolder(): Promise<Record<string, string>> {
    const dir = join(temp, 'secret')
    const names = await readdir(dir)
    const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')))
    return Object.fromEntries(names.map((name, i) => [name, texts[i]]))
  }

  /** Asserts a refusal with a code and a message that says why, and no secret in the answer. */
  function expectRefused(reply: Reply): void {
    expect(reply.body).not.toContain(secret)
    const { error } = JSON.parse(reply.body)
    expect([
      [403, 'OUTSIDE_FOLDER'],
      [400, 'INVALID_ARGUMENT']
    ]).toContainEqual([reply.status, error.code])
    if (error.code === 'OUTSIDE_FOLDER') expect(error.message).toMatch(/outside the open folder/)
    else expect(error.message).not.toBe('')
  }

  beforeAll(async () => {
    temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-ids-')))
    const folder = join(temp, 'posts')
    await mkdir(join(folder, '_posts'), { recursive: true })
    await mkdir(join(temp, 'secret'))
    await writeFile(join(temp, 'secret', 'secret.md'), `---\ntitle: s\n---\n\n${secret}\n`)
    await writeFile(join(folder, post), postText)
    await symlink(join(temp, 'secret', 'secret.md'), join(folder, 'escape.md'))
    await symlink(join(temp, 'secret'), join(folder, 'linked'))
    await mkdir(join(temp, 'renderer'))
    await writeFile(join(temp, 'renderer', 'index.html'), '<!doctype html><title>Postcloud</title>')
    core = stubCore(join(temp, 'data'))
    await core.openFolder(folder)
    host = await startWebHost({ api: core, rendererDir: join(temp, 'renderer') })
  })
  afterAll(async () => {
    await host.close()
    await core.close()
    await rm(temp, { recursive: true, force: true })
  })

  describe.each(methods)('%s', (method, argsFor, ids) => {
    it.each(ids)('refuses %s', async (_name, id) => {
      const before = await secretFolder()
      const reply = await call(method, argsFor(id.replace('TEMP', temp)))
      expectRefused(reply)
      expect(await secretFolder()).toEqual(before)
      // The folder's own post is still there and readable.
      const good = await call('readPost', [post])
      expect(good.status).toBe(200)
      expect(JSON.parse(good.body).result.raw).toBe(postText)
    })
  })

  it.each([
    ['a climb', '../../secret/renamed.md'],
    ['a subfolder', 'sub/renamed.md'],
    ['a backslash', '..\\renamed.md'],
    ['an absolute path', '/tmp/renamed.md']
  ])('refuses to rename a post to %s', async (_name, fileName) => {
    const before = await secretFolder()
    expectRefused(await call('renamePost', [post, fileName]))
    expect(await secretFolder()).toEqual(before)
    expect(await readFile(join(temp, 'posts', post), 'utf8')).toBe(postText)
  })

  // The name of a pasted image is only a suggestion: its last segment is kept, cleaned, and the
  // image goes under a free name to the site's `assets/` (the folder has `_posts/`: a Jekyll site).
  it.each([
    ['a climb', '../../secret/x.png'],
    ['a backslash climb', '..\\..\\secret\\x.png'],
    ['an absolute path', 'TEMP/secret/x.png'],
    ['a UNC path', '\\\\host\\share\\x.png']
  ])('saves an image named %s inside the folder, by its last segment', async (_name, fileName) => {
    const before = await secretFolder()
    const reply = await call('saveImage', [post, png, fileName.replace('TEMP', temp)])
    expect(reply.status).toBe(200)
    const { path } = JSON.parse(reply.body).result
    expect(path).toMatch(/^assets\/x(-\d+)?\.png$/)
    expect((await readFile(join(temp, 'posts', path))).toString('base64')).toBe(png)
    expect(await secretFolder()).toEqual(before)
  })
})
