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
const listStart = /^( {0,3})([*+-]|\d{1,9}\.)([ \t]+|$)/
const rule = /^ {0,3}([-*_])( *\1){2,} *$/
const fence = /^ {0,3}(`{3,}|~{3,})/
/** Lines kramdown's lazy_re refuses: an IAL, and block HTML start or end tags. */
const notLazy = /^ {0,3}(?:\{:(?!:|\/)|<\/?[A-Za-z])/

interface Item {
  /** Column where the item's content starts. */
  content: number
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0
}

function isBlank(line: string): boolean {
  return line.trim() === ''
}

export function indentLazyListLines(markdown: string): string {
  if (!/^ {0,3}(?:[*+-]|\d{1,9}\.|>)/m.test(markdown)) return markdown
  const lines = markdown.split('\n')
  const items: Item[] = []
  let lastBlank = true
  let topFence: string | null = null
  let inQuote = false
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
      const open = fence.exec(line)
      if (open) {
        topFence = open[1].slice(0, 3)
        continue
      }
    }
    if (isBlank(line)) {
      lastBlank = true
      continue
    }
    const indent = indentOf(line)
    const start = listStart.exec(line)
    if (start && !rule.test(line)) {
      while (items.length > 0 && items[items.length - 1].content > indent) items.pop()
      const spaces = start[3].length
      const width = start[1].length + start[2].length
      items.push({ content: width + (spaces === 0 || spaces > 4 ? 1 : spaces) })
      lastBlank = false
      continue
    }
    const item = items[items.length - 1]
    lastBlank = false
    if (item === undefined || indent >= item.content) continue
    if (notLazy.test(line)) items.length = 0
    else lines[i] = ' '.repeat(item.content) + lines[i].trimStart()
  }
  return lines.join('\n')
}
