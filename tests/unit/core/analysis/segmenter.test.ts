import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import * as nodejieba from 'nodejieba'
import {
  cutIds,
  cutWord,
  jiebaIdfPath,
  known,
  loadSegmenter,
  newPostVocabulary
} from '@core/analysis/segmenter'
import { loadIdfIndex } from '@core/analysis/idf'

// The segmenter normally lives in a worker; here it is loaded in the test thread to pin down
// nodejieba's behaviour that the design relies on.
const dir = mkdtempSync(join(tmpdir(), 'postcloud-seg-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** cutIds' words in text order. */
function cut(text: string): string[] {
  return Array.from(cutIds(text), cutWord)
}

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

  it('numbers a word the same in every cut of the thread', () => {
    loadSegmenter()
    const [model, and, model2, comma, model3] = cutIds('模型和模型，模型')
    expect([model2, model3]).toEqual([model, model])
    expect(new Set([model, and, comma]).size).toBe(3)
    expect([cutWord(model), cutWord(and), cutWord(comma)]).toEqual(['模型', '和', '，'])
    expect([...cutIds('，模型')]).toEqual([comma, model])
  })

  it('numbers each post from 0 in the order met, whatever the thread cut before', () => {
    loadSegmenter()
    const number = (text: string): [string[], number[]] => {
      const vocabulary = newPostVocabulary()
      const ids = Array.from(cutIds(text), (id) => vocabulary.ofShared(id))
      return [vocabulary.words, ids]
    }
    const first = number('推理成本下降，推理更快')
    cutIds('成本和多模态模型')
    expect(number('推理成本下降，推理更快')).toEqual(first)
    expect(first).toEqual([
      ['推理', '成本', '下降', '，', '更快'],
      [0, 1, 2, 3, 0, 4]
    ])
    // A word numbered in JS before jieba ever cut it: the cut's number for it is the same.
    const vocabulary = newPostVocabulary()
    const joined = vocabulary.id('Qzxv')
    expect(Array.from(cutIds('用Qzxv'), (id) => vocabulary.ofShared(id))).toEqual([1, joined])
    expect(vocabulary.words).toEqual(['Qzxv', '用'])
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

  // cutIds finds the best split and the HMM runs its own way (patches/nodejieba+3.5.8.patch):
  // every word of real posts must still come out as jieba's MixSegment cuts it, also with user
  // words of one character (which stop an HMM run) and characters beyond the BMP.
  it('cuts the sample posts and the word fixtures exactly as nodejieba’s own cut', () => {
    const posts = join('resources', 'sample-posts', '_posts')
    const texts = [
      ...readdirSync(posts).map((name) => readFileSync(join(posts, name), 'utf8')),
      readFileSync(join('tests', 'fixtures', 'words', 'phrase-boundaries.md'), 'utf8'),
      '𠀀𠀁模型😀，且低且高𪚥𪚥。具身智能\t和 多模态\u3000推理'
    ]
    for (const userDict of [[], [dict('singles.txt', '且 100 c\n低 50\n具身智能 n\n𪚥 n\n')]]) {
      loadSegmenter({ userDict })
      for (const text of texts) expect(cut(text)).toEqual(nodejieba.cut(text, true))
    }
  })

  it('keeps nodejieba’s TextRank extractor working on the shared dictionary', () => {
    loadSegmenter({ userDict: [dict('textrank.txt', '焱垚鑫淼 n\n')] })
    const text = '焱垚鑫淼的方案。我们讨论焱垚鑫淼和模型。焱垚鑫淼很重要，模型也重要。'
    expect(cut(text)).toContain('焱垚鑫淼')
    expect(nodejieba.textRankExtract(text, 5).map((item) => item.word)).toContain('焱垚鑫淼')
  })

  it('refuses insertWord, which would change the dictionary other threads are cutting with', () => {
    loadSegmenter()
    expect(() => nodejieba.insertWord('焱垚鑫淼')).toThrow(/shared between threads/)
  })

  it('gives a second thread that loads the same files the same dictionary, not a copy', async () => {
    loadSegmenter()
    // The worker loads what loadSegmenter() loaded; a copy of the dictionary would add ~100 MB.
    const defaults = nodejieba as unknown as Record<string, string>
    const files = {
      dict: defaults.DEFAULT_DICT,
      hmmDict: defaults.DEFAULT_HMM_DICT,
      userDict: defaults.DEFAULT_USER_DICT,
      idfDict: defaults.DEFAULT_IDF_DICT,
      stopWordDict: defaults.DEFAULT_STOP_WORD_DICT
    }
    const script = `
      const { parentPort, workerData } = require('node:worker_threads')
      const jieba = require(workerData.module)
      const before = process.memoryUsage().rss
      jieba.load(workerData.files)
      parentPort.postMessage({ grew: process.memoryUsage().rss - before, cut: jieba.cut('大语言模型', true) })`
    const worker = new Worker(script, {
      eval: true,
      workerData: { module: require.resolve('nodejieba'), files }
    })
    const reply = await new Promise<{ grew: number; cut: string[] }>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    expect(reply.cut).toEqual(nodejieba.cut('大语言模型', true))
    expect(reply.grew).toBeLessThan(40 * 1024 * 1024)
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
