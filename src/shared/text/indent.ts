/**
 * Width of a line's leading whitespace in columns (a tab reaches the next multiple of 4, as in
 * CommonMark), and the index where its text starts.
 */
export function indentOf(line: string): { columns: number; index: number } {
  let columns = 0
  let index = 0
  for (; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === 32) columns++
    else if (code === 9) columns += 4 - (columns % 4)
    else break
  }
  return { columns, index }
}
