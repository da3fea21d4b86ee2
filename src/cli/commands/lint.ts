import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { lintFolder } from '@core/lint'
import type { LintFinding, LintReport } from '@core/lint'
import { PostcloudError } from '@shared/errors'
import { bundlePaths } from '../bundle-paths'
import { lintHelp } from '../help'
import { settingsRoot } from '../settings-root'
import { UsageError } from '../usage-error'

/** `postcloud lint <folder> [--json]`: exit status 1 when any error is found. */
export async function lintCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(lintHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('lint needs exactly one folder.')
  const folder = resolve(positionals[0])
  await requireFolder(folder)
  const report = await lintFolder({
    root: await settingsRoot(folder),
    folder,
    resourcesDir: bundlePaths().resourcesDir
  })
  const errors = report.findings.filter((each) => each.severity === 'error').length
  const warnings = report.findings.length - errors
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ files: report.files, errors, warnings, findings: report.findings })}\n`
      : formatReport(report, errors, warnings)
  )
  return errors > 0 ? 1 : 0
}

async function requireFolder(path: string): Promise<void> {
  let isFolder = false
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch {
    throw new PostcloudError('NOT_FOUND', `no such folder: ${path}`)
  }
  if (!isFolder) throw new UsageError(`${path} is not a folder.`)
}

/** Grouped by file, one finding a line (`  12:1  error    message  rule`), then a summary. */
function formatReport(report: LintReport, errors: number, warnings: number): string {
  const lines: string[] = []
  let file: string | null = null
  const width = Math.max(0, ...report.findings.map((each) => position(each).length))
  for (const each of report.findings) {
    if (each.file !== file) {
      if (file !== null) lines.push('')
      file = each.file
      lines.push(file)
    }
    lines.push(
      `  ${position(each).padEnd(width)}  ${each.severity.padEnd(7)}  ${each.message}  ${each.rule}`
    )
  }
  if (lines.length > 0) lines.push('')
  lines.push(`${report.files} file(s) checked: ${errors} error(s), ${warnings} warning(s)`, '')
  return lines.join('\n')
}

function position(each: LintFinding): string {
  if (each.line === undefined) return '-'
  return each.column === undefined ? `${each.line}` : `${each.line}:${each.column}`
}
