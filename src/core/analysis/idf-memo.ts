import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { writeEntryFile } from './cache/entry-files'
import { loadIdfIndex } from './idf'
import type { IdfIndex } from './idf'

/** An IDF index that remembers its answers in the cache folder between runs. */
export interface MemoIdf extends IdfIndex {
  /** Writes what this run learnt (atomically); never fails the analysis. */
  save(): Promise<void>
}

interface Memo {
  median?: number
  known: Map<string, number>
  missing: string[]
}

/**
 * The memo's file: words and values in two parallel arrays, which JSON.parse reads in a quarter
 * of the time of one object with a key per word (~13k words for the weekly corpus: 6 ms, not 25).
 */
interface MemoFile {
  median?: number
  words: string[]
  values: number[]
  missing: string[]
}

/**
 * jieba's IDF table through a memo of the words looked up before: a warm run of a folder asks
 * for the same words again, and reading and scanning the 6 MB table costs ~0.1 s. The memo is
 * named after the table's path, size and time, so another table never answers; without a cache
 * folder (null) it is the plain index.
 */
export function memoizedIdf(path: string, cacheDir: string | null, code: string): MemoIdf {
  const base = loadIdfIndex(path)
  const file = cacheDir === null ? null : memoFile(path, cacheDir, code)
  let memo: Memo | undefined
  let missing: Set<string> | undefined
  let dirty = false
  const open = (): Memo => {
    if (!memo) {
      memo = (file && readMemo(file)) || { known: new Map(), missing: [] }
      missing = new Set(memo.missing)
    }
    return memo
  }
  return {
    lookup(words) {
      const { known } = open()
      const found: Array<[string, number]> = []
      const unknown: string[] = []
      for (const word of words) {
        const value = known.get(word)
        if (value !== undefined) found.push([word, value])
        else if (!missing?.has(word)) unknown.push(word)
      }
      if (unknown.length > 0) {
        dirty = true
        const answers = new Map(base.lookup(unknown))
        for (const word of unknown) {
          const value = answers.get(word)
          if (value === undefined) missing?.add(word)
          else {
            known.set(word, value)
            found.push([word, value])
          }
        }
      }
      return found
    },
    get median() {
      const current = open()
      if (current.median === undefined) {
        current.median = base.median
        dirty = true
      }
      return current.median
    },
    prepare() {
      // A memo answers a run that asks again; the table itself is for a run without one.
      if (open().median === undefined) base.prepare()
    },
    async save() {
      if (!file || !dirty || !memo) return
      const data: MemoFile = {
        median: memo.median,
        words: [...memo.known.keys()],
        values: [...memo.known.values()],
        missing: [...(missing ?? [])]
      }
      await writeEntryFile(file, Buffer.from(JSON.stringify(data))).catch(() => undefined)
      dirty = false
    }
  }
}

function memoFile(path: string, cacheDir: string, code: string): string | null {
  try {
    const info = statSync(path)
    const stamp = `${code}\0${path}\0${info.size}\0${Math.round(info.mtimeMs)}`
    const name = createHash('sha256').update(stamp).digest('hex').slice(0, 32)
    return join(cacheDir, `idf-${name}.json`)
  } catch {
    return null
  }
}

/** The memo, or undefined when it is missing or not one (a damaged memo is rebuilt). */
function readMemo(file: string): Memo | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoFile>
    const { median, words, values, missing } = data
    const valid =
      (median === undefined || typeof median === 'number') &&
      Array.isArray(words) &&
      Array.isArray(values) &&
      words.length === values.length &&
      words.every((word) => typeof word === 'string') &&
      values.every((value) => typeof value === 'number') &&
      Array.isArray(missing) &&
      missing.every((word) => typeof word === 'string')
    if (!valid) return undefined
    const known = new Map<string, number>()
    for (let i = 0; i < words.length; i++) known.set(words[i], values[i])
    return { median, known, missing }
  } catch {
    return undefined
  }
}
