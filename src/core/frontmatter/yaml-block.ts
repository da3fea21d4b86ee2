import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'
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
  const simple = parseSimpleBlock(content)
  if (simple) return simple
  try {
    return parseFull(content, firstLine)
  } catch (error) {
    // Deep nesting can overflow the parser's stack; anything thrown here is a bad block.
    return fail(`Front matter could not be parsed: ${(error as Error).message}`, firstLine)
  }
}

/**
 * The block's mapping when it is in the simple subset (fast-yaml.ts) that almost every post's
 * front matter is in, else null: such a block needs neither the yaml package nor gray-matter,
 * which together take ~70 ms to load (an analysis worker reads every post's series facts).
 */
export function parseSimpleBlock(content: string): YamlOutcome | null {
  if (content.length > maxBlockChars) return null
  const simple = parseSimpleYaml(content)
  return simple ? { ok: true, data: simple } : null
}

let yaml: typeof Yaml | undefined

/** The yaml package, loaded when a block first needs it. */
function yamlPackage(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml
  return yaml
}

function parseFull(content: string, firstLine: number): YamlOutcome {
  const { isMap, isSeq, parseDocument } = yamlPackage()
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
