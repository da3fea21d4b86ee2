// A faithful port of Python's difflib.SequenceMatcher (CPython 3.x, isjunk=None), so that the
// fidelity figures mean exactly what "difflib ratio" means to anyone who checks them in Python.
// Only what the comparison needs is here: matching blocks, opcodes and ratio. The algorithm is
// Ratcliff/Obershelp as difflib implements it, including autojunk: when the second sequence has
// 200 items or more, items that make up more than 1% of it (plus one) are "popular" and never
// start a match, though matches may still be extended over them. Leaving that out would give
// higher ratios than Python on long pages, where tags such as `li` or `td` are popular.

/** A run of equal items: a[a..a+size) equals b[b..b+size). */
export interface MatchBlock {
  a: number
  b: number
  size: number
}

export type OpTag = 'equal' | 'replace' | 'delete' | 'insert'

/** How a[i1..i2) turns into b[j1..j2), as difflib's get_opcodes() reports it. */
export interface Opcode {
  tag: OpTag
  i1: number
  i2: number
  j1: number
  j2: number
}

export class SequenceMatcher<T> {
  private readonly a: readonly T[]
  private readonly b: readonly T[]
  /** Where each non-popular item of b occurs, ascending (difflib's b2j). */
  private readonly b2j = new Map<T, number[]>()
  private blocks: MatchBlock[] | null = null

  constructor(a: readonly T[], b: readonly T[], autojunk = true) {
    this.a = a
    this.b = b
    this.chainB(autojunk)
  }

  private chainB(autojunk: boolean): void {
    const b = this.b
    b.forEach((item, index) => {
      const indices = this.b2j.get(item)
      if (indices) indices.push(index)
      else this.b2j.set(item, [index])
    })
    // No isjunk function, so the junk set is empty; only the popular purge applies.
    const n = b.length
    if (autojunk && n >= 200) {
      const ntest = Math.floor(n / 100) + 1
      for (const [item, indices] of [...this.b2j]) {
        if (indices.length > ntest) this.b2j.delete(item)
      }
    }
  }

  /** The longest matching block in a[alo..ahi) and b[blo..bhi), earliest in a, then in b. */
  findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): MatchBlock {
    const { a, b, b2j } = this
    let besti = alo
    let bestj = blo
    let bestsize = 0
    // j2len.get(j) is the length of the longest match ending with a[i-1] and b[j].
    let j2len = new Map<number, number>()
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>()
      const indices = b2j.get(a[i])
      if (indices) {
        for (const j of indices) {
          if (j < blo) continue
          if (j >= bhi) break
          const k = (j2len.get(j - 1) ?? 0) + 1
          newj2len.set(j, k)
          if (k > bestsize) {
            besti = i - k + 1
            bestj = j - k + 1
            bestsize = k
          }
        }
      }
      j2len = newj2len
    }
    // Extend over equal items on both ends. With no junk these loops are difflib's first pair
    // (its second pair, for junk items, never runs); they are what lets a match run through
    // popular items that could not start one.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--
      bestj--
      bestsize++
    }
    while (
      besti + bestsize < ahi &&
      bestj + bestsize < bhi &&
      a[besti + bestsize] === b[bestj + bestsize]
    ) {
      bestsize++
    }
    return { a: besti, b: bestj, size: bestsize }
  }

  /** Non-adjacent matching blocks in order, ending with the sentinel {a: la, b: lb, size: 0}. */
  getMatchingBlocks(): MatchBlock[] {
    if (this.blocks) return this.blocks
    const la = this.a.length
    const lb = this.b.length
    // A stack, as in difflib, rather than recursion: deep pages must not overflow.
    const queue: [number, number, number, number][] = [[0, la, 0, lb]]
    const found: MatchBlock[] = []
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number]
      const match = this.findLongestMatch(alo, ahi, blo, bhi)
      const { a: i, b: j, size: k } = match
      if (k > 0) {
        found.push(match)
        if (alo < i && blo < j) queue.push([alo, i, blo, j])
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi])
      }
    }
    found.sort((x, y) => x.a - y.a || x.b - y.b || x.size - y.size)
    const blocks: MatchBlock[] = []
    let i1 = 0
    let j1 = 0
    let k1 = 0
    for (const { a: i2, b: j2, size: k2 } of found) {
      if (i1 + k1 === i2 && j1 + k1 === j2) {
        k1 += k2
      } else {
        if (k1 > 0) blocks.push({ a: i1, b: j1, size: k1 })
        i1 = i2
        j1 = j2
        k1 = k2
      }
    }
    if (k1 > 0) blocks.push({ a: i1, b: j1, size: k1 })
    blocks.push({ a: la, b: lb, size: 0 })
    this.blocks = blocks
    return blocks
  }

  getOpcodes(): Opcode[] {
    let i = 0
    let j = 0
    const codes: Opcode[] = []
    for (const { a: ai, b: bj, size } of this.getMatchingBlocks()) {
      const tag: OpTag | null =
        i < ai && j < bj ? 'replace' : i < ai ? 'delete' : j < bj ? 'insert' : null
      if (tag) codes.push({ tag, i1: i, i2: ai, j1: j, j2: bj })
      i = ai + size
      j = bj + size
      if (size > 0) codes.push({ tag: 'equal', i1: ai, i2: i, j1: bj, j2: j })
    }
    return codes
  }

  /** 2 * matches / (len(a) + len(b)), and 1 for two empty sequences, as difflib. */
  ratio(): number {
    const matches = this.getMatchingBlocks().reduce((sum, block) => sum + block.size, 0)
    const length = this.a.length + this.b.length
    return length > 0 ? (2 * matches) / length : 1
  }
}

/** difflib.SequenceMatcher(None, a, b).ratio() */
export function sequenceRatio<T>(a: readonly T[], b: readonly T[]): number {
  return new SequenceMatcher(a, b).ratio()
}
