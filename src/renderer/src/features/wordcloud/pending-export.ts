import type { PostcloudError } from '@shared/errors'
import type { CloudImageFormat, ExportCloudOptions } from '@shared/cloud/export-types'

/** A question an export stopped at; the writer's answer sends the same painted image again. */
export type PendingExport =
  /** A file Postcloud did not write is where the image goes: replace it, rename, or cancel. */
  | { kind: 'exists'; path: string }
  /** The post's cloud link would not work on the published site: move it, keep it, or cancel. */
  | { kind: 'unpublished'; link: string; url: string; rule: string }
  /** A PNG export into a link that names another type: save a PNG copy, export JPG, or cancel. */
  | { kind: 'wrong-type'; name: string }

interface Asked {
  format: CloudImageFormat
  onExisting: ExportCloudOptions['onExisting']
  link?: ExportCloudOptions['link']
}

/**
 * The question a refused export asks, from the error's code and params; null when the error is
 * only to be shown. A question already answered (a choice was sent) is not asked again.
 */
export function pendingOf(error: PostcloudError, asked: Asked): PendingExport | null {
  const params = error.params ?? {}
  if (error.code === 'EXISTS' && asked.onExisting === 'refuse' && params.path) {
    return { kind: 'exists', path: params.path }
  }
  if (error.code === 'UNPUBLISHED_LINK' && asked.link === undefined) {
    const { link, url, rule } = params
    if (link && url && rule) return { kind: 'unpublished', link, url, rule }
  }
  if (error.code === 'WRONG_IMAGE_TYPE' && asked.format === 'png' && params.name) {
    return { kind: 'wrong-type', name: params.name }
  }
  return null
}
