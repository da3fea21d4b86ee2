/** Types of security-audit-findings.mjs, for its unit tests. */

/** An issue as Electronegativity's run() returns it (only what the audit reads). */
export interface ElectronegativityIssue {
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  confidence: { name: string }
  sample?: string
  description?: string
}

export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
  sample: string
  description: string
  url: string
}

export interface Verdict {
  blocking: string[]
  stale: string[]
  counts: Record<string, number>
}

export declare function toFinding(issue: ElectronegativityIssue, root: string): Finding
export declare function findingsCsv(findings: readonly Finding[]): string
export declare function acceptedFindings(securityMd: string): Set<string>
export declare function findingKey(check: string, file: string): string
export declare function judgeFindings(
  findings: readonly Finding[],
  accepted: ReadonlySet<string>,
  parseErrors?: readonly { file: string; message: string }[]
): Verdict
export declare function auditSummary(
  verdict: Verdict,
  run: { checks: number; electron: string; tool: string; report: string }
): string
