import type { CloudWord } from '@shared/cloud/cloud-words'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import type { CloudOptions } from '@shared/cloud/options'

/** What drawing one cloud image needs. */
export interface CloudImageRequest {
  words: readonly CloudWord[]
  options: CloudOptions
  format: CloudImageFormat
  /** The PNG silhouette's bytes when `options.shape` is `mask`. */
  mask: Uint8Array | null
}

/** A drawn cloud image and the figures the command line reports. */
export interface CloudImage {
  bytes: Buffer
  requested: number
  placed: number
  /** Layout plus painting and encoding, in milliseconds. */
  ms: number
  /** Share of the image's pixels that differ from the background (the cloud's ink), 0..1; null when not measured (a batch). */
  inked: number | null
}

/** Draws cloud images: in this thread, or in a pool of worker threads for a batch. */
export type CloudRenderer = (request: CloudImageRequest) => Promise<CloudImage>
