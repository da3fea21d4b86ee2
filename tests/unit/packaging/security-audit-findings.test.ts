import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  acceptedFindings,
  auditSummary,
  findingKey,
  findingsCsv,
  judgeFindings,
  toFinding
} from '../../../scripts/security-audit-findings.mjs'
import type { Finding } from '../../../scripts/security-audit-findings.mjs'

const root = resolve(__dirname, '..', '..', '..')

function finding(check: string, severity: string, file: string): Finding {
  return toFinding(
    {
      id: check,
      file,
      location: { line: 3, column: 7 },
      severity: { name: severity },
      confidence: { name: 'FIRM' }
    },
    'src'
  )
}

const securityMd = `# Security

Some words.

## Audit findings

| Check | File | Severity | Why it does not apply |
| --- | --- | --- | --- |
| \`PRELOAD_JS_CHECK\` | \`src/main/window.ts\` | MEDIUM | The preload exposes one narrow object. |
| OPEN_EXTERNAL_JS_CHECK | src/main/external-links.ts | MEDIUM | Asked first. |
| PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK | N/A | MEDIUM | Example of a global finding. |

After the table, | a line | with pipes | is prose again? No: only rows right after the heading count.

## Reporting

| NOT_A_FINDING_CHECK | src/x.ts | MEDIUM | another section |
`

describe('the findings SECURITY.md explains', () => {
  it('reads the rows of the "Audit findings" table, with or without backticks', () => {
    expect([...acceptedFindings(securityMd)].sort()).toEqual(
      [
        'OPEN_EXTERNAL_JS_CHECK src/main/external-links.ts',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N/A',
        'PRELOAD_JS_CHECK src/main/window.ts'
      ].sort()
    )
  })

  it.each([
    ['no SECURITY.md at all', ''],
    ['no such heading', '# Security\n\n| PRELOAD_JS_CHECK | src/main/window.ts | MEDIUM | x |\n'],
    ['a heading with no table', '## Audit findings\n\nNone yet.\n\n## Next\n']
  ])('explains nothing with %s', (_case, text) => {
    expect(acceptedFindings(text).size).toBe(0)
  })

  it('names only files that exist in the repository, in the real SECURITY.md', () => {
    const accepted = acceptedFindings(readFileSync(join(root, 'SECURITY.md'), 'utf8'))
    expect(accepted.size).toBeGreaterThan(0)
    for (const key of accepted) {
      const file = key.slice(key.indexOf(' ') + 1)
      expect(file === 'N/A' || existsSync(join(root, file)), key).toBe(true)
    }
  })
})

describe('the verdict', () => {
  const accepted = acceptedFindings(securityMd)

  it.each([
    [
      'a MEDIUM finding SECURITY.md explains',
      finding('PRELOAD_JS_CHECK', 'MEDIUM', 'main/window.ts'),
      0
    ],
    ['a MEDIUM finding in another file', finding('PRELOAD_JS_CHECK', 'MEDIUM', 'main/other.ts'), 1],
    [
      'a MEDIUM finding of another check',
      finding('CONTEXT_ISOLATION_JS_CHECK', 'MEDIUM', 'main/window.ts'),
      1
    ],
    ['a HIGH finding, even one listed', finding('PRELOAD_JS_CHECK', 'HIGH', 'main/window.ts'), 1],
    ['a HIGH global finding', finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH', 'N/A'), 1],
    [
      'a MEDIUM global finding listed as N/A',
      finding('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'MEDIUM', 'N/A'),
      0
    ],
    ['a LOW finding', finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'), 0],
    [
      'an INFORMATIONAL finding',
      finding('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'INFORMATIONAL', 'N/A'),
      0
    ]
  ])('%s blocks %i time(s)', (_case, one, blocking) => {
    expect(judgeFindings([one], accepted).blocking).toHaveLength(blocking)
  })

  it('says where each blocking finding is and why it blocks', () => {
    const verdict = judgeFindings(
      [
        finding('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'main/window.ts'),
        finding('PRELOAD_JS_CHECK', 'MEDIUM', 'main/x.ts')
      ],
      accepted
    )
    expect(verdict.blocking).toEqual([
      'NODE_INTEGRATION_JS_CHECK HIGH src/main/window.ts:3:7 (HIGH findings are never accepted)',
      `PRELOAD_JS_CHECK MEDIUM src/main/x.ts:3:7 (not in SECURITY.md's "Audit findings" table)`
    ])
  })

  it('fails on a file the tool could not parse: nothing in it was checked', () => {
    const verdict = judgeFindings([], accepted, [
      { file: 'src/main/new.ts', message: 'Unexpected token' }
    ])
    expect(verdict.blocking).toEqual([
      'could not parse src/main/new.ts, so it was not checked: Unexpected token'
    ])
  })

  it('counts every severity and names the explanations no finding needs any more', () => {
    const verdict = judgeFindings(
      [
        finding('PRELOAD_JS_CHECK', 'MEDIUM', 'main/window.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'main/window.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html')
      ],
      accepted
    )
    expect(verdict.counts).toEqual({ HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 0 })
    expect(verdict.stale.sort()).toEqual(
      [
        findingKey('OPEN_EXTERNAL_JS_CHECK', 'src/main/external-links.ts'),
        findingKey('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'N/A')
      ].sort()
    )
    const summary = auditSummary(verdict, {
      checks: 42,
      electron: '40.8.5',
      tool: '1.10.3',
      report: '.test-reports/electronegativity.csv'
    })
    expect(summary).toMatch(/^security audit passed: 0 high, 1 medium .* 2 low, 0 informational; /)
    expect(summary).toContain('Electron 40.8.5')
    expect(summary).toContain('drop from SECURITY.md: ')
    expect(summary.split('\n')).toHaveLength(1)
  })
})

describe('the findings as rows and as a CSV report', () => {
  it('names files from the repository root with forward slashes, and keeps global findings N/A', () => {
    expect(finding('X_CHECK', 'LOW', 'main\\window.ts').file).toBe('src/main/window.ts')
    expect(finding('X_CHECK', 'LOW', 'N/A').file).toBe('N/A')
    expect(finding('X_CHECK', 'LOW', 'main/window.ts').location).toBe('3:7')
  })

  it('writes Electronegativity’s columns, quoting commas, quotes and line breaks', () => {
    const row = {
      ...finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html'),
      sample: `default-src 'self'; img-src "x", y`,
      description: 'two\nlines'
    }
    expect(findingsCsv([row])).toBe(
      'issue, severity, confidence, filename, location, sample, description, url\n' +
        `"CSP_GLOBAL_CHECK","LOW","FIRM","src/renderer/index.html","3:7","default-src 'self'; img-src ""x"", y","two\nlines","https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK"\n`
    )
  })
})
