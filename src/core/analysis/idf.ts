import { readFileSync } from 'node:fs'

/**
 * jieba's IDF table (`word idf` per line, 258k lines). Building a Map of all of it costs ~190 ms
 * per worker; an analysis needs only the words it counted, so lookups scan the file text once
 * for the words not seen before (~40 ms) and remember the answers, misses included.
 */
export interface IdfIndex {
  /** IDF of every word the table knows, in request order. */
  lookup(words: Iterable<string>): Array<[string, number]>
  /** The upper median of all IDF values (as jieba's Python loader takes it), for unknown words. */
  readonly median: number
  /**
   * Reads the whole table now (~0.2 s), so that later lookups and the median cost nothing: for
   * a caller with idle time before it needs the answers, such as while jieba loads.
   */
  prepare(): void
}

/** Calls `visit(word, idf)` for every well-formed line; a plain indexOf walk, no split of 6 MB. */
function eachLine(text: string, visit: (word: string, idf: number) => void): void {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const space = text.lastIndexOf(' ', end)
    if (space > start) {
      const value = Number(text.slice(space + 1, end))
      if (Number.isFinite(value)) visit(text.slice(start, space), value)
    }
    start = end + 1
  }
}

export function idfIndexFromText(text: string): IdfIndex {
  const known = new Map<string, number | undefined>()
  let values: number[] | undefined
  let median: number | undefined
  /** Every word of the table is in `known`: a word missing there is not in the table. */
  let complete = false
  // The first scan also collects every value, so the median costs no second pass.
  const scan = (wanted: ReadonlySet<string>): void => {
    const all: number[] | undefined = values ? undefined : []
    eachLine(text, (word, idf) => {
      all?.push(idf)
      if (wanted.has(word)) known.set(word, idf)
    })
    values ??= all
  }
  const medianOf = (): number => {
    if (median === undefined) {
      if (!values) scan(new Set())
      const sorted = Float64Array.from(values ?? []).sort()
      median = sorted.length === 0 ? 0 : sorted[sorted.length >> 1]
      values = [] // only the median was needed
    }
    return median
  }
  return {
    lookup(words) {
      const wanted = new Set<string>()
      if (!complete) for (const word of words) if (!known.has(word)) wanted.add(word)
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
      if (complete) return
      const all: number[] = []
      eachLine(text, (word, idf) => {
        all.push(idf)
        known.set(word, idf) // the last line of a word wins, as in a scan for it
      })
      values ??= all
      complete = true
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
