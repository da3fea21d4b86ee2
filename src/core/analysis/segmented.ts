/**
 * What segmenting one post yields, independent of every other post, so it can be cached by the
 * post's text: prose characters, the token lines (after the fragment filter, before compounds are
 * applied; '' is the break token) and the compounds found within the post.
 */
export interface SegmentedPost {
  chars: number
  lines: string[][]
  /** Each prose line's boilerplate key (`lineKey`), line for line with `lines`. */
  keys: string[]
  compounds: Array<{ term: string; parts: string[]; count: number }>
}
