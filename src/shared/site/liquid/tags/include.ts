/**
 * Jekyll's `{% include %}` and `{% include_relative %}` (jekyll/tags/include.rb): the file name
 * is literal text with `{{ }}` interpolated, parameters are `key="str"`, `key='str'` or
 * `key=variable` and land in `include.*` of a new scope. Files come only from the host; names
 * that climb (`..`), are absolute or carry other characters are refused before it is asked.
 */
import { Tag, Value } from 'liquidjs'
import type { Context, Emitter, Liquid, Parser, TagToken, Template, TopLevelToken } from 'liquidjs'
import type { TemplateSource } from '../index'
import { MAX_INCLUDE_DEPTH } from '../runtime'
import type { Runtime, TagClass } from '../runtime'
import { renderParsed, renderToString } from '../render-source'

const VALID_SYNTAX =
  /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g
const VARIABLE_SYNTAX = /(?<variable>[^{]*(\{\{\s*[\w\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)/s
const FULL_VALID_SYNTAX = new RegExp(`^\\s*(?:${VALID_SYNTAX.source}(?=\\s|$)\\s*)*$`)
const VALID_FILENAME_CHARS = /^[\w/.\-()+~#@]+$/
const INVALID_SEQUENCES = /[./]{2,}/

interface Param {
  key: string
  text?: string
  value?: Value
}

type Resolve = (
  runtime: Runtime,
  ctx: Context,
  includingFile: string,
  name: string
) => TemplateSource | null

export function includeTagClass(runtime: Runtime, tagName: string, resolve: Resolve): TagClass {
  return class IncludeTag extends Tag {
    private readonly file: string
    private readonly fileTemplates: Template[] | null
    private readonly params: Param[] | null

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid)
      const markup = token.args.trim()
      const matched = VARIABLE_SYNTAX.exec(markup)
      let params: string | undefined
      if (matched?.groups) {
        this.file = matched.groups.variable.trim()
        params = matched.groups.params.trim()
        this.fileTemplates = parser.parse(this.file, token.file)
      } else {
        const split = markup.split(/\s+/)
        this.file = split[0] ?? ''
        params = split.length > 1 ? markup.slice(markup.search(/\s/)).trim() : undefined
        this.fileTemplates = null
      }
      if (params !== undefined && !FULL_VALID_SYNTAX.test(params)) {
        throw new Error(`Invalid syntax for ${tagName} tag: ${params}`)
      }
      this.params = params === undefined ? null : parseParams(params, liquid)
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const state = runtime.state
      if (!state || state.stopped) return
      const from = this.token.file ?? ''
      const line = runtime.fileLine(this.token.file, this.token.getPosition()[0])
      const name = this.fileTemplates ? renderToString(runtime, this.fileTemplates, ctx) : this.file
      const refusal = refusalOf(name)
      if (refusal) {
        runtime.report({
          kind: 'include',
          file: from,
          line,
          message: `${tagName} '${name}' refused: ${refusal}`
        })
        return
      }
      const source = resolve(runtime, ctx, from, name)
      if (!source) {
        runtime.report({
          kind: 'include',
          file: from,
          line,
          message: `Could not locate the included file '${name}'`
        })
        return
      }
      // Past the limit, and while unwinding from it, nested includes render nothing: a file that
      // includes itself twice would otherwise render 2^100 times. The including page goes on
      // (a broken include never blanks the page); once back at the top, includes work again.
      if (state.includeLimited && state.includeDepth > 0) return
      if (state.includeDepth >= MAX_INCLUDE_DEPTH) {
        state.includeLimited = true
        runtime.report({
          kind: 'limit',
          file: from,
          line,
          message: `Includes nested deeper than ${MAX_INCLUDE_DEPTH} ('${name}' includes itself?): the rest of that include is left out`
        })
        return
      }
      const scope: Record<string, unknown> = {}
      if (this.params) {
        const values: Record<string, unknown> = {}
        for (const param of this.params) {
          values[param.key] = param.value ? yield param.value.value(ctx, false) : param.text
        }
        scope.include = values
      }
      const parsed = runtime.parse(source)
      state.includeDepth++
      ctx.push(scope)
      try {
        renderParsed(runtime, parsed, ctx, emitter, source)
      } finally {
        ctx.pop()
        state.includeDepth--
        if (state.includeDepth === 0) state.includeLimited = false
      }
    }
  }
}

function parseParams(params: string, liquid: Liquid): Param[] {
  const result: Param[] = []
  for (const match of params.matchAll(VALID_SYNTAX)) {
    const [, key, doubleQuoted, singleQuoted, variable] = match
    if (doubleQuoted !== undefined) result.push({ key, text: doubleQuoted.replace(/\\"/g, '"') })
    else if (singleQuoted !== undefined)
      result.push({ key, text: singleQuoted.replace(/\\'/g, "'") })
    else result.push({ key, value: new Value(variable, liquid) })
  }
  return result
}

/** Why Jekyll (or the folder's confinement) refuses this include name, or null. */
function refusalOf(name: string): string | null {
  if (!name) return 'no file name'
  if (INVALID_SEQUENCES.test(name) || !VALID_FILENAME_CHARS.test(name)) {
    return 'the name contains invalid characters or sequences (Jekyll allows no "..", "//" or "\\")'
  }
  if (name.startsWith('/') || name.startsWith('~')) return 'an absolute path'
  return null
}

export function registerIncludeTags(runtime: Runtime): void {
  runtime.liquid.registerTag(
    'include',
    includeTagClass(runtime, 'include', (rt, _ctx, _from, name) => rt.host.include(name))
  )
  // jekyll-include-cache (minimal-mistakes and other themes) renders what include renders.
  runtime.liquid.registerTag(
    'include_cached',
    includeTagClass(runtime, 'include_cached', (rt, _ctx, _from, name) => rt.host.include(name))
  )
  runtime.liquid.registerTag(
    'include_relative',
    includeTagClass(runtime, 'include_relative', (rt, ctx, from, name) =>
      rt.host.includeRelative(pagePath(rt, ctx) ?? from, name)
    )
  )
}

/**
 * Jekyll resolves include_relative against the page being rendered (its `path`), even from a
 * layout or an include; the including file stands in when the scope has no page path.
 */
function pagePath(runtime: Runtime, ctx: Context): string | null {
  const path = ctx.getSync(['page', 'path'])
  if (typeof path !== 'string' || !path) return null
  const collectionsDir = runtime.config.collections_dir
  const inCollection = Boolean(ctx.getSync(['page', 'collection']))
  const full =
    inCollection && typeof collectionsDir === 'string' && collectionsDir
      ? `${collectionsDir}/${path}`
      : path
  return full.replace(/\/#excerpt$/, '')
}
