import { isMap, isScalar, parseDocument } from 'yaml'
import type { Document, YAMLError } from 'yaml'
import { findFence } from '@shared/frontmatter/fence'
import type { ClosedFence } from '@shared/frontmatter/fence'
import { maxBlockChars, parseOptions } from '@shared/frontmatter/yaml-options'
import type { FrontMatterProblem, Post } from '@shared/post'
import { positionAt } from './position'
import { finding } from './types'
import type { PostFinding } from './types'

/** Enough to show a writer what is wrong; a block with hundreds of errors says the same thing. */
const maxFindingsPerBlock = 20

/**
 * The front matter rules: a block that cannot be read (unclosed fence, invalid YAML, `---js`)
 * is a `front-matter` error, each repeated key a `duplicate-key` error, all with line and column.
 * The YAML is parsed again here only for a block the library already found invalid, to report
 * every problem with its kind rather than the first one.
 */
export function frontMatterFindings(post: Post): PostFinding[] {
  const status = post.frontMatterStatus
  if (status === 'ok' || status === 'none') return []
  const problem = post.frontMatterProblem ?? { message: `The front matter is ${status}` }
  if (status === 'invalid') {
    const fence = findFence(post.raw)
    const detailed = fence.kind === 'closed' ? yamlFindings(post.raw, fence) : []
    if (detailed.length > 0) return detailed
  }
  return [
    finding('front-matter', withoutPosition(problem.message), {
      line: problem.line ?? 1,
      column: problem.column ?? 1
    })
  ]
}

/**
 * A front matter problem as one sentence that names its line and column, for messages outside
 * the lint report (`postcloud fm` refusing a post).
 */
export function describeProblem(problem: FrontMatterProblem): string {
  return `${withoutPosition(problem.message)} (line ${problem.line ?? 1}, column ${problem.column ?? 1})`
}

function withoutPosition(message: string): string {
  return message.replace(/ \(line \d+, column \d+\)$/, '')
}

function yamlFindings(raw: string, fence: ClosedFence): PostFinding[] {
  const content = raw.slice(fence.contentStart, fence.contentEnd)
  if (content.length > maxBlockChars) return []
  let doc: Document.Parsed
  try {
    doc = parseDocument(content, parseOptions)
  } catch {
    // Deep nesting can overflow the parser; the library's own problem says so.
    return []
  }
  return doc.errors.slice(0, maxFindingsPerBlock).map((error) => {
    const at = positionAt(raw, fence.contentStart + error.pos[0])
    if (error.code === 'DUPLICATE_KEY') return duplicateKey(raw, fence, doc, error, at)
    return finding('front-matter', `Invalid YAML in the front matter: ${error.message}`, at)
  })
}

function duplicateKey(
  raw: string,
  fence: ClosedFence,
  doc: Document.Parsed,
  error: YAMLError,
  at: { line: number; column: number }
): PostFinding {
  const keys = topLevelKeys(doc)
  const repeated = keys.find((each) => each.offset === error.pos[0])
  // A key repeated inside a nested mapping: the position is all there is to say.
  if (!repeated) {
    return finding(
      'duplicate-key',
      'A key is repeated in the front matter; YAML allows each key once',
      at
    )
  }
  const first = keys.find((each) => each.key === repeated.key) ?? repeated
  const firstLine = positionAt(raw, fence.contentStart + first.offset).line
  return finding(
    'duplicate-key',
    `The key "${repeated.key}" is repeated (first on line ${firstLine}); YAML allows each key once`,
    at
  )
}

/** The block's top-level keys written as scalars, with their offsets in the block. */
function topLevelKeys(doc: Document.Parsed): { key: string; offset: number }[] {
  if (!isMap(doc.contents)) return []
  return doc.contents.items.flatMap((pair) =>
    isScalar(pair.key) && pair.key.range
      ? [{ key: String(pair.key.value), offset: pair.key.range[0] }]
      : []
  )
}
