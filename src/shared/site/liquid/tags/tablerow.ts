/**
 * `{% tablerow %}` with Ruby Liquid's line breaks: Liquid 5 writes `<tr class="row1">\n`, a
 * `\n` after every `</tr>`, and an empty row for an empty collection; liquidjs writes none.
 * liquidjs's own tag does the work; its row markup is rewritten on the way out.
 */
import type { Context, Emitter, Liquid, Parser, TagToken, TopLevelToken } from 'liquidjs'
import { stopAtLoop } from '../errors'
import type { Runtime, TagClass } from '../runtime'

interface RenderingTag {
  render(ctx: Context, emitter: Emitter): unknown
}

export function tablerowTagClass(runtime: Runtime): TagClass {
  const Base = (runtime.liquid.tags as Record<string, TagClass>).tablerow
  return class TablerowTag extends Base {
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid, parser)
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      let wroteRow = false
      const rows: Emitter = {
        get buffer(): string {
          return emitter.buffer
        },
        set buffer(value: string) {
          emitter.buffer = value
        },
        write(html: unknown): void {
          if (html === '</tr>') emitter.write('</tr>\n')
          else if (typeof html === 'string' && /^<tr class="row\d+">$/.test(html)) {
            emitter.write(wroteRow ? html : `${html}\n`)
            wroteRow = true
          } else emitter.write(html)
        }
      }
      try {
        yield (Base.prototype as unknown as RenderingTag).render.call(this, ctx, rows)
      } catch (error) {
        stopAtLoop(runtime, error, this.token)
        throw error
      }
      if (!wroteRow) emitter.write('<tr class="row1">\n</tr>\n')
    }
  }
}
