import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFolderWords } from '@core/cloud'
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

/** Words as a transport brings them: checked by the contract's argument table first. */
async function addFromWire(list: unknown, words: unknown): Promise<string[]> {
  return addFolderWords(f.dir, ...checkArguments('addFolderWords', [list, words]))
}

describe('adding words to the folder’s lists', () => {
  it('creates the file (and .postcloud/) with one word a line', async () => {
    expect(await addFolderWords(f.dir, 'stopwords', ['本周', '下周'])).toEqual(['本周', '下周'])
    expect(await f.text('.postcloud/stopwords.txt')).toBe('本周\n下周\n')
    await addFolderWords(f.dir, 'userdict', ['云图引擎'])
    expect(await f.text('.postcloud/userdict.txt')).toBe('云图引擎\n')
  })

  it('keeps the existing bytes, adds a line break first when the file lacks one', async () => {
    const existing = Buffer.from('\ufeff# 团队停用词\r\n模型\r\nAI', 'utf8')
    await f.write('.postcloud/stopwords.txt', existing)
    await addFolderWords(f.dir, 'stopwords', ['推理'])
    const after = await f.bytes('.postcloud/stopwords.txt')
    expect(after.subarray(0, existing.length).equals(existing)).toBe(true)
    expect(after.subarray(existing.length).toString('utf8')).toBe('\r\n推理\r\n')
  })

  it('skips words already there (Latin stopwords in any case) and repeated ones', async () => {
    await f.write('.postcloud/stopwords.txt', 'AI\n模型\n')
    expect(await addFolderWords(f.dir, 'stopwords', ['ai', '模型', '推理', '推理'])).toEqual([
      '推理'
    ])
    expect(await f.text('.postcloud/stopwords.txt')).toBe('AI\n模型\n推理\n')
    expect(await addFolderWords(f.dir, 'stopwords', ['模型'])).toEqual([])
    expect(await f.text('.postcloud/stopwords.txt')).toBe('AI\n模型\n推理\n')
  })

  it('knows a user dictionary word by its first column', async () => {
    await f.write('.postcloud/userdict.txt', '认知核心 10 n\n')
    expect(await addFolderWords(f.dir, 'userdict', ['认知核心', 'AI'])).toEqual(['AI'])
    expect(await f.text('.postcloud/userdict.txt')).toBe('认知核心 10 n\nAI\n')
  })

  it.each([
    [['two words'], 'spaces'],
    [['a|b'], '|'],
    [['a;b'], ';'],
    [['tab\there'], 'spaces'],
    [['bell\u0007'], 'control'],
    [['#comment'], 'comment'],
    [['x'.repeat(51)], '50'],
    [[''], 'empty'],
    [[], '1 to 1000'],
    [[7], 'must be a list of words']
  ])('refuses %j (%s) and writes nothing', async (words, reason) => {
    expect(await messageOf(addFromWire('userdict', words))).toContain(reason)
    expect(await f.exists('.postcloud/userdict.txt')).toBe(false)
  })

  it('refuses an unknown list', async () => {
    expect(await codeOf(addFromWire('keepwords', ['a']))).toBe('INVALID_ARGUMENT')
  })
})
