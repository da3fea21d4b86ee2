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
  // The first scan also collects every value, so the median costs no second pass.
  const scan = (wanted: ReadonlySet<string>): void => {
    const all: number[] | undefined = values ? undefined : []
    eachLine(text, (word, idf) => {
      all?.push(idf)
      if (wanted.has(word)) known.set(word, idf)
    })
    values ??= all
  }
  return {
    lookup(words) {
      const wanted = new Set<string>()
      for (const word of words) if (!known.has(word)) wanted.add(word)
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
      if (median === undefined) {
        if (!values) scan(new Set())
        const sorted = Float64Array.from(values ?? []).sort()
        median = sorted.length === 0 ? 0 : sorted[sorted.length >> 1]
        values = [] // only the median was needed
      }
      return median
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
    }
  }
}
