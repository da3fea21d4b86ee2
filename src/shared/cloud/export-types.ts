/** What the window hands the back end when it exports a rendered cloud image. */

import type { PostStamp } from '../post'
import type { CloudOptions } from './options'

export type CloudImageFormat = 'jpg' | 'png'

export interface ExportCloudOptions {
  format?: CloudImageFormat
  /**
   * What to do when the target file exists and Postcloud did not write it: `refuse` (default)
   * fails with EXISTS, `replace` overwrites, `rename` picks a free name like `name-2.jpg`.
   */
  onExisting?: 'refuse' | 'replace' | 'rename'
  /** Expected stamp of the post, so the link insertion never overwrites unseen edits. */
  expected?: PostStamp
  /**
   * The options the image was drawn with: remembered for the post, and recorded with the image so
   * `postcloud cloud --all` knows when the post's text or options changed since.
   */
  cloud?: CloudOptions
  /**
   * What to do when the post already links a cloud whose link would not lead to the image on the
   * published Jekyll site (`wordcloud.jpg` beside a post in `_posts/`): `move` writes the image
   * where the folder's rule puts it and retargets the link, `keep` writes where the link points
   * anyway. Without it such an export is refused with UNPUBLISHED_LINK.
   */
  link?: 'move' | 'keep'
}

export interface ExportCloudResult {
  /** Path of the written image relative to the open folder, `/` separated. */
  imagePath: string
  /** The link target written into (or already present in) the post. */
  link: string
  /** Whether the post text was changed (link inserted or updated). */
  postChanged: boolean
  /** The post's stamp after the export. */
  stamp: PostStamp
  /** The link the post had before, when `link: 'move'` moved it to the folder's rule. */
  movedFrom?: string
}
