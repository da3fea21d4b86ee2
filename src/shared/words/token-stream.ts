/**
 * A post's tokens as numbers: each distinct token is one string in a vocabulary, and the token
 * lines are indexes into it. The word rules run over millions of tokens on a cold analysis; on
 * numbers they compare and count without hashing a string per token, and jieba's binding hands
 * its words over this way (one JS string per distinct word).
 */

import type { NumberedWords } from '../text/latin-runs'

/** Stands for the gap between two words ('' in a token line): no compound crosses it. */
export const BREAK = -1

/** The distinct tokens of a post, each with a number: the order they were first added. */
export class Vocabulary {
  readonly words: string[] = []
  private readonly index = new Map<string, number>()

  /** The word's number, added at the end when new. */
  id(word: string): number {
    let id = this.index.get(word)
    if (id === undefined) {
      id = this.words.length
      this.words.push(word)
      this.index.set(word, id)
    }
    return id
  }

  /**
   * Adds the word at the end without indexing it: `id` and `find` will not see it, and `id` of
   * the same word adds it again. For a caller that numbers such words its own way.
   */
  append(word: string): number {
    this.words.push(word)
    return this.words.length - 1
  }

  /** The word's number, or undefined when it was never added. */
  find(word: string): number | undefined {
    return this.index.get(word)
  }
}

/**
 * Numbers one post at a time over a Vocabulary that every post of a thread shares: a word the
 * thread met before is renumbered for the post through two typed arrays, not hashed into a Map
 * of the post's own (that Map took a tenth of a cold analysis). jieba's binding numbers its
 * words this way too (segmenter's cutIds), so most words are never hashed in JS at all.
 */
export class SharedNumbering {
  readonly shared: Vocabulary
  // Read and written by PostVocabulary.ofShared, on the path of every token cut.
  /** Per shared number: its number in the post that last met it... */
  local = new Int32Array(1024)
  /** ...and which post that was (posts count from 1). */
  owner = new Int32Array(1024)
  private posts = 0

  constructor(shared = new Vocabulary()) {
    this.shared = shared
  }

  /** A new post's vocabulary, numbered from 0. */
  post(): PostVocabulary {
    return new PostVocabulary(this, ++this.posts)
  }

  /** Makes room for shared number `id`. */
  grow(id: number): void {
    let size = this.owner.length * 2
    while (size <= id) size *= 2
    const owner = new Int32Array(size)
    owner.set(this.owner)
    const local = new Int32Array(size)
    local.set(this.local)
    this.owner = owner
    this.local = local
  }
}

/**
 * One post's distinct tokens numbered in the order first met, like a Vocabulary of its own,
 * over a SharedNumbering: the same numbers for the same post whatever the thread met before.
 */
export class PostVocabulary implements NumberedWords {
  readonly words: string[] = []

  constructor(
    private readonly numbering: SharedNumbering,
    private readonly post: number
  ) {}

  /** The word's number, added at the end when new. */
  id(word: string): number {
    return this.ofShared(this.numbering.shared.id(word))
  }

  /** The post's number for the shared vocabulary's word `id`, added at the end when new. */
  ofShared(id: number): number {
    const numbering = this.numbering
    if (id < numbering.owner.length && numbering.owner[id] === this.post) return numbering.local[id]
    if (id >= numbering.owner.length) numbering.grow(id)
    const local = this.words.length
    this.words.push(numbering.shared.words[id])
    numbering.owner[id] = this.post
    numbering.local[id] = local
    return local
  }
}

/** Token lines as one array of token numbers (BREAK for a gap) and where each line starts. */
export interface TokenLines {
  /** Every line's tokens, one line after another. */
  ids: Int32Array
  /** Where line k starts in ids is starts[k]; starts[lineCount] is ids.length. */
  starts: Int32Array
}

/** The number of lines. */
export function lineCount(lines: TokenLines): number {
  return lines.starts.length - 1
}

/** String token lines ('' for a break) as numbers in `vocabulary`. */
export function numberLines(
  lines: readonly (readonly string[])[],
  vocabulary: Vocabulary
): TokenLines {
  let total = 0
  for (const line of lines) total += line.length
  const ids = new Int32Array(total)
  const starts = new Int32Array(lines.length + 1)
  let at = 0
  lines.forEach((line, k) => {
    starts[k] = at
    for (const token of line) ids[at++] = token === '' ? BREAK : vocabulary.id(token)
  })
  starts[lines.length] = at
  return { ids, starts }
}

/** Numbered lines back as strings ('' for a break). */
export function stringLines(lines: TokenLines, words: readonly string[]): string[][] {
  const out = new Array<string[]>(lineCount(lines))
  for (let k = 0; k < out.length; k++) {
    const line = new Array<string>(lines.starts[k + 1] - lines.starts[k])
    for (let j = 0; j < line.length; j++) {
      const id = lines.ids[lines.starts[k] + j]
      line[j] = id === BREAK ? '' : words[id]
    }
    out[k] = line
  }
  return out
}

/** Builds TokenLines one token at a time, growing as needed. */
export class TokenLinesBuilder {
  private ids: Int32Array
  private length = 0
  private readonly starts: number[] = [0]

  constructor(expectedTokens = 1024) {
    this.ids = new Int32Array(Math.max(16, expectedTokens))
  }

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2)
      grown.set(this.ids)
      this.ids = grown
    }
    this.ids[this.length++] = id
  }

  /** The last token pushed on the current line, or undefined on an empty line. */
  last(): number | undefined {
    return this.length > this.starts[this.starts.length - 1] ? this.ids[this.length - 1] : undefined
  }

  /** Drops the current line's last token. */
  pop(): void {
    if (this.last() !== undefined) this.length--
  }

  /** Ends the current line; the next token starts a new one. */
  endLine(): void {
    this.starts.push(this.length)
  }

  /** The lines so far; the current line counts as ended. */
  result(): TokenLines {
    const starts = Int32Array.from(this.starts)
    if (starts[starts.length - 1] !== this.length) throw new Error('endLine() before result()')
    return { ids: this.ids.slice(0, this.length), starts }
  }
}
