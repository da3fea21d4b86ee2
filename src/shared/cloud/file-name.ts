import type { CloudImageFormat } from './export-types'

/** The pattern used when neither the writer nor the folder settings name one. */
export const defaultCloudPattern = 'wordcloud_{title}'

/** File names are cut to this many UTF-8 bytes, extension included (most file systems allow 255). */
export const maxFileNameBytes = 200

export interface CloudNameFields {
  title: string
  slug: string
  /** The post's date as written (front matter or Jekyll file name); its calendar day is used. */
  date: string | null
  /** Used for `{date}` when the post has no readable date. */
  today: Date
}

/**
 * The image file name for a post: `pattern` with `{title}`, `{slug}` and `{date}` (YYYYMMDD)
 * filled in, made safe for every common file system, plus `.jpg` or `.png`.
 */
export function cloudFileName(
  pattern: string | undefined,
  fields: CloudNameFields,
  format: CloudImageFormat
): string {
  const ext = format === 'png' ? '.png' : '.jpg'
  const filled = (pattern || defaultCloudPattern)
    .replace(/\.(?:jpe?g|png)$/i, '')
    .replace(/\{(title|slug|date)\}/g, (_, key: string) =>
      key === 'title' ? fields.title : key === 'slug' ? fields.slug : yyyymmdd(fields)
    )
  return `${safeStem(filled, maxFileNameBytes - ext.length)}${ext}`
}

/**
 * A name stem any file system, Jekyll and a URL take as it is: letters and digits of any script
 * (marks kept, so accents and Indic vowels stay), `_` and `-`. Control and format characters
 * (zero-width, bidi controls that make a name look like another) vanish; every other run of
 * characters — spaces, punctuation of either width (`：、，。！？（）`), symbols, path and
 * reserved characters — becomes one `_`. No leading or trailing `_` (a leading one hides the
 * file from Jekyll), never a Windows device name, at most `maxBytes` of UTF-8.
 */
export function safeStem(text: string, maxBytes: number): string {
  let stem = text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^_+|_+$/g, '')
  stem = cutUtf8(stem, maxBytes).replace(/_+$/, '')
  if (stem === '') return 'wordcloud'
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) return `${stem}_`
  return stem
}

/** The longest prefix of `text` of at most `maxBytes` UTF-8 bytes, cut between code points. */
function cutUtf8(text: string, maxBytes: number): string {
  let bytes = 0
  let end = 0
  for (const char of text) {
    const size = utf8Size(char.codePointAt(0) ?? 0)
    if (bytes + size > maxBytes) break
    bytes += size
    end += char.length
  }
  return text.slice(0, end)
}

function utf8Size(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

/** YYYYMMDD of the post's date as written (no time zone shifts), else of `today` in local time. */
function yyyymmdd(fields: CloudNameFields): string {
  const written = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(fields.date ?? '')
  if (written) return written[1] + written[2].padStart(2, '0') + written[3].padStart(2, '0')
  const d = fields.today
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
