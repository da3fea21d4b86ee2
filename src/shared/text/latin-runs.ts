/**
 * jieba splits ASCII at every letter/digit boundary and at `-`: `GPT-4o-mini` comes back as
 * GPT - 4 o - mini. Joining adjacent ASCII pieces (and `-`, `_`, `.` between two of them) gives the
 * words a writer typed; identifiers rejoined this way are then recognised and dropped.
 */

/** How a token takes part in a run. */
const OTHER = 1
/** Letters, digits and dots, not a lone dot: starts or continues a run. */
const PIECE = 2
/** A lone `.`: joins two pieces, and is a piece after a connector (`a-.`). */
const DOT = 3
/** `-` or `_`: joins two pieces. */
const DASH = 4

function kindOf(token: string): number {
  if (token === '.') return DOT
  if (token === '-' || token === '_') return DASH
  if (token.length === 0) return OTHER
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    const alnum = (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122)
    if (!alnum && code !== 46) return OTHER
  }
  return PIECE
}

/** The tokens, by number, of one post: the strings and a way to number a new one. */
export interface NumberedWords {
  readonly words: readonly string[]
  id(word: string): number
}

/** Joins Latin runs in token lines numbered in `vocabulary`; a joined run is numbered there too. */
export class LatinRuns {
  /** Each token number's kind, worked out once. */
  private readonly kinds: number[] = []

  constructor(private readonly vocabulary: NumberedWords) {}

  /** Calls emit(id) for each token of ids[from..to), a run of ASCII pieces joined into one. */
  join(ids: Int32Array, from: number, to: number, emit: (id: number) => void): void {
    for (let i = from; i < to; i++) {
      if (this.kind(ids[i]) !== PIECE) {
        emit(ids[i])
        continue
      }
      const start = i
      for (;;) {
        if (i + 1 < to && this.kind(ids[i + 1]) === PIECE) i++
        else if (i + 2 < to && this.joinsPieces(ids[i + 1], ids[i + 2])) i += 2
        else break
      }
      emit(i === start ? ids[i] : this.vocabulary.id(this.text(ids, start, i + 1)))
    }
  }

  /** A connector followed by a piece (a lone dot counts as one there). */
  private joinsPieces(connector: number, piece: number): boolean {
    const kind = this.kind(connector)
    if (kind !== DOT && kind !== DASH) return false
    const next = this.kind(piece)
    return next === PIECE || next === DOT
  }

  private kind(id: number): number {
    let kind = this.kinds[id]
    if (kind === undefined) this.kinds[id] = kind = kindOf(this.vocabulary.words[id])
    return kind
  }

  private text(ids: Int32Array, from: number, to: number): string {
    let text = ''
    for (let i = from; i < to; i++) text += this.vocabulary.words[ids[i]]
    return text
  }
}
