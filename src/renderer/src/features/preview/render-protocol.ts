import type { LiquidSite } from '@shared/markdown/liquid'
import type { RenderedPost } from '@shared/markdown/render-post'

/** What the window asks the render worker for: one version of the buffer. */
export interface RenderRequest {
  id: number
  source: string
  postId: string
  site: LiquidSite
}

export type RenderResponse =
  { id: number; post: RenderedPost; lineCount: number } | { id: number; error: string }
