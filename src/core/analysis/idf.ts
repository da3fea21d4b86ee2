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

/**
 * Calls `visit(start, space, end)` for every line with a space in it: the word is
 * text[start, space), the value text(space, end). A plain indexOf walk, no split of 6 MB.
 */
function eachLine(text: string, visit: (start: number, space: number, end: number) => void): void {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const space = text.lastIndexOf(' ', end)
    if (space > start) visit(start, space, end)
    start = end + 1
  }
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
    eachLine(text, (start, space, end) => {
      const value = Number(text.slice(space + 1, end))
      if (!Number.isFinite(value)) return
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
    })
    const sorted = all.subarray(0, valued).sort()
    this.median = valued === 0 ? 0 : sorted[valued >> 1]
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
