import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ruleSeverity } from '@core/lint'
import { copyFixtures, postcloud } from './cli-run'

/** `postcloud lint` run in-process on a copy of tests/fixtures/lint/site. */

let fixtures: ReturnType<typeof copyFixtures>

beforeEach(() => {
  fixtures = copyFixtures()
})
afterEach(() => fixtures.remove())

describe('postcloud lint', () => {
  it('--json prints one object: counts and the findings with their fields', async () => {
    const run = await postcloud('lint', fixtures.site, '--json')
    expect(run.stderr).toBe('')
    expect(run.stdout.endsWith('}\n')).toBe(true)
    const report = JSON.parse(run.stdout) as {
      files: number
      errors: number
      warnings: number
      findings: Record<string, unknown>[]
    }
    expect(Object.keys(report)).toEqual(['files', 'errors', 'warnings', 'findings'])
    expect(report.files).toBe(14)
    expect(report.errors).toBe(report.findings.filter((f) => f.severity === 'error').length)
    expect(report.warnings).toBe(report.findings.filter((f) => f.severity === 'warning').length)
    expect(report.errors + report.warnings).toBe(report.findings.length)
    expect([report.errors, report.warnings]).toEqual([12, 7])
    for (const each of report.findings) {
      expect(Object.keys(each).filter((key) => !['line', 'column'].includes(key))).toEqual([
        'file',
        'rule',
        'severity',
        'message'
      ])
      expect(each.severity).toBe(ruleSeverity[each.rule as keyof typeof ruleSeverity])
      if ('line' in each) expect(each.line).toBeGreaterThan(0)
    }
    expect(report.findings).toContainEqual({
      file: '_posts/2025-11-15-duplicate-keys.md',
      line: 6,
      column: 1,
      rule: 'duplicate-key',
      severity: 'error',
      message: 'The key "tags" is repeated (first on line 4); YAML allows each key once'
    })
  })

  it('prints the findings grouped by file, then a summary line', async () => {
    const run = await postcloud('lint', join(fixtures.site, '_posts'))
    const lines = run.stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '2025-11-11-date-mismatch.md',
      "  4:1  error    The date 2025-11-12 15:33:03 +0800 is another day than the file name's 2025-11-11  date-mismatch",
      ''
    ])
    expect(run.stdout).toContain(
      [
        '2025-11-17-missing-image.md',
        '  8    error    The image /reports/assets/images/nope.png is missing (assets/images/nope.png)  missing-image',
        '  11   error    The image images/also-missing.png is missing (_posts/images/also-missing.png)  missing-image',
        '  11   error    The image images/also-missing.png would be requested as /reports/2025/11/17/images/also-missing.png on the published site, which serves no such file  unpublished-image'
      ].join('\n')
    )
    expect(run.stdout).toContain('  -    warning  No title  missing-title')
    expect(run.stdout.endsWith('\n11 file(s) checked: 12 error(s), 6 warning(s)\n')).toBe(true)
  })

  it('exits 1 with errors, 0 with warnings only or nothing to report, 2 for usage mistakes', async () => {
    expect((await postcloud('lint', fixtures.site)).code).toBe(1)

    const warningsOnly = join(fixtures.temp, 'warnings-only')
    mkdirSync(join(warningsOnly, '_posts'), { recursive: true })
    cpSync(join(fixtures.site, '_config.yml'), join(warningsOnly, '_config.yml'))
    cpSync(
      join(fixtures.site, '_posts/2025-11-19-no-cloud.md'),
      join(warningsOnly, '_posts/2025-11-19-no-cloud.md')
    )
    const warned = await postcloud('lint', warningsOnly, '--json')
    expect(warned.code).toBe(0)
    expect(JSON.parse(warned.stdout)).toMatchObject({ files: 1, errors: 0, warnings: 1 })

    const empty = join(fixtures.temp, 'empty')
    mkdirSync(empty)
    const clean = await postcloud('lint', empty)
    expect(clean).toEqual({
      code: 0,
      stdout: '0 file(s) checked: 0 error(s), 0 warning(s)\n',
      stderr: ''
    })

    for (const args of [[], [fixtures.site, empty], [fixtures.site, '--nope']]) {
      const run = await postcloud('lint', ...args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toContain('See postcloud lint --help.')
    }
    const file = join(fixtures.site, 'about.md')
    expect((await postcloud('lint', file)).code).toBe(2)
    expect((await postcloud('lint', join(fixtures.temp, 'missing'))).code).toBe(1)

    const help = await postcloud('lint', '--help')
    expect(help.code).toBe(0)
    for (const rule of Object.keys(ruleSeverity)) expect(help.stdout).toContain(rule)
  })

  it('is listed in the main help, with fm', async () => {
    const run = await postcloud('--help')
    expect(run.stdout).toContain('lint <folder>')
    expect(run.stdout).toContain('fm get <post> [key]')
  })
})
