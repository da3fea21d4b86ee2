import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as nodejieba from 'nodejieba'
import { cut, jiebaIdfPath, known, loadSegmenter } from '@core/analysis/segmenter'
import { loadIdfIndex } from '@core/analysis/idf'

// The segmenter normally lives in a worker; here it is loaded in the test thread to pin down
// nodejieba's behaviour that the design relies on.
const dir = mkdtempSync(join(tmpdir(), 'postcloud-seg-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function dict(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('segmenter', () => {
  it('cuts with HMM on, so unknown Latin words stay whole', () => {
    loadSegmenter()
    expect(cut('MIRA 发布了新的多模态模型')).toContain('MIRA')
    expect(cut('认知核心').join('')).toBe('认知核心')
  })

  it('loads user dictionaries, and can load again in the same thread', () => {
    const first = dict('a.txt', '认知核心 n\n')
    const second = dict('b.txt', '多模态 5 n\n')
    loadSegmenter({ userDict: [first, second] })
    expect(cut('认知核心和多模态')).toEqual(['认知核心', '和', '多模态'])
    loadSegmenter()
    expect(cut('认知核心和多模态')).not.toContain('认知核心')
  })

  it('can load with stub files for the keyword extractors it never uses', () => {
    const stubs = { idf: dict('idf.txt', 'postcloud 1.0\n'), stopWords: dict('stop.txt', 'x\n') }
    loadSegmenter({ extractorStubs: stubs })
    expect(cut('MIRA 发布了新的多模态模型')).toContain('MIRA')
    expect(() => loadSegmenter({ extractorStubs: { ...stubs, idf: join(dir, 'no.txt') } })).toThrow(
      /cannot be read/
    )
  })

  it('knows the words of jieba’s dictionary and of the loaded user dictionaries, not HMM debris', () => {
    const user = dict('known.txt', '鑫淼焱垚 n\n')
    const segmenter = loadSegmenter({ userDict: [user] })
    expect(segmenter.known('人工智能')).toBe(true)
    expect(known('鑫淼焱垚')).toBe(true)
    expect(known('低且')).toBe(false)
    expect(known('')).toBe(false)
    loadSegmenter()
    expect(known('鑫淼焱垚')).toBe(false)
  })

  it('cuts exactly as nodejieba’s own cut, also around line breaks, U+0000 and empty text', () => {
    loadSegmenter()
    for (const text of [
      '',
      '大语言模型\n\n推理成本 下降。\r\nMIRA 2.0',
      'a\u0000b 模型\u0000',
      '\n'
    ]) {
      expect(cut(text)).toEqual(nodejieba.cut(text, true))
    }
  })

  it('shares its dictionary with nodejieba’s TextRank extractor instead of loading a second one', () => {
    // Its own user dictionary, so the word inserted below leaves with the next load.
    loadSegmenter({ userDict: [dict('textrank.txt', '模型 n\n')] })
    const text = '焱垚鑫淼的方案。我们讨论焱垚鑫淼和模型。焱垚鑫淼很重要，模型也重要。'
    nodejieba.insertWord('焱垚鑫淼')
    expect(cut(text)).toContain('焱垚鑫淼')
    // An extractor with a dictionary of its own would not see the inserted word.
    expect(nodejieba.textRankExtract(text, 5).map((item) => item.word)).toContain('焱垚鑫淼')
  })

  it('refuses a missing user dictionary instead of letting cppjieba abort the process', () => {
    expect(() => loadSegmenter({ userDict: [join(dir, 'missing.txt')] })).toThrow(/cannot be read/)
    expect(() => loadSegmenter({ userDict: ['/tmp/a|b.txt'] })).toThrow(/cannot contain/)
  })

  it('finds jieba’s IDF table', () => {
    const idf = loadIdfIndex(jiebaIdfPath())
    const [[word, value]] = idf.lookup(['模型', 'NotAWord'])
    expect(word).toBe('模型')
    expect(value).toBeGreaterThan(0)
    expect(idf.median).toBeGreaterThan(5)
  })
})
