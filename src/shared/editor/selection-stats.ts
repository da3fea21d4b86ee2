/** One selection of the editor: its text and where it starts and ends (1-based, like Monaco). */
export interface SelectedRange {
  text: string
  startLine: number
  endLine: number
  endColumn: number
}

/** What the status bar says about the selection. */
export interface SelectionStats {
  /** Characters selected (code points, so an emoji or a rare CJK character counts once), line breaks left out. */
  chars: number
  /** Lines touched; a selection ending at the very start of a line does not count that line. */
  lines: number
  /** The selected text; several selections are joined by a line break. */
  text: string
}

/** Counts over every non-empty selection (multi-cursor selections add up). */
export function selectionStats(ranges: SelectedRange[], eol: string): SelectionStats {
  const selected = ranges.filter((range) => range.text !== '')
  let chars = 0
  let lines = 0
  for (const range of selected) {
    for (const char of range.text) if (char !== '\n' && char !== '\r') chars++
    const endsAtLineStart = range.endColumn === 1 && range.endLine > range.startLine
    lines += range.endLine - range.startLine + 1 - (endsAtLineStart ? 1 : 0)
  }
  return { chars, lines, text: selected.map((range) => range.text).join(eol) }
}
