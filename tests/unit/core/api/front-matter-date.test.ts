import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CoreApi } from '@core/api'
import { PostcloudError } from '@shared/errors'
import { stubCore } from '../stub-core'

const report = '_posts/2025-11-10-clean-report.md'

// docs/BAD-INPUTS.md#bi-fm-date
/** What the window's form and `postcloud fm set` both call: a date Jekyll cannot read never lands. */
describe('updateFrontMatter and the date', () => {
  let temp: string
  let site: string
  let api: CoreApi

  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-fm-date-'))
    site = join(temp, 'site')
    await cp(resolve('tests/fixtures/lint/site'), site, { recursive: true })
    api = stubCore(join(temp, 'data'))
    await api.openFolder(site)
  })
  afterEach(async () => {
    await api.close()
    await rm(temp, { recursive: true, force: true })
  })

  it.each(['2025/13/45 25:00', '', 'yesterday', '2025-11-11 24:30', '2025-02-32'])(
    'refuses date=%j with INVALID_ARGUMENT, saying what was given and what reads, file untouched',
    async (date) => {
      const before = await readFile(join(site, report))
      const { stamp } = await api.readPost(report)
      const refusal = await api.updateFrontMatter(report, { date }, stamp).then(
        () => null,
        (error: unknown) => error
      )
      expect(refusal).toBeInstanceOf(PostcloudError)
      expect((refusal as PostcloudError).code).toBe('INVALID_ARGUMENT')
      expect((refusal as PostcloudError).message).toContain(JSON.stringify(date))
      expect((refusal as PostcloudError).message).toContain('2025-11-11 15:33:03 +0800')
      expect(await readFile(join(site, report))).toEqual(before)
      expect(await api.listHistory(report)).toEqual([])
    }
  )

  it('refuses a date that is not text, and a title change sent with it', async () => {
    const before = await readFile(join(site, report))
    const { stamp } = await api.readPost(report)
    await expect(
      api.updateFrontMatter(report, { title: '新标题', date: 20251111 }, stamp)
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
    expect(await readFile(join(site, report))).toEqual(before)
  })

  it('writes a date Jekyll reads, removes the key, and leaves other keys free text', async () => {
    let { stamp } = await api.readPost(report)
    ;({ stamp } = await api.updateFrontMatter(report, { date: '2025-11-12 08:00' }, stamp))
    ;({ stamp } = await api.updateFrontMatter(report, { posttime: '2025/13/45 25:00' }, stamp))
    const written = await readFile(join(site, report), 'utf8')
    expect(written).toContain('date: 2025-11-12 08:00\n')
    expect(written).toContain('posttime: "2025/13/45 25:00"\n')
    await api.updateFrontMatter(report, { date: null }, stamp)
    expect(await readFile(join(site, report), 'utf8')).not.toMatch(/^date:/m)
  })
})
