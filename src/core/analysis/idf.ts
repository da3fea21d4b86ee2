import { readFileSync } from 'node:fs'

/**
 * jieba's IDF table (`word idf` per line, 258k lines). Building a Map of all of it costs ~190 ms
 * and much garbage; an analysis needs only the words it counted, so lookups scan the file text
 * once for the words not seen before (~40 ms) and remember the answers, misses included.
 */
export interface IdfIndex {
  /** IDF of every word the table knows, in request order. */
  lookup(words: Iterable<string>): Array<[string, number]>
  /** The upper median of all IDF values (as jieba's Python loader takes it), for unknown words. */
  readonly median: number
  /**
   * Reads the table and works out the median now, so that they cost nothing later: for a
   * caller with idle time before it needs the answers, such as while jieba loads.
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

export function idfIndexFromText(text: string): IdfIndex {
  const known = new Map<string, number | undefined>()
  let median: number | undefined
  const valueAt = (space: number, end: number): number => Number(text.slice(space + 1, end))
  const scan = (wanted: ReadonlySet<string>): void => {
    // Most lines start with a character no wanted word starts with: no string is made for them.
    const firsts = new Uint8Array(0x10000)
    for (const word of wanted) firsts[word.charCodeAt(0)] = 1
    eachLine(text, (start, space, end) => {
      if (firsts[text.charCodeAt(start)] === 0) return
      const word = text.slice(start, space)
      if (!wanted.has(word)) return
      const value = valueAt(space, end)
      // The last well-formed line of a word wins.
      if (Number.isFinite(value)) known.set(word, value)
    })
  }
  const medianOf = (): number => {
    if (median === undefined) {
      const values: number[] = []
      eachLine(text, (_start, space, end) => {
        const value = valueAt(space, end)
        if (Number.isFinite(value)) values.push(value)
      })
      const sorted = Float64Array.from(values).sort()
      median = sorted.length === 0 ? 0 : sorted[sorted.length >> 1]
    }
    return median
  }
  return {
    lookup(words) {
      const wanted = new Set<string>()
      for (const word of words) if (word !== '' && !known.has(word)) wanted.add(word)
      if (wanted.size > 0) {
        scan(wanted)
        for (const word of wanted) if (!known.has(word)) known.set(word, undefined)
      }
      const found: Array<[string, number]> = []
      for (const word of words) {
        const idf = known.get(word)
        if (idf !== undefined) found.push([word, idf])
      }
      return found
    },
    get median() {
      return medianOf()
    },
    prepare() {
      medianOf()
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
