import { readFileSync, statSync } from 'node:fs'
import { parseYamlBlock } from '../../frontmatter/yaml-block'
import { findFence, isYamlLanguage, lineOf } from '@shared/frontmatter/fence'
import { yamlTimestamp } from '@shared/site/post-date'
import { withYaml11Booleans } from '@shared/site/model/yaml11'
import { jekyllBodyStart } from '@shared/site/model/body-start'
import type { SiteDiagnostic } from '@shared/site/types'

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
 * Splits text into front matter and body with the project's fence finder and safe YAML parser
 * (core schema, unique keys, bounded aliases; the same as parseFrontMatter without gray-matter's
 * per-call overhead, a tenth of the budget for 10,000 posts). A block that cannot be
 * parsed is reported and read as empty front matter, as Jekyll logs the YAML error and goes on.
 */
export function splitSource(
  text: string,
  file: string,
  diagnostics?: SiteDiagnostic[]
): SourceParts {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const fence = findFence(source)
  if (fence.kind !== 'closed') return { frontMatter: {}, body: source, bodyLine: 1 }
  const start = jekyllBodyStart(source, fence.contentEnd)
  const body = source.slice(start)
  const bodyLine = lineOf(source, start) + 1
  const outcome = isYamlLanguage(fence.lang)
    ? parseYamlBlock(source.slice(fence.contentStart, fence.contentEnd), 2)
    : {
        ok: false as const,
        problem: {
          message: `Front matter fenced as ---${fence.lang} is not YAML; it is never evaluated`,
          line: 1
        }
      }
  if (!outcome.ok) {
    diagnostics?.push({
      kind: 'yaml',
      file,
      line: outcome.problem.line ?? null,
      message: outcome.problem.message
    })
    return { frontMatter: {}, body, bodyLine }
  }
  const yaml = source.slice(fence.contentStart, fence.contentEnd)
  const frontMatter: Record<string, unknown> = withYaml11Booleans({ ...outcome.data }, yaml)
  if (typeof frontMatter.date === 'string') {
    const block = source.slice(0, fence.blockEnd)
    // The core schema keeps every date a string; Psych would have made an unquoted one a Time.
    const quoted = /^date:[ \t]*["']/m.test(block)
    const stamp = quoted ? null : yamlTimestamp(frontMatter.date)
    if (stamp) frontMatter.date = stamp
  }
  return { frontMatter, body, bodyLine }
}

/**
 * A file's text, and its modification time when `withTime` (a draft's date when it names none;
 * one stat less per post otherwise). Null when it is gone, too large or unreadable.
 */
export function readSourceFile(
  path: string,
  withTime: boolean
): { text: string; mtime: Date | null } | null {
  try {
    const bytes = readFileSync(path)
    if (bytes.length > maxSourceBytes) return null
    return { text: bytes.toString('utf8'), mtime: withTime ? statSync(path).mtime : null }
  } catch {
    return null
  }
}
