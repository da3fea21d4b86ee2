/**
 * Finding, inserting and retargeting a post's word cloud link (`![词云图](...)`) in raw Markdown.
 * Pure text functions: every offset is an index into the raw string, so callers can splice the
 * file without re-rendering it and keep everything else (line endings, spacing) byte-identical.
 */

/** Alt text and section heading Postcloud writes; the heading is also how an existing section is found. */
export const cloudAlt = '词云图'
export const cloudHeading = '词云分析'

export type Eol = 'lf' | 'crlf'

export interface CloudLink {
  /** The link destination as the writer meant it: angle brackets and backslash escapes removed. */
  target: string
  /** Offsets in the raw text of the destination as written (including its `<...>`, if any). */
  start: number
  end: number
}

// `![alt](destination "title")`: the destination is `<...>` or a run without spaces that may hold
// one level of balanced parentheses, as CommonMark allows. The alt excludes `[` so a line of
// thousands of `![` is scanned once, not once per `![`.
const imagePattern =
  /!\[([^[\]\n]*)\]\([ \t]*(<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\([^\s()]*\))+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)/g

/**
 * The LAST image in the text whose alt is 词云图 or whose file name starts with `wordcloud`,
 * ignoring code (fenced blocks, inline spans) and HTML comments. `from` skips the front matter.
 */
export function findCloudLink(raw: string, from = 0): CloudLink | null {
  const masked = maskNonProse(raw)
  let found: CloudLink | null = null
  imagePattern.lastIndex = from
  for (let m = imagePattern.exec(masked); m; m = imagePattern.exec(masked)) {
    const written = m[2]
    const start = m.index + m[0].indexOf(written, m[1].length + 3)
    const target = unwrapDestination(raw.slice(start, start + written.length))
    if (m[1].trim() === cloudAlt || isCloudFileName(target)) {
      found = { target, start, end: start + written.length }
    }
  }
  return found
}

/** Whether the last path segment of a link target starts with `wordcloud` (any case). */
export function isCloudFileName(target: string): boolean {
  const path = target.replace(/[?#].*$/s, '')
  const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1)
  return /^wordcloud/i.test(safeDecode(name))
}

/**
 * Adds the cloud image to the post. When the post already has a 词云分析 heading (the report
 * template's, with its link deleted) the image goes at the end of that section, so the post never
 * gets a second section; otherwise the section is appended, one blank line after the text.
 */
export function insertCloudSection(raw: string, target: string, eol: Eol, from = 0): string {
  const nl = eol === 'crlf' ? '\r\n' : '\n'
  const image = `![${cloudAlt}](${formatDestination(target)})`
  const section = findHeadingSection(raw, from)
  if (section) {
    const before = raw.slice(0, section.contentEnd)
    // The rest of the section is blank lines (and maybe the next heading): keep one blank line.
    const after = raw.slice(section.contentEnd).replace(/^[ \t]*(?:\r?\n[ \t]*)*(?=\r?\n|$)/, '')
    const rest = after.replace(/^\r?\n/, '')
    return `${before}${nl}${nl}${image}${nl}${rest === '' ? '' : nl + rest}`
  }
  return `${raw}${separator(raw, nl)}## ${cloudHeading}${nl}${nl}${image}${nl}`
}

/** The raw text with the link's destination replaced; the alt, title and the rest stay as written. */
export function replaceCloudTarget(raw: string, link: CloudLink, newTarget: string): string {
  return raw.slice(0, link.start) + formatDestination(newTarget) + raw.slice(link.end)
}

/**
 * A destination as it must be written: CommonMark ends a bare destination at a space and needs
 * balanced parentheses, so such targets go in `<...>` (kramdown reads that form too).
 */
export function formatDestination(target: string): string {
  if (target === '' || /[\s()<>\\]/.test(target)) {
    return `<${target.replace(/[<>\\]/g, (c) => `\\${c}`)}>`
  }
  return target
}

/**
 * A file path made safe as a URL path: `%`, `#` and `?` would be read as an escape, a fragment or a
 * query, so they are percent-encoded; everything else (Chinese included) stays readable.
 */
export function encodeLinkPath(path: string): string {
  return path.replace(/[%#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The line ending to write into a file: the one of its last line break, else LF. */
export function eolOf(raw: string): Eol {
  const last = raw.lastIndexOf('\n')
  return last > 0 && raw[last - 1] === '\r' ? 'crlf' : 'lf'
}

/** What to put between existing text and a new block so exactly one blank line separates them. */
function separator(text: string, nl: string): string {
  if (text === '') return ''
  let breaks = 0
  for (let i = text.length - 1; i >= 0 && breaks < 2; i--) {
    if (text[i] === '\n') breaks++
    else if (text[i] !== '\r') break
  }
  return breaks >= 2 ? '' : breaks === 1 ? nl : nl + nl
}

interface HeadingSection {
  /** End of the section's last non-blank line (before its line break). */
  contentEnd: number
}

/** The last `## 词云分析` heading (any level) outside code, and where its content ends. */
function findHeadingSection(raw: string, from: number): HeadingSection | null {
  const masked = maskNonProse(raw)
  const heading = /^ {0,3}(#{1,6})[ \t]+词云分析[ \t]*#*[ \t]*$/gm
  heading.lastIndex = from
  let level = 0
  let headingEnd = -1
  for (let m = heading.exec(masked); m; m = heading.exec(masked)) {
    level = m[1].length
    headingEnd = m.index + m[0].length
  }
  if (headingEnd < 0) return null
  const next = new RegExp(`^ {0,3}#{1,${level}}[ \\t]`, 'gm')
  next.lastIndex = headingEnd
  const sectionEnd = next.exec(masked)?.index ?? raw.length
  let contentEnd = sectionEnd
  while (contentEnd > headingEnd && /\s/.test(raw[contentEnd - 1])) contentEnd--
  return { contentEnd }
}

/**
 * A copy of the text, same length, with fenced code, inline code spans and HTML comments blanked
 * out (line breaks kept), so a link shown as an example in a code block is never taken for the real one.
 */
function maskNonProse(raw: string): string {
  const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ')
  let out = ''
  let fence: { char: string; size: number } | null = null
  for (const line of raw.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?\n?$/.exec(line)
      if (close && close[1][0] === fence.char && close[1].length >= fence.size) fence = null
      out += blank(line)
    } else if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = { char: open[1][0], size: open[1].length }
      out += blank(line)
    } else {
      out += line
    }
  }
  return maskCodeSpans(maskComments(out, blank), blank)
}

/** Closed `<!-- ... -->` comments, found with indexOf so an unclosed `<!--` costs one scan. */
function maskComments(text: string, blank: (s: string) => string): string {
  let out = ''
  let pos = 0
  for (;;) {
    const open = text.indexOf('<!--', pos)
    const close = open < 0 ? -1 : text.indexOf('-->', open + 4)
    if (close < 0) return out + text.slice(pos)
    out += text.slice(pos, open) + blank(text.slice(open, close + 3))
    pos = close + 3
  }
}

/**
 * Inline code spans: a backtick run up to the next run of the same length, within one paragraph.
 * Each run's next same-length run is precomputed, so adversarial backticks stay linear.
 */
function maskCodeSpans(text: string, blank: (s: string) => string): string {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ start: m.index, size: m[0].length }))
  const nextSame: number[] = new Array<number>(runs.length).fill(-1)
  const seen = new Map<number, number>()
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = seen.get(runs[i].size) ?? -1
    seen.set(runs[i].size, i)
  }
  const breaks = [...text.matchAll(/\n[ \t]*\r?\n/g)].map((m) => m.index)
  let out = ''
  let pos = 0
  for (let i = 0; i < runs.length; i++) {
    const j = nextSame[i]
    if (runs[i].start < pos || j < 0) continue
    const end = runs[j].start + runs[j].size
    if (hasBreakBetween(breaks, runs[i].start, end)) continue
    out += text.slice(pos, runs[i].start) + blank(text.slice(runs[i].start, end))
    pos = end
  }
  return out + text.slice(pos)
}

/** Whether a paragraph break starts inside [from, to); `breaks` is sorted. */
function hasBreakBetween(breaks: number[], from: number, to: number): boolean {
  let lo = 0
  let hi = breaks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (breaks[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo < breaks.length && breaks[lo] < to
}

/** `<a b.jpg>` -> `a b.jpg`, `a\(1\).jpg` -> `a(1).jpg`. */
function unwrapDestination(written: string): string {
  const inner = written.startsWith('<') ? written.slice(1, -1) : written
  return inner.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
