import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { cutIds, cutWord, jiebaIdfPath, loadSegmenter } from '@core/analysis/segmenter'
import { isNumberToken, markdownToProse } from '@shared/text'
import { joinedRuns } from '../text/joined-runs'

/**
 * Real jieba output for the word-rule tests: a fixture's prose cut line by line into token
 * lines, with '' for runs of tokens that can never be words (spaces, punctuation, numbers).
 */

export const fixture = (name: string): string =>
  readFileSync(resolve('tests/fixtures/words', name), 'utf8')

const hasLetterOrNumber = /[\p{L}\p{N}]/u

function isWordLike(token: string): boolean {
  return token.trim() === token && hasLetterOrNumber.test(token) && !isNumberToken(token)
}

export function tokenLines(markdown: string): string[][] {
  loadSegmenter()
  return markdownToProse(markdown)
    .split('\n')
    .map((prose) => {
      const line: string[] = []
      for (const token of joinedRuns(Array.from(cutIds(prose), cutWord))) {
        if (isWordLike(token)) line.push(token)
        else if (line.length > 0 && line[line.length - 1] !== '') line.push('')
      }
      return line
    })
}

let dictionary: Set<string> | undefined

/**
 * `known` as the segmenter answers it with no user dictionary loaded: the words of jieba's own
 * dictionary and of the user dictionary nodejieba ships, both beside its IDF table.
 */
export function jiebaKnown(): (word: string) => boolean {
  if (!dictionary) {
    const words = new Set<string>()
    const dir = dirname(jiebaIdfPath())
    for (const file of ['jieba.dict.utf8', 'user.dict.utf8']) {
      for (const entry of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const word = entry.split(' ')[0]
        if (word) words.add(word)
      }
    }
    dictionary = words
  }
  const words = dictionary
  return (word) => words.has(word)
}

/** Adjacent occurrences of a followed by b in the token lines. */
export function pairCount(lines: readonly (readonly string[])[], a: string, b: string): number {
  let count = 0
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) if (line[i] === a && line[i + 1] === b) count++
  }
  return count
}

export function tokenCount(lines: readonly (readonly string[])[], token: string): number {
  let count = 0
  for (const line of lines) for (const t of line) if (t === token) count++
  return count
}
