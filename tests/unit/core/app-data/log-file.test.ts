import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLog } from '@core/app-data/log-file'

describe('the log file', () => {
  let dataDir: string
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'postcloud-log-'))
  })
  afterEach(() => rm(dataDir, { recursive: true, force: true }))

  it('appends lines with time, level and the error’s stack to <data>/logs/<name>.log', async () => {
    const log = openLog(dataDir, 'main')
    log.info('started')
    log.error('could not open the folder', new Error('EACCES'))
    const text = await readFile(join(dataDir, 'logs', 'main.log'), 'utf8')
    const lines = text.trim().split('\n')
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO started$/)
    expect(lines[1]).toMatch(/ERROR could not open the folder: Error: EACCES/)
  })

  it('moves a full log aside and keeps writing', async () => {
    await mkdir(join(dataDir, 'logs'))
    await writeFile(join(dataDir, 'logs', 'web.log'), 'x'.repeat(1024 * 1024 + 1))
    openLog(dataDir, 'web').info('after rotation')
    expect((await readdir(join(dataDir, 'logs'))).sort()).toEqual(['web.1.log', 'web.log'])
    expect(await readFile(join(dataDir, 'logs', 'web.log'), 'utf8')).toMatch(/after rotation\n$/)
  })

  it('never throws when the data folder cannot hold a log', async () => {
    const blocked = join(dataDir, 'file')
    await writeFile(blocked, '')
    expect(() => openLog(blocked, 'main').error('lost', new Error('x'))).not.toThrow()
  })
})
