import { textOf } from '@core/analysis/text-source'
import type { TextSource } from '@core/analysis/text-source'
import type { PostSummary } from '@shared/post'
import { markdownToProse } from '@shared/text'
import { lineKey } from '@shared/words'
import type { Analyzer } from '@core/analysis'
import type { SegmentedPost } from '@core/analysis/segmented'

/** Reads a post's text by id. */
export type ReadPost = (id: string) => Promise<TextSource>

interface Entry {
  stamp: string
  keys?: Set<string>
  post?: SegmentedPost
}

function stampOf(summary: PostSummary): string {
  return `${summary.mtimeMs}:${summary.size}`
}

/**
 * What the window keeps of the other posts of a series between two analyses of a buffer: their
 * line keys (for boilerplate; from the text alone, no jieba) and, once the distinctive emphasis
 * asked for them, their segmentations. An entry is dropped when its file's size or time changes.
 */
export class SeriesMemo {
  private readonly entries = new Map<string, Entry>()

  private entry(summary: PostSummary): Entry {
    const stamp = stampOf(summary)
    let entry = this.entries.get(summary.id)
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp }
      this.entries.set(summary.id, entry)
    }
    return entry
  }

  /** Each post's set of line keys, in order. */
  async keysOf(summaries: readonly PostSummary[], read: ReadPost): Promise<Set<string>[]> {
    return Promise.all(
      summaries.map(async (summary) => {
        const entry = this.entry(summary)
        if (!entry.keys) {
          entry.keys = entry.post
            ? new Set(entry.post.keys)
            : new Set(
                markdownToProse(textOf(await read(summary.id)))
                  .split('\n')
                  .map(lineKey)
              )
        }
        return entry.keys
      })
    )
  }

  /** Each post's segmentation, in order: memo, else the analysis cache, else the workers. */
  async postsOf(
    summaries: readonly PostSummary[],
    read: ReadPost,
    analyzer: Analyzer
  ): Promise<SegmentedPost[]> {
    const entries = summaries.map((summary) => this.entry(summary))
    const missing = entries.flatMap((entry, index) => (entry.post ? [] : [index]))
    if (missing.length > 0) {
      const texts = await Promise.all(missing.map((index) => read(summaries[index].id)))
      await analyzer.segment(texts, (at, post) => {
        entries[missing[at]].post = post
      })
    }
    return entries.map((entry) => entry.post as SegmentedPost)
  }

  /** Forgets posts no longer in the folder. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.entries.keys()) if (!ids.has(id)) this.entries.delete(id)
  }
}
