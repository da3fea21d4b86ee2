// The pure half of the security audit (scripts/security-audit.mjs): Electronegativity's findings
// as rows, the CSV report, the accepted findings of SECURITY.md and the verdict. No I/O here.

/** Electronegativity's own CSV columns, so the report reads like the one its CLI writes. */
const csvHeader = 'issue, severity, confidence, filename, location, sample, description, url'

/**
 * One finding as a plain row. `issue` is what Electronegativity's run() returns; `root` is the
 * folder it scanned, as the repository names it (`src`), so rows name files as SECURITY.md does.
 */
export function toFinding(issue, root) {
  const file = issue.file === 'N/A' ? 'N/A' : `${root}/${issue.file.split('\\').join('/')}`
  return {
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file,
    location: `${issue.location.line}:${issue.location.column}`,
    sample: issue.sample ?? '',
    description: issue.description ?? '',
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`
  }
}

/** The CSV report: every field quoted, quotes doubled, so commas and line breaks stay inside. */
export function findingsCsv(findings) {
  const quote = (value) => `"${String(value).replaceAll('"', '""')}"`
  const rows = findings.map((f) =>
    [f.check, f.severity, f.confidence, f.file, f.location, f.sample, f.description, f.url]
      .map(quote)
      .join(',')
  )
  return [csvHeader, ...rows].map((line) => `${line}\n`).join('')
}

/**
 * The rows of the "Audit findings" table in SECURITY.md, as `CHECK file` keys: the findings the
 * project has reviewed and explained. Cells may wrap names in backticks; the table ends at the
 * first line that is not a table row.
 */
export function acceptedFindings(securityMd) {
  const lines = securityMd.split(/\r?\n/)
  const heading = lines.findIndex((line) => /^#{1,6}\s+Audit findings\s*$/i.test(line))
  const accepted = new Set()
  if (heading === -1) return accepted
  let row = heading + 1
  while (row < lines.length && !lines[row].trim().startsWith('|')) row++
  for (; row < lines.length && lines[row].trim().startsWith('|'); row++) {
    const cells = lines[row]
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim().replaceAll('`', ''))
    const [check, file] = cells
    // The header row and the |---| separator name no check.
    if (!/^[A-Z][A-Z0-9_]+$/.test(check ?? '') || !file) continue
    accepted.add(findingKey(check, file))
  }
  return accepted
}

export function findingKey(check, file) {
  return `${check} ${file}`
}

/**
 * The verdict. A HIGH finding always fails, listed or not; a MEDIUM one fails unless SECURITY.md
 * explains it; a file Electronegativity could not parse fails too, since nothing in it was
 * checked. LOW and INFORMATIONAL findings are counted. Rows of the table that no longer match a
 * finding are returned as stale, for the summary to mention.
 */
export function judgeFindings(findings, accepted, parseErrors = []) {
  const blocking = []
  const seen = new Set()
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 }
  for (const finding of findings) {
    counts[finding.severity] = (counts[finding.severity] ?? 0) + 1
    const key = findingKey(finding.check, finding.file)
    seen.add(key)
    const at = `${finding.check} ${finding.severity} ${finding.file}:${finding.location}`
    if (finding.severity === 'HIGH') blocking.push(`${at} (HIGH findings are never accepted)`)
    else if (finding.severity === 'MEDIUM' && !accepted.has(key)) {
      blocking.push(`${at} (not in SECURITY.md's "Audit findings" table)`)
    }
  }
  for (const error of parseErrors) {
    blocking.push(`could not parse ${error.file}, so it was not checked: ${error.message}`)
  }
  const stale = [...accepted].filter((key) => !seen.has(key))
  return { blocking, stale, counts }
}

/** The one line printed when the audit passes. */
export function auditSummary({ counts, stale }, { checks, electron, tool, report }) {
  const tally = `${counts.HIGH} high, ${counts.MEDIUM} medium (each explained in SECURITY.md), ${counts.LOW} low, ${counts.INFORMATIONAL} informational`
  const staleNote =
    stale.length > 0 ? `; no longer reported, drop from SECURITY.md: ${stale.join(', ')}` : ''
  return `security audit passed: ${tally}; Electronegativity ${tool}, ${checks} checks, Electron ${electron}; report ${report}${staleNote}`
}
