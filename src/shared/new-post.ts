import type { PostStamp } from './post'

/** The template a new post gets when none is chosen: the bundled weekly/daily report. */
export const defaultTemplateId = 'bundled:report'

export interface TemplateInfo {
  /** `bundled:<name>` or `folder:<name>` */
  id: string
  name: string
  source: 'bundled' | 'folder'
}

export interface CreatePostInput {
  title: string
  /** A template id from listTemplates(); the bundled report template when omitted. */
  template?: string
  /** Write into `_drafts/` (Jekyll) instead of `_posts/`. */
  draft?: boolean
  /** ISO instant to stamp the post with; now when omitted. Tests pass it for reproducible names. */
  now?: string
  /** Minutes east of UTC for the `date` field; the writer's zone when omitted. */
  utcOffsetMinutes?: number
}

export interface CreatedPost {
  id: string
  stamp: PostStamp
}
