import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { idfIndexFromText } from '@core/analysis/idf'
import { proseChunks } from '@core/analysis/prose-chunks'
import { readBundledLists, readFolderLists, sanitizeUserDict } from '@core/analysis/settings'

const dir = mkdtempSync(join(tmpdir(), 'postcloud-settings-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('sanitizeUserDict', () => {
  it.each([
    ['认知核心\n', '认知核心\n'],
    ['认知核心 n\r\n', '认知核心 n\n'],
    ['多模态 5\n', '多模态 5 x\n'],
    ['多模态 5 nz\n', '多模态 5 nz\n'],
    ['多模态 0 n\n', '多模态 n\n'],
    ['\ufeff# comment\n\n  大模型   3   n  \n', '大模型 3 n\n'],
    ['a|b\nx;y\n', ''],
    ['长'.repeat(65) + '\n', ''],
    ['', '']
  ])('%j -> %j', (input, output) => {
    expect(sanitizeUserDict(input)).toBe(output)
  })
})

describe('folder and bundled lists', () => {
  it('reads a folder’s .postcloud lists, each optional', async () => {
    mkdirSync(join(dir, 'site', '.postcloud'), { recursive: true })
    writeFileSync(join(dir, 'site', '.postcloud', 'stopwords.txt'), '# mine\n模型\n')
    writeFileSync(join(dir, 'site', '.postcloud', 'userdict.txt'), '认知核心\n')
    expect(await readFolderLists(join(dir, 'site'))).toEqual({
      stopwords: ['模型'],
      keepWords: [],
      userDict: '认知核心\n'
    })
    expect(await readFolderLists(join(dir, 'nowhere'))).toEqual({
      stopwords: [],
      keepWords: [],
      userDict: ''
    })
  })

  it('reads the bundled lists and fails clearly without them', async () => {
    const lists = await readBundledLists(resolve('tests/fixtures/resources'))
    expect(lists.stopwords).toContain('的')
    expect(lists.stopwords).toContain('https')
    expect(lists.keepWords).toEqual(['车', '云'])
    await expect(readBundledLists(join(dir, 'nothing'))).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
  })
})

describe('idfIndexFromText', () => {
  it('finds the words asked for, skips malformed lines and takes the upper median', () => {
    const idf = idfIndexFromText('甲 1.5\n乙 3\n丙 2\nbad\n\n丁 x\n多 个 词 4')
    expect(idf.lookup(['乙', '丁', '戊', '甲'])).toEqual([
      ['乙', 3],
      ['甲', 1.5]
    ])
    expect(idf.lookup(['多 个 词'])).toEqual([['多 个 词', 4]])
    expect(idf.lookup(['乙', '戊'])).toEqual([['乙', 3]])
    expect(idf.median).toBe(3)
    expect(idfIndexFromText('').median).toBe(0)
  })
})

describe('proseChunks', () => {
  it.each([
    ['short text', 'abc\ndef', 100],
    ['many lines', '第一行内容\n'.repeat(1000), 64],
    ['one long line with spaces', '词语 '.repeat(5000), 256],
    ['one long line without breaks', '字'.repeat(10_000), 300],
    ['surrogate pairs', '𠀀'.repeat(1000), 101]
  ])('%s: chunks keep every character and stay small', (_name, text, size) => {
    const chunks = [...proseChunks(text, size)]
    expect(chunks.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(size)
    for (const chunk of chunks)
      expect(chunk.charCodeAt(chunk.length - 1) >> 10).not.toBe(0xd800 >> 10)
  })
})
