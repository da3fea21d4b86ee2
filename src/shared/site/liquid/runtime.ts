/**
 * The state one SiteLiquid shares between its tags, filters and renders: the liquidjs instance
 * set up as Jekyll, the host, the parse cache and the diagnostics of the render in progress.
 */
import { Liquid } from 'liquidjs'
import type { Context, Parser, Tag, TagToken, Template, TopLevelToken } from 'liquidjs'
import type { SiteDiagnostic, SiteDiagnosticKind } from '../types'
import type { SiteLiquidHost, SiteLiquidOptions, TemplateSource } from './index'
import { installUnknownNameHooks } from './unknown-names'
import { registerJekyllTags } from './tags'
import { registerJekyllFilters } from './filters'
import { parseWithRecovery } from './parse-recovery'
import { blankClassOf, jekyllOperators } from './operators'

/** Ruby Liquid raises "Nesting too deep" past 100 nested scopes; an include that includes itself stops there. */
export const MAX_INCLUDE_DEPTH = 100
/** Wall-clock budget of one render() call, so a loop over 10^7 items stops quickly. */
export const RENDER_LIMIT_MS = 1000
/**
 * Time a render may be credited for the renders nested in it (a layout reading the content of
 * other posts, each rendered with a budget of its own on first use).
 */
export const MAX_NESTED_CREDIT_MS = 10_000
/** Characters liquidjs may allocate in one render (ranges, joins, strftime…). */
export const MEMORY_LIMIT = 100_000_000
/** Largest template text parsed at once. */
export const PARSE_LIMIT = 20_000_000
/** Largest output of one render() call. */
export const OUTPUT_LIMIT = 30_000_000
/** Parsed templates kept; the post's own text changes on every keystroke, layouts do not. */
const CACHE_SIZE = 400

export interface ParsedTemplate {
  templates: Template[]
  /** Problems found while parsing (already in file lines), reported whenever it is rendered. */
  diagnostics: SiteDiagnostic[]
}

/** A tag implementation as liquidjs constructs it (liquidjs does not export its own name for it). */
export type TagClass = new (
  token: TagToken,
  remainTokens: TopLevelToken[],
  liquid: Liquid,
  parser: Parser
) => Tag

/** Collects what a parse meets that Jekyll would not know. */
export interface ParseSink {
  unknownTag(name: string, token: TagToken): void
  unknownFilter(name: string): void
}

/** One render() call in progress. */
export interface RenderState {
  ctx: Context
  seen: Set<string>
  includeDepth: number
  /** An include went past MAX_INCLUDE_DEPTH: nested includes render nothing until the top. */
  includeLimited: boolean
  stopped: boolean
  /** Milliseconds handed back to this render's budget for renders nested in it. */
  credited: number
}

export interface Runtime {
  liquid: Liquid
  host: SiteLiquidHost
  config: Record<string, unknown>
  /** The site's `timezone` (IANA name), or null for the machine's local zone as Jekyll does. */
  timezone: string | null
  state: RenderState | null
  /** Where unknown tags and filters met while parsing go (set during a parse only). */
  parseSink: ParseSink | null
  parse(source: TemplateSource): ParsedTemplate
  report(diagnostic: SiteDiagnostic): void
  /** Stops the render in progress: every further template throws a limit error at once. */
  stop(kind: SiteDiagnosticKind, file: string, line: number | null, message: string): void
  /** 1-based file line of a 1-based line of a template that was parsed for `file`. */
  fileLine(file: string | undefined, templateLine: number): number
}

export function createRuntime(host: SiteLiquidHost, options: SiteLiquidOptions): Runtime {
  let blankClass: unknown = null
  const liquid = new Liquid({
    operators: jekyllOperators(() => blankClass),
    jekyllInclude: true,
    jekyllWhere: true,
    // Jekyll's `{% include file.html %}` names are literal text (with `{{ }}` interpolated).
    dynamicPartials: false,
    relativeReference: false,
    strictFilters: false,
    strictVariables: false,
    catchAllErrors: true,
    // Ruby's Time#to_s / strftime keep a string's own offset.
    preserveTimezones: true,
    parseLimit: PARSE_LIMIT,
    renderLimit: RENDER_LIMIT_MS,
    memoryLimit: MEMORY_LIMIT,
    // No file system: every template comes from the host.
    templates: {}
  })
  blankClass = blankClassOf(liquid)
  const cache = new Map<string, ParsedTemplate>()
  const lineStarts = new Map<string, number>()
  const timezone = typeof options.config.timezone === 'string' ? options.config.timezone : null

  const runtime: Runtime = {
    liquid,
    host,
    config: options.config,
    timezone,
    state: null,
    parseSink: null,
    parse(source: TemplateSource): ParsedTemplate {
      lineStarts.set(source.file, source.line)
      const key = `${source.file}\n${source.line}\n${source.text}`
      const hit = cache.get(key)
      if (hit) {
        // Refresh its place so layouts and includes stay while post texts come and go.
        cache.delete(key)
        cache.set(key, hit)
        return hit
      }
      const parsed = parseWithRecovery(runtime, source)
      cache.set(key, parsed)
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
      return parsed
    },
    report(diagnostic: SiteDiagnostic): void {
      const state = runtime.state
      const key = `${diagnostic.kind}|${diagnostic.file}|${diagnostic.line}|${diagnostic.message}`
      if (state) {
        if (state.seen.has(key)) return
        state.seen.add(key)
      }
      options.onDiagnostic(diagnostic)
    },
    stop(kind, file, line, message): void {
      const state = runtime.state
      if (state) {
        state.stopped = true
        // liquidjs checks this limit before every template: with it below "now" all unwinds.
        ;(state.ctx.renderLimit as unknown as { limit: number }).limit = -1
      }
      runtime.report({ kind, file, line, message })
    },
    fileLine(file: string | undefined, templateLine: number): number {
      const start = file === undefined ? 1 : (lineStarts.get(file) ?? 1)
      return templateLine + start - 1
    }
  }
  installUnknownNameHooks(runtime)
  registerJekyllTags(runtime)
  registerJekyllFilters(runtime)
  return runtime
}
