import type { PostStamp } from './post'

/** The template a new post gets when none is chosen: the bundled weekly/daily report. */
export const defaultTemplateId = 'bundled:report'

export interface TemplateInfo {
  /** `bundled:<name>` or `folder:<name>` */
  id: string
  name: string
  source: 'bundled' | 'folder'
  /**
   * The title a post made from this template gets unless the writer types another: for the
   * report template, today's daily report (`<series>_<YYYYMMDD>_<YYYYMMDD>`) of the series of the
   * folder's newest report, `report` when it has none, today being the site's day.
   */
  suggestedTitle?: string
}

export interface CreatePostInput {
  title: string
  /** A template id from listTemplates(); the bundled report template when omitted. */
  template?: string
  /** Write into `_drafts/` (Jekyll) instead of `_posts/`. */
  draft?: boolean
  /** ISO instant to stamp the post with; now when omitted. Tests pass it for reproducible names. */
  now?: string
  /**
   * The writer's zone, in minutes east of UTC; this machine's when omitted. Used only when the
   * site's `_config.yml` names no `timezone`: a site's posts are dated in the site's zone.
   */
  utcOffsetMinutes?: number
}

export interface CreatedPost {
  id: string
  stamp: PostStamp
}
