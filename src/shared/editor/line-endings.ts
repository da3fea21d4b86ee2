/**
 * Line endings a text editor cannot hold. Monaco keeps one end-of-line sequence per model and
 * normalises every CR, LF and CRLF it is given to it, so a file that mixes them (or has a lone CR)
 * would be rewritten whole by the first save. These helpers put the file's own endings back on
 * the lines before the first and after the last edited line, so an edit changes the bytes of the
 * edited region only, and an unedited buffer saves byte for byte.
 */
import type { LineEnding } from '../post'

/**
 * The kind of line breaks `text` has: `lf` or `crlf` when all are of that kind, `mixed` when
 * kinds differ or a lone CR (which no editor model keeps) is among them, `none` without breaks.
 */
export function lineEndingOf(text: string): LineEnding {
  let crlf = false
  let lf = false
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 0x0d) crlf = true
    else lf = true
    if (crlf && lf) return 'mixed'
  }
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x0a) return 'mixed'
  }
  return crlf ? 'crlf' : lf ? 'lf' : 'none'
}

/** Index just past the line break that starts at `at` (CRLF, LF or a lone CR), or `at` at the end. */
function breakEnd(text: string, at: number): number {
  if (at >= text.length) return at
  return text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1
}

/** Index of the next CR or LF at or after `from`, or the text's length. */
function nextBreak(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x0d || code === 0x0a) return at
  }
  return text.length
}

/** Index of the first character of the line break that ends just before `lineStart` (> 0). */
function previousBreakStart(text: string, lineStart: number): number {
  const crlf = text.charCodeAt(lineStart - 1) === 0x0a && text.charCodeAt(lineStart - 2) === 0x0d
  return crlf ? lineStart - 2 : lineStart - 1
}

/** Start of the line whose content ends at `contentEnd`: just past the previous break, or `floor`. */
function lineStart(text: string, contentEnd: number, floor: number): number {
  for (let at = contentEnd - 1; at >= floor; at--) {
    const code = text.charCodeAt(at)
    if (code === 0x0d || code === 0x0a) return at + 1
  }
  return floor
}

/**
 * `edited` (a model's text, one kind of line break throughout) with the line endings of
 * `baseline` (the file as loaded) restored on the lines the two share at the start and at the end,
 * and on the lines in between too when as many lines are there as before (edits within lines).
 * Otherwise the lines in between — the edited region — keep the model's endings. An unedited
 * model gives back `baseline` exactly; cost is one pass over both texts.
 */
export function restoreLineEndings(baseline: string, edited: string): string {
  // Whole lines equal at the start: content and the presence of a break must match.
  let base = 0
  let edit = 0
  for (;;) {
    const baseEnd = nextBreak(baseline, base)
    const editEnd = nextBreak(edited, edit)
    const baseLast = baseEnd === baseline.length
    const editLast = editEnd === edited.length
    if (baseLast !== editLast) break
    if (baseline.slice(base, baseEnd) !== edited.slice(edit, editEnd)) break
    if (baseLast) return baseline
    base = breakEnd(baseline, baseEnd)
    edit = breakEnd(edited, editEnd)
  }
  // Whole lines equal at the end, never reaching back into the shared start. A line's break
  // belongs to it, so a matched line carries the baseline's break after it.
  let baseTail = baseline.length
  let editTail = edited.length
  let baseContentEnd = baseline.length
  let editContentEnd = edited.length
  for (;;) {
    const baseFrom = lineStart(baseline, baseContentEnd, base)
    const editFrom = lineStart(edited, editContentEnd, edit)
    if (baseline.slice(baseFrom, baseContentEnd) !== edited.slice(editFrom, editContentEnd)) break
    baseTail = baseFrom
    editTail = editFrom
    if (baseFrom === base || editFrom === edit) break
    baseContentEnd = previousBreakStart(baseline, baseFrom)
    editContentEnd = previousBreakStart(edited, editFrom)
  }
  const baseMiddle = splitLines(baseline, base, baseTail)
  const editMiddle = splitLines(edited, edit, editTail)
  // Lines edited in place (as many lines as before, breaks where they were) keep their own
  // breaks too; lines added or removed leave no way to pair them, so the model's breaks stay.
  const paired =
    baseMiddle.length === editMiddle.length &&
    baseMiddle.every(([, brk], index) => (brk === '') === (editMiddle[index][1] === ''))
  const middle = paired
    ? editMiddle.flatMap(([content], index) => [content, baseMiddle[index][1]])
    : [edited.slice(edit, editTail)]
  return joinKeepingLines([baseline.slice(0, base), ...middle, baseline.slice(baseTail)])
}

/** The lines from `from` to `to` (both at line boundaries) as [content, break] pairs. */
function splitLines(text: string, from: number, to: number): [string, string][] {
  const lines: [string, string][] = []
  for (let at = from; at < to;) {
    const end = Math.min(nextBreak(text, at), to)
    const next = Math.min(breakEnd(text, end), to)
    lines.push([text.slice(at, end), text.slice(end, next)])
    at = next
  }
  return lines
}

/**
 * Concatenates pieces of text. A kept lone CR right before a piece starting with LF would read
 * back as one CRLF and eat a line: that CR becomes a CRLF, which merges with nothing around it.
 */
function joinKeepingLines(pieces: string[]): string {
  let text = ''
  for (const piece of pieces) {
    if (piece === '') continue
    text += text.endsWith('\r') && piece.startsWith('\n') ? `\n${piece}` : piece
  }
  return text
}
