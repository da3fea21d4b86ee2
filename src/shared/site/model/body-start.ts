/**
 * Where Jekyll's content starts after the front matter. Its YAML_FRONT_MATTER_REGEXP ends with
 * `^(---|\.\.\.)\s*$\n?` in multi-line mode, and Ruby's `\s` takes newlines: so the whitespace
 * after the closing fence is eaten up to and including its last line break. Blank lines under the
 * front matter are not content (kramdown would turn a leading one into a "\n" of output).
 */
export function jekyllBodyStart(text: string, contentEnd: number): number {
  // contentEnd is where the closing `---` or `...` line starts; both are three characters.
  let at = contentEnd + 3
  let afterLastBreak = -1
  while (at < text.length && /\s/.test(text[at])) {
    if (text[at] === '\n') afterLastBreak = at + 1
    at += 1
  }
  return afterLastBreak === -1 ? at : afterLastBreak
}
