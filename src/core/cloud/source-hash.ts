import { findCloudLink } from '@shared/cloud/link'
import type { CloudOptions } from '@shared/cloud/options'
import { sha256Hex } from '../library/stamp'

/** What a cloud image was made from, recorded with it in `.postcloud/clouds.json`. */
export interface CloudSource {
  /** sha256 of the post's text with its cloud link's destination blanked (see `cloudTextHash`). */
  textHash: string
  /** sha256 of the options' stable JSON. */
  optionsHash: string
}

/**
 * The hash of a post's text as the cloud saw it. The link's destination is blanked, so moving the
 * image (a renamed post, an edited path) does not make the cloud look stale; everything else in
 * the text counts, the link line itself included.
 */
export function cloudTextHash(raw: string, bodyStart: number): string {
  const link = findCloudLink(raw, bodyStart)
  const text = link ? raw.slice(0, link.start) + raw.slice(link.end) : raw
  return sha256Hex(Buffer.from(text, 'utf8'))
}

/**
 * Every option counts, quality and scale too: the same picture at another quality is another file.
 * An option added later counts only once it differs from its default, so clouds recorded before
 * it existed (every one before `emphasis`, or `colorBy`) are not all taken for stale.
 */
export function cloudOptionsHash(options: CloudOptions): string {
  const { emphasis, colorBy, ...older } = options
  const hashed = {
    ...older,
    ...(emphasis === 'count' ? {} : { emphasis }),
    ...(colorBy === 'seed' ? {} : { colorBy })
  }
  return sha256Hex(Buffer.from(stableJson(hashed), 'utf8'))
}

/** JSON with object keys sorted at every level, so equal values always hash alike. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export function isCloudSource(value: unknown): value is CloudSource {
  if (typeof value !== 'object' || value === null) return false
  const { textHash, optionsHash } = value as Record<string, unknown>
  return isSha256(textHash) && isSha256(optionsHash)
}

function isSha256(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}
