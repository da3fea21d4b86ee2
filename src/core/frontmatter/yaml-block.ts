import { isMap, isSeq, parseDocument } from 'yaml'
import type { FrontMatterMap, FrontMatterProblem } from '@shared/post'
import { parseSimpleYaml } from './fast-yaml'
import { toFrontMatterValue } from './json-safe'
import { maxBlockChars, parseOptions, toJsOptions } from '@shared/frontmatter/yaml-options'

export type YamlOutcome =
  { ok: true; data: FrontMatterMap } | { ok: false; problem: FrontMatterProblem }

/**
 * Parses the YAML between the fences. `firstLine` is the 1-based file line of the block's first
 * line, so that problems point at the file the writer sees, not at the block.
 */
export function parseYamlBlock(content: string, firstLine: number): YamlOutcome {
  if (content.length > maxBlockChars) {
    return fail(`Front matter is larger than ${maxBlockChars} characters`, firstLine)
  }
  const simple = parseSimpleYaml(content)
  if (simple) return { ok: true, data: simple }
  try {
    return parseFull(content, firstLine)
  } catch (error) {
    // Deep nesting can overflow the parser's stack; anything thrown here is a bad block.
    return fail(`Front matter could not be parsed: ${(error as Error).message}`, firstLine)
  }
}

function parseFull(content: string, firstLine: number): YamlOutcome {
  const doc = parseDocument(content, parseOptions)
  const error = doc.errors[0]
  if (error) {
    const { line, column } = position(content, error.pos[0])
    const at = firstLine + line
    return {
      ok: false,
      problem: { message: `${error.message} (line ${at}, column ${column})`, line: at, column }
    }
  }
  if (doc.contents === null) return { ok: true, data: {} }
  if (!isMap(doc.contents)) {
    const what = isSeq(doc.contents) ? 'a list' : 'a single value'
    return fail(`Front matter must be a mapping of keys to values, not ${what}`, firstLine)
  }
  let js: unknown
  try {
    js = doc.toJS(toJsOptions)
  } catch (cause) {
    // Excessive or unresolved aliases: the yaml package reports them only when converting.
    return fail(`Front matter aliases are not allowed here: ${(cause as Error).message}`, firstLine)
  }
  const data = toFrontMatterValue(js)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('Front matter must be a mapping of keys to values', firstLine)
  }
  return { ok: true, data }
}

function fail(message: string, line: number): YamlOutcome {
  return { ok: false, problem: { message, line } }
}

/** 0-based line and 1-based column of an offset in the block. */
function position(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, Math.max(0, offset))
  const lastBreak = before.lastIndexOf('\n')
  let line = 0
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) line += 1
  return { line, column: offset - lastBreak }
}
