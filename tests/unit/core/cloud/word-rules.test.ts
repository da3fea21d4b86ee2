import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCloudSettings, updateFolderCloudSettings } from '@core/cloud'
import { checkArguments } from '@shared/contract-arguments/table'
import { codeOf, openFixture } from './helpers'
import type { Folder } from './helpers'

const settingsFile = '.postcloud/cloud.json'
let f: Folder

beforeEach(async () => {
  f = await openFixture('plain')
})
afterEach(async () => {
  await f.dispose()
})

describe('the folder’s word rules', () => {
  it('are the defaults, and stay out of the file, until the writer changes them', async () => {
    const settings = await updateFolderCloudSettings(f.store, { pattern: 'cloud_{slug}' })
    expect(settings.rules).toEqual({ split: [], boilerplate: true })
    expect(JSON.parse(await f.text(settingsFile))).not.toHaveProperty('rules')
  })

  it('remember split terms and the boilerplate switch in .postcloud/cloud.json', async () => {
    await updateFolderCloudSettings(f.store, { split: { 具身智能: true, 多模态: true } })
    const after = await updateFolderCloudSettings(f.store, {
      split: { 多模态: false },
      boilerplate: false
    })
    expect(after.rules).toEqual({ split: ['具身智能'], boilerplate: false })
    expect(JSON.parse(await f.text(settingsFile)).rules).toEqual({
      split: ['具身智能'],
      boilerplate: false
    })
    expect((await readCloudSettings(f.store.info().path)).folder.rules).toEqual(after.rules)
  })

  it('drop what a hand-edited file gets wrong instead of failing', async () => {
    await f.write(
      settingsFile,
      JSON.stringify({
        version: 1,
        rules: { split: ['具身智能', 7, '', '具身智能'], boilerplate: 'no' }
      })
    )
    expect((await readCloudSettings(f.store.info().path)).folder.rules).toEqual({
      split: ['具身智能'],
      boilerplate: true
    })
  })

  it('refuse a change that is not a term to split or a switch', () => {
    expect(() =>
      checkArguments('updateFolderCloudSettings', [{ split: { 模型: 'yes' } }])
    ).toThrow()
    expect(() => checkArguments('updateFolderCloudSettings', [{ boilerplate: 1 }])).toThrow()
  })

  it('refuse an empty term', async () => {
    expect(await codeOf(updateFolderCloudSettings(f.store, { split: { ' ': true } }))).toBe(
      'INVALID_ARGUMENT'
    )
  })
})
