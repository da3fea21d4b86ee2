/**
 * One render() call: a fresh liquidjs Context over the scope, the parsed template (cached), an
 * output that refuses to grow without end, and every error turned into a diagnostic while the
 * output written so far is kept.
 */
import { Context, toValueSync } from 'liquidjs'
import type { Emitter, Template } from 'liquidjs'
import type { TemplateSource } from './index'
import { MAX_NESTED_CREDIT_MS, OUTPUT_LIMIT } from './runtime'
import type { ParsedTemplate, RenderState, Runtime } from './runtime'
import { reportLiquidError } from './errors'
import { toOutputString } from './ruby-value'

export function renderSource(
  runtime: Runtime,
  source: TemplateSource,
  scope: Record<string, unknown>
): string {
  const saved = runtime.state
  const started = performance.now()
  const ctx = new Context(scope, runtime.liquid.options, { sync: true }, { liquid: runtime.liquid })
  const state: RenderState = {
    ctx,
    seen: new Set(),
    includeDepth: 0,
    includeLimited: false,
    stopped: false,
    credited: 0
  }
  runtime.state = state
  const emitter = new GuardedEmitter(runtime, source)
  try {
    const parsed = runtime.parse(source)
    renderParsed(runtime, parsed, ctx, emitter, source)
  } catch (error) {
    reportLiquidError(runtime, error, source.file, source.line)
  } finally {
    runtime.state = saved
    if (saved) credit(saved, performance.now() - started)
  }
  return emitter.buffer
}

/**
 * A render nested in another (a lazy `post.content` read by a layout) has its own time budget;
 * the time it took is given back to the enclosing render, so a page that reads many posts is not
 * cut short by work that was bounded already.
 */
function credit(state: RenderState, elapsed: number): void {
  if (state.stopped) return
  const grant = Math.min(elapsed, MAX_NESTED_CREDIT_MS - state.credited)
  if (grant <= 0) return
  state.credited += grant
  ;(state.ctx.renderLimit as unknown as { limit: number }).limit += grant
}

/**
 * Renders a parsed template into `emitter`, reporting its parse diagnostics and its render
 * errors (the file's other templates still render: liquidjs runs with catchAllErrors).
 */
export function renderParsed(
  runtime: Runtime,
  parsed: ParsedTemplate,
  ctx: Context,
  emitter: Emitter,
  source: TemplateSource
): void {
  for (const diagnostic of parsed.diagnostics) runtime.report(diagnostic)
  try {
    toValueSync(runtime.liquid.renderer.renderTemplates(parsed.templates, ctx, emitter))
  } catch (error) {
    reportLiquidError(runtime, error, source.file, source.line)
  }
}

/** Renders templates to a string of their own (an include's file name, a block's body). */
export function renderToString(runtime: Runtime, templates: Template[], ctx: Context): string {
  const emitter = new GuardedEmitter(runtime, null)
  toValueSync(runtime.liquid.renderer.renderTemplates(templates, ctx, emitter))
  return emitter.buffer
}

/** Writes values as Ruby Liquid prints them, and stops the render past OUTPUT_LIMIT characters. */
class GuardedEmitter implements Emitter {
  buffer = ''
  constructor(
    private readonly runtime: Runtime,
    private readonly source: TemplateSource | null
  ) {}

  write(html: unknown): void {
    const text = toOutputString(html, this.runtime.timezone)
    if (this.buffer.length + text.length > OUTPUT_LIMIT) {
      const state = this.runtime.state
      if (state && !state.stopped && this.source) {
        this.runtime.stop(
          'limit',
          this.source.file,
          this.source.line,
          `Rendering stopped: the output passed ${OUTPUT_LIMIT} characters`
        )
      }
      throw new Error('output limit exceeded')
    }
    this.buffer += text
  }
}
