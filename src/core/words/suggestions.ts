import type { TermSuggestion } from '@shared/analysis'
import { applyCompounds, findCompounds } from '@shared/words'
import type { FolderRules } from './series-rules'

/** A term is offered once it is written as one in at least this many posts. */
const minPosts = 2
/** The word panel shows a short list; the rest come as the writer takes these. */
const maxSuggestions = 50

/**
 * Terms the folder writes as one (具身智能 in post after post) to offer for the user dictionary:
 * the compound rule run over the whole folder's token lines, kept when the term appears in at
 * least two posts. A post's own counts never depend on this pass; words already in the user
 * dictionary and terms the writer split back are left out. `posts` holds each post's token lines.
 */
export function folderSuggestions(
  posts: ReadonlyArray<readonly string[][]>,
  options: { rules: FolderRules; protectedWords: ReadonlySet<string> }
): TermSuggestion[] {
  const lines = posts.flat()
  const found = findCompounds(lines, { protectedWords: options.protectedWords }).filter(
    (compound) =>
      !options.rules.split.has(compound.term) && !options.protectedWords.has(compound.term)
  )
  if (found.length === 0) return []
  const byTerm = new Map(found.map((compound) => [compound.term, compound]))
  const seen = new Map<string, { posts: number; count: number }>()
  for (const post of posts) {
    const inPost = new Map<string, number>()
    for (const line of post) {
      for (const token of applyCompounds(line, found)) {
        if (byTerm.has(token)) inPost.set(token, (inPost.get(token) ?? 0) + 1)
      }
    }
    for (const [term, count] of inPost) {
      const total = seen.get(term) ?? { posts: 0, count: 0 }
      seen.set(term, { posts: total.posts + 1, count: total.count + count })
    }
  }
  const suggestions: TermSuggestion[] = []
  for (const [term, { posts: postCount, count }] of seen) {
    if (postCount < minPosts) continue
    const { parts } = byTerm.get(term) as { parts: string[] }
    suggestions.push({ term, parts: [...parts], posts: postCount, count })
  }
  suggestions.sort(
    (a, b) =>
      b.posts - a.posts || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)
  )
  return suggestions.slice(0, maxSuggestions)
}
