import { isNonProseRun } from './latin'

/**
 * Cleans the ASCII parts of a line of prose: every maximal run of printable, non-space ASCII is
 * trimmed of edge punctuation, dropped when it is a URL, path, file name, identifier or hash, and
 * otherwise stripped of Markdown syntax characters. CJK text passes through untouched.
 */

// Leading characters that never start a word: brackets, quotes, emphasis, list and heading marks.
// `/`, `.` and `~` stay so /assets/x, ./a and ~/b are still seen as paths.
const leadTrim = new Set('([{<"\'*_`,;:!?|=+-^#>)]}\\%&@$')
// Trailing ones; `+`, `#` and `%` stay so C++, C# and 50% survive (numbers are dropped later).
const trailTrim = new Set(')]}>"\'*_~`,;:!?.|=-^([{</\\&@$')
// Markdown syntax inside a run: emphasis, code, table pipes, highlights, brackets.
const syntaxChars = /[*`|~=^[\](){}<>"\\]/g

/** Full-width letters and digits (ＡＩ, ２０２５) become ASCII so they segment and fold like ASCII. */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  )
}

function isRunChar(code: number): boolean {
  return code >= 0x21 && code <= 0x7e
}

/** The replacement for one ASCII run. */
export function cleanRun(run: string): string {
  let start = 0
  let end = run.length
  while (start < end && leadTrim.has(run[start])) start++
  while (end > start && trailTrim.has(run[end - 1])) end--
  if (start === end) return ' '
  const core = run.slice(start, end)
  if (isNonProseRun(core)) return ' '
  const cleaned = core.replace(syntaxChars, ' ')
  return (start > 0 ? ' ' : '') + cleaned + (end < run.length ? ' ' : '')
}

/** Applies `cleanRun` to every ASCII run of a line. Linear in the line's length. */
export function cleanRuns(line: string): string {
  let out = ''
  let segment = 0
  let i = 0
  while (i < line.length) {
    if (!isRunChar(line.charCodeAt(i))) {
      i++
      continue
    }
    const runStart = i
    while (i < line.length && isRunChar(line.charCodeAt(i))) i++
    out += line.slice(segment, runStart) + cleanRun(line.slice(runStart, i))
    segment = i
  }
  return segment === 0 ? line : out + line.slice(segment)
}
