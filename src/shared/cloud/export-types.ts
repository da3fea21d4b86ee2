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
}
