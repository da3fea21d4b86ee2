import type { FolderInfo } from '@shared/folder'
import type { Post, PostStamp } from '@shared/post'

/**
 * What exporting a cloud needs from the open folder. `Library` satisfies it structurally; the
 * narrow port keeps assets/ testable and free of the library's scanning and watching.
 */
export interface PostStore {
  info(): FolderInfo
  /** Absolute path of a folder-relative id, confined to the folder (OUTSIDE_FOLDER otherwise). */
  resolve(id: string): Promise<string>
  read(id: string): Promise<Post>
  /** Atomic save with the stamp check; a file changed since `expected` is a CONFLICT. */
  save(id: string, raw: string, expected: PostStamp | null): Promise<PostStamp>
}
