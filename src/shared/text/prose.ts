import { InlineScanner } from './inline'
import { cleanRuns, normalizeWidth } from './runs'
import { closesCodeFence, openCodeFence } from './code-fence'
import type { CodeFence } from './code-fence'
import { indentOf } from './indent'

/**
 * Markdown -> the prose a reader reads, for word counting: front matter, code, HTML, Liquid, URLs,
 * link and image targets, file names and Markdown syntax go; link text stays. Works line by line
 * with a small state machine and never uses a backtracking regex, so hostile input (megabytes of
 * `*a`, deep `>` nesting, one huge line) costs time proportional to its length.
 */

/** Characters that alone make up thematic breaks, setext underlines and table alignment rows. */
const ruleChars = new Set('-=*_|:+ \t')

/** The index where the body starts: after a closed front matter block, else 0 (unclosed is body). */
export function frontMatterEnd(text: string): number {
  const firstEnd = lineEnd(text, 0)
  // `---` or `---yaml` alone on the first line; the length bound keeps the regex trivially cheap.
  if (firstEnd > 64 || !/^---[A-Za-z]*[ \t]*\r?$/.test(text.slice(0, firstEnd))) return 0
  for (let start = firstEnd + 1; start < text.length;) {
    const end = lineEnd(text, start)
    const line = text.slice(start, end).trimEnd()
    if (line === '---' || line === '...') return Math.min(end + 1, text.length)
    start = end + 1
  }
  return 0
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from)
  return end < 0 ? text.length : end
}

/**
 * Removes blockquote marks, list markers and task boxes at the start of a line, however deeply
 * nested. Reports whether a list marker was seen, because list continuations are not code.
 */
export function stripContainers(line: string): { content: string; list: boolean } {
  let i = 0
  let list = false
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
    const ch = line[i]
    const after = line[i + 1]
    if (ch === '>') {
      i++
    } else if ((ch === '-' || ch === '*' || ch === '+') && (after === ' ' || after === '\t')) {
      i += 2
      list = true
    } else if (ch >= '0' && ch <= '9') {
      let j = i
      while (j < line.length && j - i < 9 && line[j] >= '0' && line[j] <= '9') j++
      if ((line[j] !== '.' && line[j] !== ')') || (line[j + 1] !== ' ' && line[j + 1] !== '\t'))
        break
      i = j + 2
      list = true
    } else if (list && ch === '[' && line[i + 2] === ']' && ' xX'.includes(line[i + 1] ?? '-')) {
      i += 3
    } else break
  }
  return { content: line.slice(i), list }
}

/** A line made only of `-`, `=`, `*`, `_`, `|`, `:`, `+` and spaces carries no words. */
function isRuleLine(content: string): boolean {
  for (let i = 0; i < content.length; i++) if (!ruleChars.has(content[i])) return false
  return true
}

/**
 * `[label]: url` lines go; a footnote definition `[^1]: text` keeps its text. Returns the content
 * to keep, or null when the line is not a definition. The label search is bounded.
 */
function definition(content: string): string | null {
  if (content[0] !== '[') return null
  const close = content.indexOf(']', 1)
  if (close < 0 || close > 1000 || content[close + 1] !== ':') return null
  return content[1] === '^' ? content.slice(close + 2) : ''
}

/** Strips `#` heading marks; closing `#`s are trimmed later with the other edge punctuation. */
export function stripHeading(content: string): string {
  let i = 0
  while (i < content.length && i < 7 && content[i] === '#') i++
  if (i === 0 || i > 6) return content
  return i === content.length || content[i] === ' ' || content[i] === '\t'
    ? content.slice(i)
    : content
}

/** The prose of a Markdown document (front matter included or not), one output line per line. */
export function markdownToProse(text: string): string {
  const source = normalizeWidth(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  const inline = new InlineScanner()
  const out: string[] = []
  let fence: CodeFence | null = null
  let inIndentedCode = false
  let previousBlank = true
  let inList = false
  let start = frontMatterEnd(source)
  while (start <= source.length) {
    const end = lineEnd(source, start)
    let line = source.slice(start, end)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    start = end + 1
    out.push(proseLine(line))
    if (end === source.length) break
  }
  return out.join('\n')

  function proseLine(line: string): string {
    if (inline.inRaw) return cleanRuns(inline.line(line))
    const { content, list } = stripContainers(line)
    if (fence) {
      if (closesCodeFence(content, fence)) fence = null
      return ''
    }
    const blank = content.trim() === ''
    const indent = indentOf(line)
    if (blank) {
      previousBlank = true
      return ''
    }
    if (indent.columns >= 4 && !list && (inIndentedCode || (previousBlank && !inList))) {
      inIndentedCode = true
      return ''
    }
    if (indent.columns === 0 && previousBlank && !list) inList = false
    inIndentedCode = false
    previousBlank = false
    inList ||= list
    const opened = openCodeFence(content.trimStart())
    if (opened) {
      fence = opened
      return ''
    }
    if (isRuleLine(content)) return ''
    const kept = definition(content)
    return cleanRuns(inline.line(stripHeading(kept ?? content)))
  }
}

/** Plain text (no Markdown) gets the same URL, path, file name and identifier removal. */
export function textToProse(text: string): string {
  return normalizeWidth(text).split('\n').map(cleanRuns).join('\n')
}
