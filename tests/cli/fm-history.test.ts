import { existsSync } from 'node:fs'
import { chmod, copyFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import type { CoreApi } from '@core/api'
import { PostcloudError } from '@shared/errors'
import { stubCore } from '../unit/core/stub-core'
import { runCli } from './run-cli'
import type { CliRun } from './run-cli'

const built = existsSync(resolve('out/main/cli.js'))
if (!built) console.log('The CLI is not built (npm run build): the postcloud fm tests are skipped')

const report = '_posts/2025-11-10-clean-report.md'

/**
 * `postcloud fm set` writes through the same operation as the window's front matter form
 * (core/api/open-folder.ts): it keeps the version it replaces in the local history, and it is
 * refused wherever the form is, with the same words.
 */
describe.skipIf(!built)('postcloud fm set, as the window’s front matter form', () => {
  let temp: string
  let site: string
  let dataDir: string

  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-fm-'))
    site = join(temp, 'site')
    dataDir = join(temp, 'data')
    await cp(resolve('tests/fixtures/lint/site'), site, { recursive: true })
  })
  afterEach(() => rm(temp, { recursive: true, force: true }))

  function fmSet(id: string, ...assignments: string[]): Promise<CliRun> {
    return runCli(['fm', 'set', join(site, id), ...assignments], { POSTCLOUD_DATA_DIR: dataDir })
  }

  /** The window's back end on the same data folder, with the site open. */
  async function windowCore(): Promise<CoreApi> {
    const core = stubCore(dataDir)
    onTestFinished(() => core.close())
    await core.openFolder(site)
    return core
  }

  it('keeps each version it replaces in the local history the window lists', async () => {
    const original = await readFile(join(site, report), 'utf8')
    expect(await fmSet(report, 'title=第一次改名')).toEqual({ code: 0, stdout: '', stderr: '' })
    const once = await readFile(join(site, report), 'utf8')
    expect(await fmSet(report, 'draft=true')).toMatchObject({ code: 0 })

    const core = await windowCore()
    const versions = await core.listHistory(report)
    expect(versions).toHaveLength(2)
    // Newest first: the file as the second run found it, then the original.
    expect(await core.readHistoryVersion(report, versions[0].version)).toBe(once)
    expect(await core.readHistoryVersion(report, versions[1].version)).toBe(original)
  })

  it.each([
    [
      'a GBK post (read-only until converted)',
      '_posts/2025-11-21-gbk.md',
      async (path: string) => copyFile(resolve('tests/fixtures/encoding/gbk-post.md'), path),
      'BAD_ENCODING'
    ],
    [
      'a post marked read-only on disk',
      report,
      async (path: string) => chmod(path, 0o444),
      'READ_ONLY'
    ]
  ])('is refused for %s, as the form is, and changes nothing', async (_name, id, prepare, code) => {
    const path = join(site, id)
    await prepare(path)
    const before = await readFile(path)

    const core = await windowCore()
    const loaded = await core.readPost(id)
    const formRefusal = await core.updateFrontMatter(id, { title: '新标题' }, loaded.stamp).then(
      () => null,
      (error: unknown) => error
    )
    expect(formRefusal).toBeInstanceOf(PostcloudError)
    expect((formRefusal as PostcloudError).code).toBe(code)

    const run = await fmSet(id, 'title=新标题')
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`postcloud fm: ${(formRefusal as PostcloudError).message}\n`)
    expect(await readFile(path)).toEqual(before)
    expect(await core.listHistory(id)).toEqual([])
  })
})
