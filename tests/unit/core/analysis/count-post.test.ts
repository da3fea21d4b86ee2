import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { WordCounter, createWordSet } from '@shared/text'
import { countPost } from '@core/analysis/count-post'
import type { CountRules } from '@core/analysis/count-post'
import { segmentPost as segmentIds } from '@core/analysis/segment-post'
import type { SegmentTools } from '@core/analysis/segment-post'
import { segmentedPostOf } from '@core/analysis/segmented'
import type { SegmentedPost } from '@core/analysis/segmented'
import { loadSegmenter } from '@core/analysis/segmenter'

const fixture = (name: string): string =>
  readFileSync(resolve('tests/fixtures/words', name), 'utf8')

let tools: SegmentTools
beforeAll(() => {
  tools = { ...loadSegmenter(), protectedWords: new Set() }
})

/** The segmentation with string token lines, as countPost reads it from the cache. */
function segmentPost(text: string, markdown: boolean, with_: SegmentTools): SegmentedPost {
  return segmentedPostOf(segmentIds(text, markdown, with_))
}

const stopwords = createWordSet(['的', '了', '在', '是', '和'])
function rules(changes: Partial<CountRules> = {}): CountRules {
  return {
    tokens: { stopwords, keepWords: new Set() },
    split: new Set(),
    protectedWords: new Set(),
    ...changes
  }
}

function count(post: SegmentedPost, countRules: CountRules): Map<string, number> {
  const counter = new WordCounter()
  countPost(post, countRules, counter)
  return counter.counts
}

/** The same post with a compound that never occurs, split: countPost then walks every token. */
function walked(post: SegmentedPost): { post: SegmentedPost; split: Set<string> } {
  const ghost = { term: '从未出现', parts: ['从未', '出现'], count: 0 }
  return { post: { ...post, compounds: [...post.compounds, ghost] }, split: new Set([ghost.term]) }
}

describe('countPost', () => {
  it('counts a post from its bag exactly as a walk of every token would', () => {
    const post = segmentPost(fixture('embodied-ai-weekly.md'), true, tools)
    const skipLine = (key: string): boolean => key.includes('具身智能')
    for (const extra of [{}, { skipLine }]) {
      const other = walked(post)
      expect(count(post, rules(extra))).toEqual(
        count(other.post, rules({ ...extra, split: other.split }))
      )
    }
    expect(count(post, rules()).get('具身智能')).toBeGreaterThanOrEqual(10)
  })

  it('counts a split term as its parts', () => {
    const post = segmentPost(fixture('embodied-ai-weekly.md'), true, tools)
    const whole = count(post, rules())
    const split = count(post, rules({ split: new Set(['具身智能']) }))
    expect(split.get('具身智能')).toBeUndefined()
    expect(split.get('具身')).toBe((whole.get('具身') ?? 0) + (whole.get('具身智能') ?? 0))
  })

  it('never drops a user-dictionary word, not even on a skipped line', () => {
    const dictionary = ['具身智能', '推文', '低且', '认知核心', 'Postcloud']
    const dir = mkdtempSync(join(tmpdir(), 'postcloud-count-post-'))
    writeFileSync(join(dir, 'userdict.txt'), dictionary.join('\n') + '\n')
    loadSegmenter({ userDict: [join(dir, 'userdict.txt')] })
    onTestFinished(() => {
      loadSegmenter()
      rmSync(dir, { recursive: true, force: true })
    })
    const userWord = fc.constantFrom(...dictionary)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(userWord, fc.boolean()), { minLength: 1, maxLength: 12 }),
        (placed) => {
          const protectedWords = new Set(placed.map(([word]) => word))
          const text = placed
            .map(([word, boiler], i) =>
              boiler ? `模板行 ${word} 的说明` : `第${i}段 ${word} 很重要。`
            )
            .join('\n')
          const post = segmentPost(text, true, { ...tools, protectedWords })
          const counts = count(
            post,
            rules({ protectedWords, skipLine: (key) => key.startsWith('模板行') })
          )
          for (const word of protectedWords) {
            const expected = placed.filter(([w]) => w === word).length
            expect(counts.get(word.toLowerCase()) ?? counts.get(word)).toBe(expected)
          }
        }
      ),
      { seed: 15, numRuns: 60 }
    )
  })
})
