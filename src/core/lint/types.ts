/** What `postcloud lint` reports. */

export type Severity = 'error' | 'warning'

/**
 * Every rule and its severity. Errors are what breaks a post on the site or in Postcloud (the
 * front matter cannot be read, an image is not there); warnings are what a report post should
 * have but can do without.
 */
export const ruleSeverity = {
  /** Unclosed fence, invalid YAML, `---js`: the block cannot be read. */
  'front-matter': 'error',
  'duplicate-key': 'error',
  /** The front matter `date` names another day than the `YYYY-MM-DD-` file name. */
  'date-mismatch': 'error',
  'missing-image': 'error',
  'image-outside': 'error',
  /** A Jekyll site would request the image at a URL that does not serve the file the link names. */
  'unpublished-image': 'error',
  /** Binary, not UTF-8, too large or unreadable: nothing else could be checked. */
  unreadable: 'error',
  'missing-title': 'warning',
  'missing-date': 'warning',
  'no-cloud-link': 'warning',
  /** The post's text (or cloud options) changed since Postcloud drew its cloud. */
  'stale-cloud': 'warning'
} as const satisfies Record<string, Severity>

export type RuleId = keyof typeof ruleSeverity

export interface LintFinding {
  /** The post's path relative to the linted folder, `/` separated. */
  file: string
  /** 1-based line of the file (without its BOM), when the rule knows it. */
  line?: number
  column?: number
  rule: RuleId
  severity: Severity
  message: string
}

/** A finding before the runner names its file. */
export type PostFinding = Omit<LintFinding, 'file'>

export interface LintReport {
  /** Markdown files checked. */
  files: number
  findings: LintFinding[]
}

export function finding(
  rule: RuleId,
  message: string,
  at: { line?: number; column?: number } = {}
): PostFinding {
  const out: PostFinding = { rule, severity: ruleSeverity[rule], message }
  if (at.line !== undefined) out.line = at.line
  if (at.column !== undefined) out.column = at.column
  return out
}
