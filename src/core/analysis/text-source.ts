/**
 * A post's text as it was read: its UTF-8 bytes when the file is UTF-8 (checked, BOM removed), so
 * that a post the analysis cache answers is never decoded (decoding a 9 MB folder costs a warm
 * count a tenth of its time), else the decoded string (a GB18030 post, an editor buffer).
 */
export type TextSource = string | Utf8Text

/** Bytes that are valid UTF-8, no BOM: the text they decode to is exact. */
export interface Utf8Text {
  readonly utf8: Uint8Array
}

export function textOf(source: TextSource): string {
  if (typeof source === 'string') return source
  const { utf8 } = source
  return Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength).toString('utf8')
}

export function isTextSource(value: unknown): value is TextSource {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' && value !== null && (value as Utf8Text).utf8 instanceof Uint8Array)
  )
}
