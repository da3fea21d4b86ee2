import type { FrontMatterMap, FrontMatterProblem, FrontMatterStatus } from '@shared/post'
import { findFence, isYamlLanguage, lineOf } from '@shared/frontmatter/fence'
import { parseYamlWithGrayMatter } from './gray'
import { parseSimpleBlock } from './yaml-block'

export interface FrontMatterParse {
  status: FrontMatterStatus
  /** The parsed mapping when status is 'ok', else null. */
  data: FrontMatterMap | null
  /** Why the block is not usable ('unclosed', 'invalid', 'refused'). */
  problem?: FrontMatterProblem
  /** Text after the block; the whole text when there is no usable fence. */
  body: string
  /** 0-based line of the text where `body` starts. */
  bodyLine: number
  /** Character offset where `body` starts. */
  blockEnd: number
}

/**
 * Splits a post into front matter and body. Never evaluates anything: only YAML fences are
 * parsed, with the core schema (dates stay strings), unique keys and bounded aliases. The input
 * should not carry a BOM (a leading U+FEFF is tolerated and stays in front of the fence).
 */
export function parseFrontMatter(text: string): FrontMatterParse {
  const fence = findFence(text)
  if (fence.kind === 'none')
    return { status: 'none', data: null, body: text, bodyLine: 0, blockEnd: 0 }
  if (fence.kind === 'unclosed') {
    const problem = {
      message: 'The front matter fence on line 1 is never closed, so the file is read as body text',
      line: 1
    }
    return { status: 'unclosed', data: null, problem, body: text, bodyLine: 0, blockEnd: 0 }
  }

  const body = text.slice(fence.blockEnd)
  const bodyLine = lineOf(text, fence.blockEnd)
  const common = { body, bodyLine, blockEnd: fence.blockEnd }
  if (!isYamlLanguage(fence.lang)) {
    const problem = {
      message: `Front matter fenced as ---${fence.lang} is not YAML; Postcloud never evaluates it`,
      line: 1
    }
    return { status: 'refused', data: null, problem, ...common }
  }

  // A block in the simple subset reads the same through gray-matter (which hands it to
  // parseYamlBlock), so it is read here without loading gray-matter at all.
  const block = text.slice(fence.contentStart, fence.contentEnd)
  const outcome = parseSimpleBlock(block) ?? parseYamlWithGrayMatter(block, 2)
  if (!outcome.ok) return { status: 'invalid', data: null, problem: outcome.problem, ...common }
  return { status: 'ok', data: outcome.data, ...common }
}
