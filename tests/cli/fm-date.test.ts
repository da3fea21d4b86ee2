import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './run-cli'
import type { CliRun } from './run-cli'

const built = existsSync(resolve('out/main/cli.js'))
if (!built) console.log('The CLI is not built (npm run build): the fm date tests are skipped')

const report = '_posts/2025-11-10-clean-report.md'

// docs/BAD-INPUTS.md#bi-fm-date
/** `postcloud fm set` never writes a date that would stop `jekyll build`, unless --force. */
describe.skipIf(!built)('postcloud fm set date=…', () => {
  let temp: string
  let post: string

  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-fm-date-'))
    await cp(resolve('tests/fixtures/lint/site'), join(temp, 'site'), { recursive: true })
    post = join(temp, 'site', report)
  })
  afterEach(() => rm(temp, { recursive: true, force: true }))

  function fmSet(...args: string[]): Promise<CliRun> {
    return runCli(['fm', 'set', post, ...args], { POSTCLOUD_DATA_DIR: join(temp, 'data') })
  }

  it('exits 1 for a date that cannot be read, says why, and leaves the file byte-identical', async () => {
    const before = await readFile(post)
    const run = await fmSet('date=2025/13/45 25:00', 'title=新标题')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('"2025/13/45 25:00"')
    expect(run.stderr).toContain('2025-11-11 15:33:03 +0800')
    expect(await readFile(post)).toEqual(before)
  })

  it('writes a date that reads, and with --force one that does not', async () => {
    expect(await fmSet('date=2025-11-12 08:00:00 +0800')).toEqual({
      code: 0,
      stdout: '',
      stderr: ''
    })
    expect(await readFile(post, 'utf8')).toContain('date: 2025-11-12 08:00:00 +0800\n')

    expect(await fmSet('date=2025/13/45 25:00', '--force')).toMatchObject({ code: 0 })
    expect(await readFile(post, 'utf8')).toContain('date: 2025/13/45 25:00\n')
  })
})
