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
  known: Record<string, number>
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
      memo = (file && readMemo(file)) || { known: Object.create(null), missing: [] }
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
        const value = known[word]
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
            known[word] = value
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
      if (!open().median) base.prepare()
    },
    async save() {
      if (!file || !dirty || !memo) return
      const data: Memo = { median: memo.median, known: memo.known, missing: [...(missing ?? [])] }
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
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Memo>
    const { median, known, missing } = data
    const valid =
      (median === undefined || typeof median === 'number') &&
      typeof known === 'object' &&
      known !== null &&
      Object.values(known).every((value) => typeof value === 'number') &&
      Array.isArray(missing) &&
      missing.every((word) => typeof word === 'string')
    if (!valid) return undefined
    return { median, known: Object.assign(Object.create(null), known), missing }
  } catch {
    return undefined
  }
}
