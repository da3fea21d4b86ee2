import { LatinRuns } from '@shared/text'
import { Vocabulary } from '@shared/words'

/** A line of tokens with its Latin runs joined, as the segmenter joins them (on numbers). */
export function joinedRuns(tokens: readonly string[]): string[] {
  const vocabulary = new Vocabulary()
  const ids = Int32Array.from(tokens, (token) => vocabulary.id(token))
  const out: string[] = []
  new LatinRuns(vocabulary).join(ids, 0, ids.length, (id) => out.push(vocabulary.words[id]))
  return out
}
