import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCloudSettings, updateFolderCloudSettings } from '@core/cloud'
import { checkPattern } from '@core/cloud/folder-settings-check'
import type { FolderCloudSettings } from '@shared/cloud/settings'
import { checkArguments } from '@shared/contract-arguments/table'
import { codeOf, messageOf, openFixture } from './helpers'
import type { Folder } from './helpers'

let f: Folder

beforeEach(async () => {
  f = await openFixture('plain')
})
afterEach(async () => {
  await f.dispose()
})

/** A change as a transport brings it: checked by the contract's argument table first. */
async function updateFromWire(changes: unknown): Promise<FolderCloudSettings> {
  return updateFolderCloudSettings(
    f.store,
    ...checkArguments('updateFolderCloudSettings', [changes])
  )
}

describe('the cloud file name pattern', () => {
  it.each([
    'wordcloud_{title}',
    '{date}-{slug}',
    '词云_{title}_{date}',
    'cloud_{title}.jpg',
    'wordcloud',
    '词云图'
  ])('accepts %s', (pattern) => {
    expect(checkPattern(pattern)).toBe(pattern)
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(201), '200'],
    ['clouds/{title}', '/'],
    ['clouds\\{title}', '/'],
    ['{name}', '{name}'],
    ['{title}\u0000', 'control'],
    ['my cloud', 'file name'],
    ['.hidden', 'file name'],
    ['a:b', 'file name'],
    [42, 'empty']
  ])('refuses %j, saying %s', async (pattern, reason) => {
    expect(() => checkPattern(pattern)).toThrow(reason)
    expect(await codeOf(updateFromWire({ pattern }))).toBe('INVALID_ARGUMENT')
  })

  it('is saved for the folder and read back', async () => {
    const folder = await updateFolderCloudSettings(f.store, { pattern: '{date}_{slug}' })
    expect(folder.pattern).toBe('{date}_{slug}')
    expect((await readCloudSettings(f.dir)).folder.pattern).toBe('{date}_{slug}')
  })
})

describe('word edits', () => {
  it('add, replace and remove (null) entries of merge and rename', async () => {
    await updateFolderCloudSettings(f.store, {
      merge: { 模型们: '模型', LLMs: 'LLM' },
      rename: { ai: 'AI' }
    })
    const folder = await updateFolderCloudSettings(f.store, {
      merge: { LLMs: null, 大模型: '模型' },
      rename: { ai: 'A.I.', gpt: 'GPT' }
    })
    expect(folder.edits).toEqual({
      merge: { 模型们: '模型', 大模型: '模型' },
      rename: { ai: 'A.I.', gpt: 'GPT' }
    })
    expect((await readCloudSettings(f.dir)).folder).toEqual(folder)
  })

  it('allow a chain of merges', async () => {
    const folder = await updateFolderCloudSettings(f.store, { merge: { a: 'b', b: 'c' } })
    expect(folder.edits.merge).toEqual({ a: 'b', b: 'c' })
  })

  it.each([
    [{ merge: { 模型: '模型' } }, 'itself'],
    [{ merge: { a: 'b', b: 'a' } }, 'a → b → a'],
    [{ merge: { '': 'x' } }, 'empty'],
    [{ merge: { x: '' } }, 'empty'],
    [{ merge: { x: 'y'.repeat(51) } }, '50'],
    [{ rename: { ['z'.repeat(51)]: 'y' } }, '50'],
    [{ rename: { x: 'a\tb' } }, 'control'],
    [{ merge: ['a', 'b'] }, 'merge must be an object'],
    [{ merge: { x: 3 } }, 'merge › "x" must be text'],
    [{ colours: {} }, '"colours" is not known']
  ])('refuse %j, saying %s, and change nothing', async (changes, reason) => {
    await updateFolderCloudSettings(f.store, { merge: { c: 'd' } })
    const before = await f.text('.postcloud/cloud.json')
    expect(await messageOf(updateFromWire(changes))).toContain(reason)
    expect(await f.text('.postcloud/cloud.json')).toBe(before)
  })

  it('refuse a cycle closed by a later change', async () => {
    await updateFolderCloudSettings(f.store, { merge: { a: 'b', b: 'c' } })
    expect(await messageOf(updateFolderCloudSettings(f.store, { merge: { c: 'a' } }))).toContain(
      'circle'
    )
    // Removing a link of the would-be cycle first makes it fine.
    const folder = await updateFolderCloudSettings(f.store, { merge: { a: null, c: 'a' } })
    expect(folder.edits.merge).toEqual({ b: 'c', c: 'a' })
  })

  it('a cycle written into the file by hand is broken on reading', async () => {
    await f.write(
      '.postcloud/cloud.json',
      JSON.stringify({ version: 1, edits: { merge: { a: 'b', b: 'a', x: 'x', y: 'z' } } })
    )
    const merge = (await readCloudSettings(f.dir)).folder.edits.merge
    expect(merge.y).toBe('z')
    expect(merge.x).toBeUndefined()
    expect(Object.keys(merge)).toHaveLength(2)
  })

  it('a __proto__ word is an ordinary entry', async () => {
    const folder = await updateFromWire(JSON.parse('{"rename": {"__proto__": "proto"}}'))
    expect(Object.hasOwn(folder.edits.rename, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).proto).toBeUndefined()
    const read = (await readCloudSettings(f.dir)).folder.edits.rename
    expect(Object.hasOwn(read, '__proto__')).toBe(true)
  })
})
