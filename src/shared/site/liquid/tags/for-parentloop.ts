/**
 * `forloop.parentloop` (Ruby Liquid: the enclosing loop's forloop), which liquidjs's `for` lacks.
 * liquidjs's own tag runs the loop; the forloop it pushes gets the enclosing one attached. A
 * render limit hit inside the loop is located at the loop.
 */
import type { Context, Emitter, Liquid, Parser, TagToken, TopLevelToken } from 'liquidjs'
import { stopAtLoop } from '../errors'
import type { Runtime, TagClass } from '../runtime'

interface RenderingTag {
  render(ctx: Context, emitter: Emitter): unknown
}

type Push = (scope: object) => number

export function forTagClass(runtime: Runtime): TagClass {
  const Base = (runtime.liquid.tags as Record<string, TagClass>).for
  return class ForTag extends Base {
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid, parser)
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, unknown, unknown> {
      const parent = ctx.getSync(['forloop']) ?? null
      const scopes = ctx as unknown as { push: Push }
      const push = scopes.push
      // Only this loop's own forloop scope is touched: the hook removes itself on first use.
      scopes.push = function (this: unknown, scope: object): number {
        const forloop = (scope as { forloop?: Record<string, unknown> }).forloop
        if (forloop) {
          forloop.parentloop = parent
          delete (scopes as { push?: Push }).push
        }
        return push.call(this, scope)
      }
      try {
        return yield (Base.prototype as unknown as RenderingTag).render.call(this, ctx, emitter)
      } catch (error) {
        stopAtLoop(runtime, error, this.token)
        throw error
      } finally {
        delete (scopes as { push?: Push }).push
      }
    }
  }
}
