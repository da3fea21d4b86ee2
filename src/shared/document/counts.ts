import { markdownToProse } from '../text/prose'
import { countScripts } from './scripts'
import type { ScriptCounts } from './scripts'

/** Reading speeds: Chinese readers take about 400 characters a minute, English about 200 words. */
export const hanPerMinute = 400
export const wordsPerMinute = 200

export interface DocumentCounts extends ScriptCounts {
  /** Estimated reading time in minutes, unrounded. */
  readingMinutes: number
}

/**
 * What the writer's reader reads, counted. The text is first reduced to prose with the same
 * `markdownToProse` the word cloud uses, so the two never disagree about what a post says:
 * the front matter block, fenced and indented code (info strings included), inline code, HTML
 * tags and comments, Liquid tags, link URLs and image paths (image alt text too), bare URLs and
 * file names, and Markdown syntax are left out; link text stays. Code is left out on purpose: a
 * report's reader skims it rather than reads it. Linear in the length (~40 ms for 1 MB), so the
 * window computes it off the keystroke path.
 */
export function countDocument(source: string): DocumentCounts {
  const counts = countScripts(markdownToProse(source))
  return { ...counts, readingMinutes: readingMinutes(counts) }
}

/** Minutes to read this many Chinese characters and English words. */
export function readingMinutes(counts: ScriptCounts): number {
  return counts.han / hanPerMinute + counts.latinWords / wordsPerMinute
}

/** Whole minutes for display, rounded up; null for less than a minute (shown as "< 1 min"). */
export function roundedReadingMinutes(minutes: number): number | null {
  return minutes < 1 ? null : Math.ceil(minutes)
}
