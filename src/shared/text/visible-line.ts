import { afterTarget, decodeEntity, entityEnd, matchPairs } from './inline'
import { stripContainers, stripHeading } from './prose'

/**
 * One line of Markdown as a reader of the rendered page sees it, for a search result: heading
 * marks, list and quote markers, emphasis, code backticks, link and image syntax (their text
 * stays), HTML tags and entities go. Unlike `markdownToProse`, which feeds word counting and so
 * drops code, URLs and file names, it keeps every word a reader sees, and it says where each of
 * its characters came from, so a match found in the raw line can be shown and highlighted.
 */
export interface VisibleText {
  text: string
  /** For each UTF-16 unit of `text`, the index in the line of the unit it shows. */
  from: number[]
}

/** A line shown as it is (a title, a line of code): control characters as spaces, runs of spaces as one. */
export function plainLine(line: string): VisibleText {
  const out = new Builder()
  for (let i = 0; i < line.length; i++) out.add(line[i], i)
  return out.done()
}

/**
 * `line` without its Markdown. Syntax a reader never sees but `keep` (a [start, end) range of the
 * line, say a search match) falls in, such as a link's target or an HTML tag, is shown as text
 * after all, so the match stays visible; emphasis marks never are.
 */
export function visibleLine(line: string, keep: readonly [number, number] = [0, 0]): VisibleText {
  const out = new Builder()
  const overlaps = (start: number, end: number): boolean => start < keep[1] && keep[0] < end
  const { content } = stripContainers(line)
  const heading = stripHeading(content)
  const start = line.length - heading.length
  const end = heading === content ? line.length : closingHashes(line, start)
  const table = line.charCodeAt(start) === 124
  const pairs = matchPairs(line)
  // The closing `]` of each link or image whose syntax goes -> where its target ends.
  const linkEnds = new Map<number, number>()
  // Hides line[from, to), or shows line[shownFrom, shownTo) of it when `keep` falls in it.
  const hide = (from: number, to: number, shownFrom = from, shownTo = to): void => {
    if (!overlaps(from, to)) return
    out.add(' ', from)
    for (let i = shownFrom; i < shownTo; i++) out.add(line[i], i)
    out.add(' ', to - 1)
  }
  for (let i = start; i < end;) {
    const code = line.charCodeAt(i)
    if (code === 92 && isAsciiPunctuation(line.charCodeAt(i + 1))) {
      out.add(line[i + 1], i + 1)
      i += 2
    } else if (code === 96) {
      i = codeSpan(line, i, pairs, out)
    } else if (code === 33 && line.charCodeAt(i + 1) === 91 && pairs[i + 1] > i + 1) {
      linkEnds.set(pairs[i + 1], afterTarget(line, pairs, pairs[i + 1] + 1))
      i += 2
    } else if (code === 91 && pairs[i] > i) {
      const close = pairs[i]
      const target = afterTarget(line, pairs, close + 1)
      if (line.charCodeAt(i + 1) === 94) {
        hide(i, close + 1) // a footnote marker [^1]
        i = close + 1
      } else if (target > close + 1) {
        linkEnds.set(close, target)
        i += 1
      } else {
        out.add('[', i)
        i += 1
      }
    } else if (code === 93 && linkEnds.has(i)) {
      const target = linkEnds.get(i) ?? i + 1
      if (target > i + 1) hide(i + 1, target, i + 2, target - 1)
      i = target
    } else if (code === 60) {
      i = htmlOrAutolink(line, i, end, hide, out)
    } else if (code === 38 && entityEnd(line, i) > 0) {
      const after = entityEnd(line, i)
      const decoded = decodeEntity(line.slice(i + 1, after - 1))
      for (let unit = 0; unit < decoded.length; unit++) out.add(decoded[unit], i)
      i = after
    } else if (code === 42 || code === 95 || code === 126) {
      i = emphasis(line, i, start, end, out)
    } else if (code === 124 && table) {
      out.add(' ', i)
      i += 1
    } else {
      out.add(line[i], i)
      i += 1
    }
  }
  return out.done()
}

/** Collects the shown characters: control characters become spaces, runs of spaces one, no edges. */
class Builder {
  private text = ''
  private readonly from: number[] = []
  private afterSpace = true

  add(char: string, at: number): void {
    const code = char.charCodeAt(0)
    const space = code <= 32 || code === 127
    if (space && this.afterSpace) return
    this.text += space ? ' ' : char
    this.from.push(at)
    this.afterSpace = space
  }

  done(): VisibleText {
    const trailing = this.afterSpace && this.text.length > 0
    if (trailing) this.from.pop()
    return { text: trailing ? this.text.slice(0, -1) : this.text, from: this.from }
  }
}

/** Where a heading's text ends: before closing `#`s that follow a space (`## 标题 ##`). */
function closingHashes(line: string, start: number): number {
  let end = line.length
  while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  let hashes = end
  while (hashes > start && line[hashes - 1] === '#') hashes--
  if (hashes === end) return line.length
  return hashes === start || line[hashes - 1] === ' ' || line[hashes - 1] === '\t' ? hashes : end
}

/** A code span shows its code without the backticks; a lone run of backticks is text. */
function codeSpan(line: string, at: number, pairs: Int32Array, out: Builder): number {
  let run = at
  while (line.charCodeAt(run) === 96) run++
  const close = pairs[at]
  if (close < 0) {
    for (let i = at; i < run; i++) out.add('`', i)
    return run
  }
  for (let i = run; i < close - (run - at); i++) out.add(line[i], i)
  return close
}

/** `*`, `_` and `~~` runs that open or close emphasis go; `a * b`, `snake_case` and `~` stay. */
function emphasis(line: string, at: number, start: number, end: number, out: Builder): number {
  const code = line.charCodeAt(at)
  let run = at
  while (run < end && line.charCodeAt(run) === code) run++
  const before = at > start ? line[at - 1] : ' '
  const after = run < end ? line[run] : ' '
  const flanking = !/\s/.test(after) || !/\s/.test(before)
  const intraword = code === 95 && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)
  const syntax = flanking && !intraword && (code !== 126 || run - at === 2)
  if (!syntax) for (let i = at; i < run; i++) out.add(line[i], i)
  return run
}

/**
 * An HTML tag or comment goes (shown after all where the search match is in it), an autolink
 * `<https://…>` shows its address, and a `<` that starts neither is text. Each `<` looks ahead to
 * the next `>`: callers hand in a bounded stretch of a line, not a megabyte one.
 */
function htmlOrAutolink(
  line: string,
  at: number,
  end: number,
  hide: (from: number, to: number) => void,
  out: Builder
): number {
  if (line.startsWith('<!--', at)) {
    const close = line.indexOf('-->', at + 4)
    const after = close < 0 || close + 3 > end ? end : close + 3
    hide(at, after)
    return after
  }
  const close = line.indexOf('>', at + 1)
  const inner = close < 0 || close > end ? '' : line.slice(at + 1, close)
  if (/^[a-z][a-z0-9+.-]{1,31}:[^\s<]*$|^[^\s<@]+@[^\s<@]+$/i.test(inner)) {
    for (let i = at + 1; i < close; i++) out.add(line[i], i)
    return close + 1
  }
  if (/^\/?[a-z][a-z0-9-]*(?:[\s/][^<]*)?$/i.test(inner)) {
    hide(at, close + 1)
    return close + 1
  }
  out.add('<', at)
  return at + 1
}

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  )
}
