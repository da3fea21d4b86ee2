import { readFileSync } from 'node:fs'

/**
 * jieba's IDF table (`word idf` per line, 258k lines). A Map of all of it costs ~190 ms and much
 * garbage (a string per word); an analysis needs only the words it counted. So the table is
 * indexed where it lies: one pass over the text hashes each line's word into a typed-array
 * table of line positions and works out the median, and a lookup then compares the asked word
 * with the text at the position its hash leads to (15k words: ~3 ms).
 */
export interface IdfIndex {
  /** IDF of every word the table knows, in request order. */
  lookup(words: Iterable<string>): Array<[string, number]>
  /** The upper median of all IDF values (as jieba's Python loader takes it), for unknown words. */
  readonly median: number
  /**
   * Reads and indexes the table now, so that lookups cost nothing later: for a caller with idle
   * time before it needs the answers, such as while jieba loads.
   */
  prepare(): void
}

/** 10^k for k = 0..15: each an exact double. */
const powersOfTen = Array.from({ length: 16 }, (_, k) => 10 ** k)

/**
 * Number(text.slice(start, end)) without making the string: a plain decimal of at most 15 digits
 * (every value of jieba's table) is the integer of its digits over a power of ten, both exact
 * doubles, and one IEEE division rounds as Number does. Anything else goes through Number.
 */
function decimalAt(text: string, start: number, end: number): number {
  let digits = 0
  let mantissa = 0
  let point = -1
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48)
      digits++
    } else if (code === 46 && point < 0) point = at
    else return Number(text.slice(start, end))
  }
  if (digits === 0 || digits > 15) return Number(text.slice(start, end))
  return point < 0 ? mantissa : mantissa / powersOfTen[end - point - 1]
}

/**
 * The k-th smallest of `values` (k from 0), as values.sort()[k] gives it, found by quickselect
 * in place: a full sort of 258k values took ~20 ms.
 */
function kthSmallest(values: Float64Array, k: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const pivot = values[(low + high) >>> 1]
    let i = low
    let j = high
    while (i <= j) {
      while (values[i] < pivot) i++
      while (values[j] > pivot) j--
      if (i <= j) {
        const swap = values[i]
        values[i++] = values[j]
        values[j--] = swap
      }
    }
    if (k <= j) high = j
    else if (k >= i) low = i
    else return values[k]
  }
  return values[k]
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193)
  return hash >>> 0
}

/** The table's words as (start, length) into its text, in open addressing by hash. */
class IdfTable {
  readonly median: number
  private readonly starts: Int32Array
  private readonly lengths: Int32Array
  private readonly values: Float64Array
  /** Entry number + 1 per slot (0 = empty); a power of two, at most half full. */
  private readonly slots: Int32Array
  private readonly mask: number

  constructor(private readonly text: string) {
    let lines = 1
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
    this.starts = new Int32Array(lines)
    this.lengths = new Int32Array(lines)
    this.values = new Float64Array(lines)
    let size = 16
    while (size < lines * 2) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    const all = new Float64Array(lines)
    let valued = 0
    let entries = 0
    // Every line with a space in it: the word is text[start, space), the value text(space, end).
    // One loop, no callback per line and no split of 6 MB: batch commands run without inlining.
    for (let start = 0, end = 0; start < text.length; start = end + 1) {
      end = text.indexOf('\n', start)
      if (end < 0) end = text.length
      const space = text.lastIndexOf(' ', end)
      if (space <= start) continue
      const value = decimalAt(text, space + 1, end)
      if (!Number.isFinite(value)) continue
      all[valued++] = value
      const slot = this.slotOf(start, space - start, hashOf(text, start, space))
      // The last well-formed line of a word wins.
      if (this.slots[slot] !== 0) this.values[this.slots[slot] - 1] = value
      else {
        this.starts[entries] = start
        this.lengths[entries] = space - start
        this.values[entries] = value
        this.slots[slot] = ++entries
      }
    }
    this.median = valued === 0 ? 0 : kthSmallest(all.subarray(0, valued), valued >> 1)
  }

  get(word: string): number | undefined {
    if (word === '') return undefined
    const entry = this.slots[this.slotOf(-1, word.length, hashOf(word, 0, word.length), word)]
    return entry === 0 ? undefined : this.values[entry - 1]
  }

  /**
   * The slot holding the word, or the empty slot where it would go. The word is text[start,
   * start + length), or `word` when given.
   */
  private slotOf(start: number, length: number, hash: number, word?: string): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]
      if (entry === 0) return slot
      if (this.lengths[entry - 1] !== length) continue
      const at = this.starts[entry - 1]
      if (word === undefined ? this.sameText(at, start, length) : this.text.startsWith(word, at)) {
        return slot
      }
    }
  }

  private sameText(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++) {
      if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false
    }
    return true
  }
}

export function idfIndexFromText(text: string): IdfIndex {
  let table: IdfTable | undefined
  const open = (): IdfTable => (table ??= new IdfTable(text))
  return {
    lookup(words) {
      const index = open()
      const found: Array<[string, number]> = []
      for (const word of words) {
        const idf = index.get(word)
        if (idf !== undefined) found.push([word, idf])
      }
      return found
    },
    get median() {
      return open().median
    },
    prepare() {
      open()
    }
  }
}

/** An index over an IDF file, read on first use. */
export function loadIdfIndex(path: string): IdfIndex {
  let index: IdfIndex | undefined
  const open = (): IdfIndex => (index ??= idfIndexFromText(readFileSync(path, 'utf8')))
  return {
    lookup: (words) => open().lookup(words),
    get median() {
      return open().median
    },
    prepare: () => open().prepare()
  }
}
