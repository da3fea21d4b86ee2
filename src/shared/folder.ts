/** The open posts folder, as the window and the command line see it. */
export interface FolderInfo {
  /** Absolute path of the open folder. */
  path: string
  name: string
  /** True when the folder has `_config.yml` or `_posts/`. */
  jekyll: boolean
  /** The site's `baseurl` from `_config.yml`, '' when none. */
  baseurl: string
  /** The site's `url` from `_config.yml`, '' when none. */
  url: string
  /**
   * The site's `timezone` from `_config.yml` (an IANA name Jekyll reads every date in), null
   * when none: Jekyll then uses the machine's zone.
   */
  timezone: string | null
}
