import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { idfIndexFromText } from '@core/analysis/idf'
import { memoizedIdf } from '@core/analysis/idf-memo'

const dir = mkdtempSync(join(tmpdir(), 'postcloud-idf-memo-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const text = ['模型 3.5', '推理 7.25', '数据 5', 'GPU 9'].join('\n') + '\n'
const table = join(dir, 'idf.utf8')
writeFileSync(table, text)
const cacheDir = join(dir, 'cache')
const words = ['模型', '推理', '未知', 'GPU']

describe('memoizedIdf', () => {
  it('answers as the table does, then from its memo in a later run, misses included', async () => {
    const plain = idfIndexFromText(text)
    const first = memoizedIdf(table, cacheDir, 'code-1')
    expect(first.lookup(words)).toEqual(plain.lookup(words))
    expect(first.median).toBe(plain.median)
    await first.save()
    const memoFiles = readdirSync(cacheDir).filter((name) => name.startsWith('idf-'))
    expect(memoFiles).toHaveLength(1)

    // The table now says otherwise: a run that reads the memo keeps the remembered answers.
    const later = memoizedIdf(table, cacheDir, 'code-1')
    writeFileSync(table, text.replace('模型 3.5', '模型 1'))
    expect(later.lookup(words)).toEqual(plain.lookup(words))
    writeFileSync(table, text)
  })

  it('ignores a damaged memo and answers from the table', async () => {
    const first = memoizedIdf(table, cacheDir, 'code-2')
    first.lookup(words)
    await first.save()
    for (const name of readdirSync(cacheDir)) writeFileSync(join(cacheDir, name), '{"words":[1]}')
    const again = memoizedIdf(table, cacheDir, 'code-2')
    expect(again.lookup(words)).toEqual(idfIndexFromText(text).lookup(words))
  })
})
