import type { PostSummary } from '../post'
import type { SearchHit } from '../search'

export interface PostFilter {
  /** Only posts with this category; null for all. */
  category: string | null
  tag: string | null
}

/** Every category and tag used in the folder, sorted, for the filter menus. */
export function facets(posts: readonly PostSummary[]): { categories: string[]; tags: string[] } {
  const categories = new Set<string>()
  const tags = new Set<string>()
  for (const post of posts) {
    for (const category of post.categories) categories.add(category)
    for (const tag of post.tags) tags.add(tag)
  }
  const sort = (set: Set<string>): string[] => [...set].sort((a, b) => a.localeCompare(b))
  return { categories: sort(categories), tags: sort(tags) }
}

/** A row of the post list: the post, and the search hit that put it there while searching. */
export interface ListedPost {
  post: PostSummary
  hit?: SearchHit
}

/**
 * The rows the list shows: every post passing the category and tag filters, or — while a search
 * is active (`hits` not null) — the hits in their ranking order, filtered the same way.
 */
export function listedPosts(
  posts: readonly PostSummary[],
  filter: PostFilter,
  hits: readonly SearchHit[] | null
): ListedPost[] {
  const passes = (post: PostSummary): boolean =>
    (filter.category === null || post.categories.includes(filter.category)) &&
    (filter.tag === null || post.tags.includes(filter.tag))
  if (hits === null) return posts.filter(passes).map((post) => ({ post }))
  const byId = new Map(posts.map((post) => [post.id, post]))
  const rows: ListedPost[] = []
  for (const hit of hits) {
    const post = byId.get(hit.id)
    if (post && passes(post)) rows.push({ post, hit })
  }
  return rows
}
