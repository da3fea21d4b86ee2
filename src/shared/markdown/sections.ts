/**
 * A long post is rendered in sections so a keystroke re-parses only the section it changed. A
 * section starts at an ATX heading in the first column after a blank line: in CommonMark such a
 * line ends every paragraph, list, block quote and table, so markdown-it parses each section as
 * it would inside the whole post. Only top-level fences and raw HTML blocks run past it; the
 * renderer sees those in the section's own parse (`leavesOpen`) and joins the sections then.
 */

export interface Section {
  text: string
  /** Index in the body where the section starts. */
  start: number
  /** 0-based line of the body where the section starts. */
  line: number
}

export function splitSections(body: string): Section[] {
  const sections: Section[] = []
  let start = 0
  let startLine = 0
  let line = 0
  let previousBlank = false
  for (let at = 0; at < body.length; line++) {
    const newline = body.indexOf('\n', at)
    const end = newline < 0 ? body.length : newline
    if (previousBlank && line > startLine && isAtxHeading(body, at, end)) {
      sections.push({ text: body.slice(start, at), start, line: startLine })
      start = at
      startLine = line
    }
    previousBlank = isBlank(body, at, end)
    at = end + 1
  }
  sections.push({ text: body.slice(start), start, line: startLine })
  return sections
}

/**
 * Link reference definitions and footnotes reach across the whole post (a definition anywhere
 * serves every reference; footnotes are numbered in order): such a post is parsed whole. Any
 * `]:` counts, even in code or inside a block quote: a false alarm only costs time.
 */
export function needsWholePost(body: string): boolean {
  return body.includes(']:') || body.includes('^[')
}

function isAtxHeading(text: string, start: number, end: number): boolean {
  let hashes = 0
  while (start + hashes < end && text[start + hashes] === '#') hashes++
  if (hashes === 0 || hashes > 6) return false
  const after = text[start + hashes]
  return start + hashes === end || after === ' ' || after === '\t' || after === '\r'
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const char = text[i]
    if (char !== ' ' && char !== '\t' && char !== '\r') return false
  }
  return true
}
