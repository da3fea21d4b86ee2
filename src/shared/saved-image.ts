/** An image saved into the folder for a post (pasted or dropped into the editor). */
export interface SavedImage {
  /** Path of the image relative to the open folder, `/` separated. */
  path: string
  /**
   * The link to write in the post: relative to the post in a plain folder, root-relative with the
   * site's `baseurl` in a Jekyll site.
   */
  link: string
}
