import type { ResultMemo } from '@core/analysis'
import type { StoredMemo } from '@core/analysis/cache/result-memo'
import type { TextSource } from '@core/analysis/text-source'
import { FolderTotal } from './folder-total'
import type { FolderRules } from './series-rules'

/** Past this much text, posts are not all held at once to look for a memo (see readAll). */
const maxHeldBytes = 64 * 1024 * 1024

/**
 * A corpus's summed counts by count (FolderTotal, after the series rules, before the token
 * rules) kept in the analysis cache: a run on a folder where no post changed reads this one file
 * instead of every post's entry, then applies the token rules and ranks as usual. It is named
 * after the corpus and the rules the sum depends on, and valid for exactly the posts' ids and
 * entry keys it was made from: the keys cover the text, the dictionaries and the analysis code
 * (which hashes the series rules and the bundled templates too).
 */
export class CorpusMemo {
  /** Each post's entry key, in the corpus's order. */
  private readonly keys: string[] = []

  private constructor(
    private readonly memo: ResultMemo,
    private readonly name: string,
    /** The memo kept by an earlier run, if any. */
    readonly stored: StoredMemo | undefined
  ) {}

  static async open(
    memo: ResultMemo,
    corpusName: string,
    rules: FolderRules,
    markdown: boolean
  ): Promise<CorpusMemo> {
    const split = [...rules.split].sort()
    const name = JSON.stringify(['corpus-total', corpusName, split, rules.boilerplate, markdown])
    return new CorpusMemo(memo, name, await memo.readMemo(name))
  }

  /** The key of post `index`, as the analysis cache found it (SegmentHooks.onKey). */
  recordKey(index: number, key: string): void {
    this.keys[index] = key
  }

  /**
   * Reads every text ahead, holding them (up to maxHeldBytes): `all` of them when they fit, and
   * the texts to count if the memo does not answer (those held, then the rest as they come).
   */
  static async readAll(
    texts: AsyncIterable<TextSource>
  ): Promise<{ all: TextSource[] | undefined; texts: AsyncIterable<TextSource> }> {
    const iterator = texts[Symbol.asyncIterator]()
    const held: TextSource[] = []
    let bytes = 0
    for (;;) {
      if (bytes > maxHeldBytes) break
      const next = await iterator.next()
      if (next.done) return { all: held, texts: fromArray(held) }
      held.push(next.value)
      bytes += typeof next.value === 'string' ? 2 * next.value.length : next.value.utf8.length
    }
    const rest = { [Symbol.asyncIterator]: () => iterator }
    return { all: undefined, texts: concat(held, rest) }
  }

  /** The stored total, when it was made from exactly these posts (read by readAll). */
  total(ids: readonly string[], texts: readonly TextSource[]): FolderTotal | undefined {
    if (!this.stored || ids.length !== texts.length) return undefined
    const keys = texts.map((text) => this.memo.keyOf(text))
    return FolderTotal.fromSnapshot(this.stored.valueFor(inputsOf(ids, keys)))
  }

  /** Keeps `total` as the memo of these posts (written with the cache's other writes). */
  save(ids: readonly string[], total: FolderTotal): void {
    const keys = Array.from(this.keys) // holes (a post not keyed) become undefined
    if (keys.length !== ids.length || keys.some((key) => key === undefined)) return
    void this.memo.writeMemo(this.name, inputsOf(ids, keys), total.snapshot())
  }
}

function inputsOf(ids: readonly string[], keys: readonly string[]): string {
  return JSON.stringify([ids, keys])
}

async function* fromArray(texts: readonly TextSource[]): AsyncGenerator<TextSource> {
  yield* texts
}

async function* concat(
  first: readonly TextSource[],
  rest: AsyncIterable<TextSource>
): AsyncGenerator<TextSource> {
  yield* first
  yield* rest
}
