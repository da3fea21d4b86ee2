/**
 * Parsing a template the way a writer's page needs it: Jekyll would stop the build on broken
 * Liquid; here the broken tag is shown as text with a diagnostic and the rest of the file still
 * parses. Unknown tags (plugins) and filters are noted with their line.
 */
import type { Template } from 'liquidjs'
import type { SiteDiagnostic } from '../types'
import type { TemplateSource } from './index'
import type { ParsedTemplate, Runtime } from './runtime'
import { toDiagnostics } from './errors'

/** Broken tags escaped one parse at a time; past this the file renders as nothing. */
const MAX_REPAIRS = 20
/** Block-internal or closing names: met alone they are Liquid syntax errors, not plugins. */
const blockParts = new Set(['else', 'elsif', 'when', 'endraw', 'endcomment'])

interface ErrorToken {
  begin: number
  end: number
  input: string
}

export function parseWithRecovery(runtime: Runtime, source: TemplateSource): ParsedTemplate {
  const diagnostics: SiteDiagnostic[] = []
  let text = source.text
  for (let attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
    const found: SiteDiagnostic[] = []
    const unknownTags = new Set<string>()
    const unknownFilters = new Set<string>()
    const savedSink = runtime.parseSink
    runtime.parseSink = {
      unknownTag(name, token): void {
        unknownTags.add(name)
        // `{% endtabs %}` of an unknown `{% tabs %}` block is the same plugin.
        if (name.startsWith('end') && unknownTags.has(name.slice(3))) return
        const line = runtime.fileLine(source.file, token.getPosition()[0])
        const isPart = blockParts.has(name) || name.startsWith('end')
        found.push({
          kind: isPart ? 'liquid' : 'plugin',
          file: source.file,
          line,
          message: isPart
            ? `Liquid syntax error: Unknown tag '${name}'`
            : `Unknown tag '${name}' (a plugin Postcloud does not run): rendered as nothing`
        })
      },
      unknownFilter(name): void {
        unknownFilters.add(name)
      }
    }
    let templates: Template[]
    try {
      templates = runtime.liquid.parse(text, source.file)
    } catch (error) {
      diagnostics.push(...toDiagnostics(runtime, error, source.file, source.line))
      const repaired = escapeBrokenTokens(text, error)
      if (repaired === null || attempt === MAX_REPAIRS) {
        return { templates: [], diagnostics: withRenderedAsNothing(diagnostics, source) }
      }
      text = repaired
      continue
    } finally {
      runtime.parseSink = savedSink
    }
    for (const name of unknownFilters) {
      found.push({
        kind: 'liquid',
        file: source.file,
        line: runtime.fileLine(source.file, lineOfFilter(source.text, name)),
        message: `Unknown filter '${name}': its input passes through unchanged`
      })
    }
    return { templates, diagnostics: [...diagnostics, ...found] }
  }
  return { templates: [], diagnostics }
}

function withRenderedAsNothing(
  diagnostics: SiteDiagnostic[],
  source: TemplateSource
): SiteDiagnostic[] {
  return [
    ...diagnostics,
    {
      kind: 'liquid',
      file: source.file,
      line: source.line,
      message: 'This file could not be parsed as Liquid and renders as nothing'
    }
  ]
}

/**
 * The text with every `{` of the broken tokens written as `{{ "{" }}`, so the tag prints as it
 * was typed; null when there is nothing left to escape. Newlines are kept, so lines stay true.
 */
function escapeBrokenTokens(text: string, error: unknown): string | null {
  const spans = errorTokens(error)
    .filter((token) => token.input === text)
    .map((token) => enclosingTag(text, token))
    .sort((a, b) => b[0] - a[0])
  let result = text
  let changed = false
  let limit = text.length
  for (const [begin, spanEnd] of spans) {
    const end = Math.min(spanEnd, limit)
    if (end <= begin) continue
    const piece = result.slice(begin, end)
    if (!piece.includes('{')) continue
    result = result.slice(0, begin) + piece.replace(/\{/g, '{{ "{" }}') + result.slice(end)
    limit = begin
    changed = true
  }
  return changed ? result : null
}

/**
 * The whole `{% … %}` or `{{ … }}` around an error: liquidjs points some errors at the
 * expression inside the tag (`{% if %}`: "invalid value expression").
 */
function enclosingTag(text: string, token: ErrorToken): [number, number] {
  if (text.startsWith('{', token.begin) && token.end > token.begin) return [token.begin, token.end]
  const begin = Math.max(text.lastIndexOf('{%', token.begin), text.lastIndexOf('{{', token.begin))
  if (begin < 0) return [token.begin, token.end]
  const closer = text.startsWith('{%', begin) ? '%}' : '}}'
  const close = text.indexOf(closer, Math.max(begin + 2, token.begin))
  return [begin, close < 0 ? text.length : close + 2]
}

function errorTokens(error: unknown): ErrorToken[] {
  const err = error as { errors?: unknown[]; token?: ErrorToken }
  if (Array.isArray(err?.errors)) return err.errors.flatMap(errorTokens)
  return err?.token ? [err.token] : []
}

function lineOfFilter(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`\\|\\s*${escaped}(?![\\w-])`).exec(text)
  if (!match) return 1
  return text.slice(0, match.index).split('\n').length
}
