/**
 * The same for quotes: kramdown's quote takes every line up to a blank one (`> a` then `## B`
 * puts the header in the quote), so such lines get a `> `.
 *
 * kramdown's list items take every following non-blank line that is not a new item (its
 * `lazy_re`): a header, a fence, a quote or a rule written right under an item, without a blank
 * line, belongs to the item (`- a` then `## B` puts the header inside the `<li>`). markdown-it
 * ends the list there. So before parsing, such lazy lines are indented to the item's content
 * column, where markdown-it reads them as part of the item. Lines are only indented, never added
 * or removed, so source line numbers stay.
 */
const listStart = /^( *)([*+-]|\d{1,9}\.)([ \t]+)/
const rule = /^ {0,3}([-*_])( *\1){2,} *$/
const fence = /^ {0,3}(`{3,}|~{3,})/
/** Lines kramdown's lazy_re refuses: an IAL, and block HTML start or end tags. */
const notLazy = /^ {0,3}(?:\{:(?!:|\/)|<\/?[A-Za-z])/

interface Item {
  /** Column where the item's content starts. */
  content: number
  ordered: boolean
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0
}

function isBlank(line: string): boolean {
  return line.trim() === ''
}

export interface PreparedSource {
  text: string
  /** Lines joined to the indented code block above them (kramdown joins them with a blank). */
  lazyCodeLines: Set<number>
}

export function indentLazyLines(markdown: string): PreparedSource {
  const lazyCodeLines = new Set<number>()
  if (!/^(?: {0,3}(?:[*+-]|\d{1,9}\.|>)| {4}|\t)/m.test(markdown))
    return { text: markdown, lazyCodeLines }
  const lines = markdown.split('\n')
  let inCode = false
  const items: Item[] = []
  let lastBlank = true
  let topFence: string | null = null
  let inQuote = false
  // The last line that could close a fence of each kind, so an unclosed fence is seen at once.
  const lastFence = new Map<string, number>()
  lines.forEach((l, i) => {
    const marker = /^\s*(`{3}|~{3})/.exec(l)?.[1]
    if (marker !== undefined) lastFence.set(marker[0], i)
  })
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '')
    // After a blank line only indented lines continue an item; the others end it.
    if (lastBlank && !isBlank(line) && !listStart.test(line)) {
      const indent = indentOf(line)
      while (items.length > 0 && items[items.length - 1].content > indent) items.pop()
    }
    if (items.length === 0) {
      // Outside lists only fences matter: their lines are code, not list items.
      if (topFence !== null) {
        if (line.trimStart().startsWith(topFence)) topFence = null
        lastBlank = false
        continue
      }
      // A quote runs to the next blank line (BLOCKQUOTE_MATCH): lines without `>` join it.
      if (/^ {0,3}>/.test(line)) {
        inQuote = true
        lastBlank = false
        continue
      }
      if (inQuote && !isBlank(line)) {
        if (!notLazy.test(line)) lines[i] = `> ${lines[i]}`
        else inQuote = false
        continue
      }
      inQuote = false
      // Indented code takes unindented lines right after it too (CODEBLOCK_MATCH).
      if (inCode) {
        if (isBlank(line) || /^(?: {4}|\t)/.test(line)) {
          lastBlank = isBlank(line)
          continue
        }
        if (!lastBlank && !notLazy.test(line)) {
          lines[i] = `    ${lines[i]}`
          lazyCodeLines.add(i)
          continue
        }
        inCode = false
      } else if (lastBlank && /^(?: {4}|\t)\s*\S/.test(line)) {
        inCode = true
        lastBlank = false
        continue
      }
      // Only a fence that is closed later is one (kramdown-parser-gfm's FENCED_CODEBLOCK_MATCH).
      const open = fence.exec(line)
      if (open && i < (lastFence.get(open[1][0]) ?? -1)) {
        topFence = open[1].slice(0, 3)
        continue
      }
    }
    if (isBlank(line)) {
      lastBlank = true
      continue
    }
    const indent = indentOf(line)
    // A marker starts an item up to three columns past the enclosing item's content.
    const limit = (items.length > 0 ? items[items.length - 1].content : 0) + 3
    const start = indent <= limit ? listStart.exec(line) : null
    if (start && !rule.test(line)) {
      const ordered = /\d/.test(start[2])
      const base = items[0]
      const spaces = start[3].length
      const width = start[2].length + (spaces === 0 || spaces > 4 ? 1 : spaces)
      // An item of the other list type right under the list is one of its lazy lines: a list
      // nested in the item (kramdown's list_start_re only matches its own list's type).
      if (base !== undefined && base.ordered !== ordered && indent < base.content && !lastBlank) {
        while (items.length > 1 && items[items.length - 1].ordered === ordered) items.pop()
        const owner = items[items.length - 1]
        lines[i] = ' '.repeat(owner.content) + lines[i].trimStart()
        items.push({ content: owner.content + width, ordered })
        continue
      }
      while (items.length > 0 && items[items.length - 1].content > indent) items.pop()
      items.push({ content: start[1].length + width, ordered })
      lastBlank = false
      continue
    }
    const item = items[items.length - 1]
    lastBlank = false
    if (item === undefined || indent >= item.content) continue
    if (notLazy.test(line)) items.length = 0
    else lines[i] = ' '.repeat(item.content) + lines[i].trimStart()
  }
  return { text: lines.join('\n'), lazyCodeLines }
}
