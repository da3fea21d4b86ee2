import { isCollection, isScalar, parseDocument } from 'yaml'
import type { FrontMatterChanges } from '@core/frontmatter'
import { toFrontMatterValue } from '@core/frontmatter/json-safe'
import { parseOptions, toJsOptions } from '@shared/frontmatter/yaml-options'
import type { FrontMatterValue } from '@shared/post'
import { UsageError } from '../usage-error'

/**
 * The changes of `postcloud fm set`: `key=value` arguments (split at the first `=`) and
 * `--unset key` removals. A key may be named once.
 */
export function parseAssignments(
  assignments: string[],
  unset: string[],
  asString: boolean
): FrontMatterChanges {
  const changes: FrontMatterChanges = {}
  const name = (key: string): string => {
    if (key === '') throw new UsageError('a front matter key is empty.')
    if (Object.hasOwn(changes, key)) throw new UsageError(`the key "${key}" is named twice.`)
    return key
  }
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=')
    if (equals === -1) {
      throw new UsageError(`"${assignment}" is not key=value.`)
    }
    const key = name(assignment.slice(0, equals))
    const text = assignment.slice(equals + 1)
    setChange(changes, key, asString ? text : typedValue(key, text))
  }
  for (const key of unset) setChange(changes, name(key), undefined)
  return changes
}

/** An own data property, so a `__proto__` key stays a key and never touches a prototype. */
function setChange(
  changes: FrontMatterChanges,
  key: string,
  value: FrontMatterValue | undefined
): void {
  Object.defineProperty(changes, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

/**
 * A value typed the way the post's own YAML would read it, with the options every front matter
 * parse uses (core schema: `true` is a boolean, `3` a number, `2025-11-11 15:33:03 +0800` stays
 * a string). The text must be exactly one scalar, quoted or plain, or one flow list or mapping
 * (`[日报, AI]`); anything else YAML would read differently from what was typed (`a #b` drops
 * `#b` as a comment, `a: b` is a mapping) is kept as the string typed. An empty value is the
 * empty string; `null` and `~` are refused, as fm set removes keys only with --unset.
 */
export function typedValue(key: string, text: string): FrontMatterValue {
  if (text === '') return ''
  const doc = parseDocument(text, parseOptions)
  const node = doc.contents
  const whole = node !== null && node.range[0] === 0 && node.range[1] === text.length
  if (doc.errors.length > 0 || !whole) return text
  if (!isScalar(node) && !(isCollection(node) && node.flow)) return text
  let value: FrontMatterValue
  try {
    value = toFrontMatterValue(doc.toJS(toJsOptions))
  } catch {
    // An alias in the value (`*a`) has no anchor to point at: it is the text typed.
    return text
  }
  if (value === null) {
    throw new UsageError(
      `${key}=${text} is null; use --unset ${key} to remove the key, or --string to write "${text}".`
    )
  }
  return value
}
