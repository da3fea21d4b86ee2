import type {
  FrontMatterProblem,
  FrontMatterStatus,
  LineEnding,
  Post,
  PostEncoding,
  PostStamp
} from '@shared/post'

/** What the window keeps about an open post besides its text (which lives in the editor model). */
export interface OpenDoc {
  id: string
  /** The file on disk the buffer was loaded from or last saved to. */
  stamp: PostStamp
  bom: boolean
  lineEnding: LineEnding
  /** How the file was decoded; absent for a buffer with no file read behind it (UTF-8 on save). */
  encoding?: PostEncoding
  readOnly: boolean
  frontMatterStatus: FrontMatterStatus
  frontMatterProblem?: FrontMatterProblem
  saving: boolean
  /** The last save's failure, shown until the next save succeeds. */
  saveError: string | null
  /** The file disappeared from disk while open; the buffer is kept. */
  deleted: boolean
}

/** A save that found a different file on disk: the writer decides. */
export interface Conflict {
  id: string
  theirs: Post
}

export function docFromPost(post: Post): OpenDoc {
  return {
    id: post.id,
    stamp: post.stamp,
    bom: post.bom,
    lineEnding: post.lineEnding,
    encoding: post.encoding,
    readOnly: post.readOnly,
    frontMatterStatus: post.frontMatterStatus,
    frontMatterProblem: post.frontMatterProblem,
    saving: false,
    saveError: null,
    deleted: false
  }
}
