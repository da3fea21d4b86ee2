import { useEffect, useRef } from 'react'
import type { PostSummary } from '@shared/post'

/**
 * The first screen of a folder shows its newest post, the first the list shows (it is sorted
 * newest first, by date), instead of an empty editor and a blank preview. Once per folder, as
 * soon as its posts are listed, and only while no post is open: a post the writer picked or
 * restored in the meantime stays in front (`openFirst` checks that before and after reading).
 */
export function useOpenNewestPost(
  folderPath: string | null,
  posts: readonly PostSummary[],
  openFirst: (id: string) => Promise<boolean>
): void {
  const done = useRef<string | null>(null)
  useEffect(() => {
    // No posts listed yet (or none at all): a post created later is opened by New Post itself.
    if (folderPath === null || done.current === folderPath || posts.length === 0) return
    done.current = folderPath
    const newest = posts.find((post) => post.unreadable === undefined)
    if (newest) void openFirst(newest.id)
  }, [folderPath, posts, openFirst])
}
