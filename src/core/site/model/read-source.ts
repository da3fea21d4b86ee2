import { readFileSync, statSync } from 'node:fs'
import { parseFrontMatter } from '../../frontmatter'
import { yamlTimestamp } from '../../../shared/site/post-date'
import type { SiteDiagnostic } from '../../../shared/site/types'

/** A post's or page's text split as Jekyll splits it. */
export interface SourceParts {
  frontMatter: Record<string, unknown>
  body: string
  /** 1-based line of the file where `body` starts. */
  bodyLine: number
}

/** Largest post or page read (the library's own limit for posts is of the same order). */
const maxSourceBytes = 10 * 1024 * 1024

/**
 * Splits text into front matter and body with the project's safe parser. A block that cannot be
 * parsed is reported and read as empty front matter, as Jekyll logs the YAML error and goes on.
 */
export function splitSource(
  text: string,
  file: string,
  diagnostics?: SiteDiagnostic[]
): SourceParts {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const parsed = parseFrontMatter(source)
  if (parsed.problem && parsed.status !== 'unclosed')
    diagnostics?.push({
      kind: 'yaml',
      file,
      line: parsed.problem.line ?? null,
      message: parsed.problem.message
    })
  const frontMatter: Record<string, unknown> = { ...(parsed.data ?? {}) }
  if (typeof frontMatter.date === 'string') {
    const block = source.slice(0, parsed.blockEnd)
    // The core schema keeps every date a string; Psych would have made an unquoted one a Time.
    const quoted = /^date:[ \t]*["']/m.test(block)
    const stamp = quoted ? null : yamlTimestamp(frontMatter.date)
    if (stamp) frontMatter.date = stamp
  }
  return { frontMatter, body: parsed.body, bodyLine: parsed.bodyLine + 1 }
}

/** A file's text and modification time, or null when it is gone, too large or unreadable. */
export function readSourceFile(path: string): { text: string; mtime: Date } | null {
  try {
    const stats = statSync(path)
    if (!stats.isFile() || stats.size > maxSourceBytes) return null
    return { text: readFileSync(path, 'utf8'), mtime: stats.mtime }
  } catch {
    return null
  }
}
