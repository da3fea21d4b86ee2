import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SegmentedPost } from '@core/analysis/segmented'
import { entryKey, entryPath, layoutFolder } from '@core/analysis/cache/entry-key'

/** Real posts as the cache's keys: the cache never reads them, it hashes them. */
export const fixture = (name: string): string =>
  readFileSync(resolve('tests/fixtures/analysis', name), 'utf8')
export const report = fixture('ai-report.md')
export const weekly = fixture('ev-weekly.md')
export const notes = fixture('reading-notes.md')

export const fingerprint = 'jieba-default+user:none+code:1'

/**
 * A segmentation with everything a round trip could get wrong: Han, Latin, emoji, empty lines,
 * break tokens ('') alone, in a row and at the ends, compounds. `tag` makes values differ.
 */
export function segmentation(tag = 'a'): SegmentedPost {
  return {
    chars: 1234,
    lines: [
      ['本周', '', '大', '语言', '模型', '的', '推理', '成本', ''],
      [],
      [''],
      ['', ''],
      ['GPT-4o', '', 'Transformer', '', 'naïve', 'Café', '👍🏽', '🧑‍💻', '周报'],
      [`tag-${tag}`],
      []
    ],
    keys: [
      '本周，大语言模型的推理成本。',
      '',
      '',
      '',
      'GPT-4o / Transformer naïve Café 👍🏽',
      `tag-${tag}`,
      ''
    ],
    compounds: [
      { term: '大语言模型', parts: ['大', '语言', '模型'], count: 4 },
      { term: '推理成本', parts: ['推理', '成本'], count: 3 }
    ],
    bag: { words: ['本周', '大语言模型', '的', '推理成本', `tag-${tag}`], counts: [1, 1, 1, 1, 1] },
    about: { series: '推特AI日报', categories: ['日报', 'AI'], title: `推特AI日报 ${tag}` }
  }
}

/** A big segmentation (~100 KB on disk), so a write takes long enough for others to cut into it. */
export function bigSegmentation(tag: string): SegmentedPost {
  const words = Array.from({ length: 3000 }, (_, i) => `${tag}词${i}`)
  const lines = Array.from({ length: 400 }, (_, i) =>
    Array.from({ length: 30 }, (_, j) => words[(i * 31 + j * 7) % words.length])
  )
  return {
    chars: 20_000,
    lines,
    keys: lines.map((line) => line.join('')),
    compounds: [{ term: `${tag}词1词2`, parts: ['词1', '词2'], count: 3 }],
    bag: { words, counts: words.map(() => 4) },
    about: { categories: [], title: null }
  }
}

/** Where the cache in `dir` keeps the entry of `text`. */
export function entryFile(dir: string, text: string, print = fingerprint): string {
  return entryPath(join(dir, layoutFolder), entryKey(print, text))
}
