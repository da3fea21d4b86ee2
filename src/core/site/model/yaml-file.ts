import { parseDocument } from 'yaml'
import { toFrontMatterValue } from '../../frontmatter/json-safe'
import { maxBlockChars, parseOptions, toJsOptions } from '@shared/frontmatter/yaml-options'

export type YamlRead = { ok: true; value: unknown } | { ok: false; message: string; line: number }

/**
 * A YAML file (`_config.yml`, a data file) read with the front matter's safe options: core schema,
 * unique keys, bounded aliases, nothing evaluated, values JSON-safe. Lists are allowed (data
 * files often are one).
 */
export function parseYamlFile(text: string): YamlRead {
  if (text.length > maxBlockChars * 10)
    return { ok: false, message: 'The file is too large', line: 1 }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  try {
    const doc = parseDocument(source, parseOptions)
    const error = doc.errors[0]
    if (error) return { ok: false, message: error.message, line: lineAt(source, error.pos[0]) }
    if (doc.contents === null) return { ok: true, value: null }
    return { ok: true, value: toFrontMatterValue(doc.toJS(toJsOptions)) }
  } catch (error) {
    return { ok: false, message: (error as Error).message, line: 1 }
  }
}

/** A YAML file that must be a mapping (`_config.yml`); anything else reads as empty. */
export function parseYamlMapping(
  text: string
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string; line: number } {
  const read = parseYamlFile(text)
  if (!read.ok) return read
  if (read.value === null) return { ok: true, value: {} }
  if (typeof read.value !== 'object' || Array.isArray(read.value))
    return { ok: false, message: 'The file is not a mapping of keys to values', line: 1 }
  return { ok: true, value: read.value as Record<string, unknown> }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = 0; index < offset && index < text.length; index += 1)
    if (text.charCodeAt(index) === 10) line += 1
  return line
}
