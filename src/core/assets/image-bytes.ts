import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { CloudImageFormat } from '@shared/cloud/export-types'

/** A cloud image larger than this (decoded) is refused; a 4K JPEG cloud is a few MB. */
export const maxCloudImageBytes = 40 * 1024 * 1024

const magic: Record<CloudImageFormat, readonly number[]> = {
  jpg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
}

const formatNames: Record<CloudImageFormat, string> = { jpg: 'JPEG', png: 'PNG' }

/**
 * The image bytes of a base64 string, checked before anything is written: valid base64 within the
 * size limit (see `decodeBase64Image`) and really an image of the asked format (magic bytes).
 */
export function decodeCloudImage(
  imageBase64: string,
  format: CloudImageFormat = 'jpg',
  limit = maxCloudImageBytes
): Buffer {
  const bytes = decodeBase64Image(imageBase64, limit, 'The cloud image')
  const found = detectFormat(bytes)
  if (found !== format) {
    const what = found ? `a ${formatNames[found]} image` : 'neither a JPEG nor a PNG image'
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `The cloud image is ${what}, but the export asked for ${formatNames[format]}.`
    )
  }
  return bytes
}

/**
 * The bytes of a base64 image from the window: strictly base64 (Node's decoder silently skips
 * junk, so the alphabet is checked first), not empty, at most `limit` bytes (TOO_LARGE, checked
 * before decoding). A `data:image/...;base64,` prefix is accepted. `label` names it in errors.
 */
export function decodeBase64Image(imageBase64: string, limit: number, label: string): Buffer {
  const text = imageBase64.replace(/^data:image\/[a-z0-9.+-]+;base64,/i, '')
  if (text.length === 0) {
    throw new PostcloudError('INVALID_ARGUMENT', `${label} is empty.`)
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  // Checked on the length before decoding, so an oversized string is never copied into a buffer.
  if ((text.length / 4) * 3 - padding > limit) {
    const megabytes = String(Math.round(limit / 1024 / 1024))
    throw reasonedError('TOO_LARGE', 'image', `${label} is larger than ${megabytes} MB.`, {
      limit: megabytes
    })
  }
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new PostcloudError('INVALID_ARGUMENT', `${label} is not valid base64.`)
  }
  return Buffer.from(text, 'base64')
}

/** The format named by the file's first bytes, or null for anything else. */
export function detectFormat(bytes: Uint8Array): CloudImageFormat | null {
  for (const format of ['jpg', 'png'] as const) {
    const sig = magic[format]
    if (bytes.length > sig.length && sig.every((b, i) => bytes[i] === b)) return format
  }
  return null
}
