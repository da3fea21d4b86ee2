/**
 * Data files as Jekyll's DataReader reads CSV and TSV: Ruby's CSV with `headers: true`, so each
 * row becomes a mapping from the header row's names to its fields. An empty unquoted field is nil,
 * a quoted one is ''. TSV is the same with a tab between fields (quotes still work).
 */

type Field = string | null

/** The rows of a CSV text, each a list of fields. */
export function parseCsvRows(text: string, separator = ','): Field[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const rows: Field[][] = []
  let row: Field[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  let index = 0
  const endField = (): void => {
    row.push(field === '' && !wasQuoted ? null : field)
    field = ''
    wasQuoted = false
  }
  const endRow = (): void => {
    // A blank line is a row without fields, as in Ruby's CSV.
    if (row.length === 0 && field === '' && !wasQuoted) rows.push([])
    else {
      endField()
      rows.push(row)
    }
    row = []
  }
  while (index < source.length) {
    const char = source[index]
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"'
          index += 1
        } else quoted = false
      } else field += char
    } else if (char === '"' && field === '') {
      quoted = true
      wasQuoted = true
    } else if (char === separator) endField()
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1
      endRow()
    } else field += char
    index += 1
  }
  if (field !== '' || wasQuoted || row.length > 0) endRow()
  return rows
}

/** The rows after the header row, as mappings (the first of two same-named columns wins). */
export function parseCsvTable(text: string, separator = ','): Array<Record<string, Field>> {
  const [header, ...rows] = parseCsvRows(text, separator)
  if (!header) return []
  return rows.map((fields) => {
    const record: Record<string, Field> = {}
    header.forEach((name, column) => {
      const key = name ?? ''
      if (!Object.prototype.hasOwnProperty.call(record, key)) record[key] = fields[column] ?? null
    })
    return record
  })
}

/** DataReader#sanitize_filename: the key a data file or folder is known by in `site.data`. */
export function dataKey(name: string): string {
  return name.replace(/[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)/gu, '').replace(/\s+/g, '_')
}
