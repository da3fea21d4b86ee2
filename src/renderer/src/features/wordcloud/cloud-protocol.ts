import type { CloudLayout, PixelData } from '@drawing/index'
import type { CloudWord } from '@shared/cloud/cloud-words'
import type { CloudOptions } from '@shared/cloud/options'

/** What the window asks the cloud worker for: one layout of the post's words. */
export interface LayoutRequest {
  id: number
  words: CloudWord[]
  options: CloudOptions
  /** Pixels of the mask PNG when the shape is `mask`. */
  mask: PixelData | null
}

export type LayoutResponse =
  { id: number; layout: CloudLayout; ms: number } | { id: number; error: string }
